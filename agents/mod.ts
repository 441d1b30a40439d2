/**
 * The package's main entry (`import { Agent, connectBroker } from "kvmesh"`):
 * the agent SDK. Agents, prompts, where shared KV comes from (in process or a
 * broker), pipelines of agents, and the errors a caller may see.
 */
export { Agent, type AgentGenerateResult, type AgentOptions, type AgentStats, type CallStages, type PartSpan, type ReuseOptions } from "./agent.js";
export type { InjectPath, InjectPiece, InjectReport } from "./inject/kv-injector.js";
export { NativeInjectionError, NativeUnavailableError } from "./inject/errors.js";
export { nativeStatus } from "./inject/native-addon.js";
export { chatPrompt, messageId, type ChatMessage } from "./chat-prompt.js";
export { own, shared, type GenerateOptions, type GenerateResult, type PromptPart } from "./prompt.js";
export { SegmentCache } from "./segment-cache.js";
export type { SegmentRequest, SegmentSink, SegmentSource } from "./segment-source.js";
export { connectBroker, type BrokerConnection, type ConnectBrokerOptions } from "./connect-broker.js";
export { BrokerSegmentSource, type BrokerSegmentSourceOptions, type BrokerSourceStats } from "./broker-source.js";
export { BrokerClient, type BrokerClientOptions, type BrokerStats, type FetchedSegment, type LookupResult } from "./broker-client.js";
export { RemoteCorrector, type RemoteAnchorStats, type RemoteCorrectorOptions } from "./remote-corrector.js";
export {
  PipelineSession, REUSE_MODES, type PipelineSessionOptions, type RecomputeOptions, type ReuseMode, type SessionCallResult,
} from "./pipeline-session.js";
export { defaultThreads } from "./llama-runtime.js";
export {
  BrokerAuthError, BrokerCircuitOpenError, BrokerError, BrokerRequestError, BrokerTimeoutError, BrokerUnavailableError, SegmentIntegrityError,
} from "./transport-errors.js";
export { KvmeshError } from "../kernels/errors.js";
export type { KvSegment } from "../segments/kv-segment.js";
export type { KvType } from "../segments/kv-type.js";
