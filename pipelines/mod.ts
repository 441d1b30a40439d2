/**
 * The package's main entry (`import { Agent, connectBroker, PipelineSession } from "kvmesh"`):
 * the agent SDK (agents/mod.ts) and, on top of it, pipelines of agents.
 */
export * from "../agents/mod.js";
export {
  PipelineSession, REUSE_MODES, type PipelineSessionOptions, type RecomputeOptions, type ReuseMode, type SessionCallResult, type SessionGenerateOptions,
} from "./pipeline-session.js";
export { FusionOptionError, PROMPT_SEGMENT_ID, type CallFusion } from "./cross-model-fusion.js";
export {
  DuplicateAgentError, InvalidPipelineError, loadPipelineFile, parsePipeline, PIPELINE_FILE_SCHEMA, PipelineCycleError, PipelineFieldError, PipelineFileError,
  PipelineModelNotFoundError, PipelineSyntaxError, UnknownAgentError, UnknownDocumentError, type PipelineAgentSpec, type PipelineInputPart, type PipelineSpec,
} from "./pipeline-file.js";
export { runPipelineSpec, type PipelineAgentOutput, type PipelineRunResult, type RunPipelineFileOptions } from "./run-pipeline.js";
