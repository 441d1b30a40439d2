/**
 * The package's main entry (`import { Agent, connectBroker, PipelineSession } from "kvmesh"`):
 * the agent SDK (agents/mod.ts) and, on top of it, pipelines of agents.
 */
export * from "../agents/mod.js";
export {
  PipelineSession, REUSE_MODES, type PipelineSessionOptions, type RecomputeOptions, type ReuseMode, type SessionCallResult,
} from "./pipeline-session.js";
