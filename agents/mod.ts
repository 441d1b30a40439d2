/**
 * The agent SDK: agents, prompts, where shared KV comes from (in process or a
 * broker), and the errors a caller may see. The package's main entry
 * (pipelines/mod.ts) re-exports all of it with pipelines of agents on top.
 */
export { Agent, type AgentGenerateResult, type AgentOptions, type AgentStats, type CallStages, type PartSpan, type ReuseOptions } from "./agent.js";
export type { InjectPath, InjectPiece, InjectReport } from "./inject/kv-injector.js";
export { NativeInjectionError, NativeUnavailableError } from "./inject/errors.js";
export { nativeStatus } from "./inject/native-addon.js";
export { chatPrompt, messageId, type ChatMessage } from "./chat-prompt.js";
export { own, shared, type GenerateOptions, type GenerateResult, type PromptPart } from "./prompt.js";
export { SegmentCache } from "./cache/segment-cache.js";
export type { SegmentRequest, SegmentSink, SegmentSource } from "./cache/segment-source.js";
export { connectBroker, type BrokerConnection, type ConnectBrokerOptions } from "./connect-broker.js";
export { BrokerSegmentSource, type BrokerSegmentSourceOptions, type BrokerSourceStats } from "./cache/broker-source.js";
export { BrokerClient, type BrokerClientOptions, type BrokerStats, type FetchedSegment, type LookupResult } from "./transport/broker-client.js";
export { RemoteCorrector, type RemoteAnchorStats, type RemoteCorrectorOptions } from "./correct/remote-corrector.js";
export {
  RemoteProjector, type FuseRefusalReason, type ProjectorInfo, type RemoteFuseAnswer, type RemoteProjectorOptions,
} from "./correct/remote-projector.js";
export { fuseFromBroker, type BrokerFusion } from "./correct/c2c-fusion.js";
export { defaultThreads } from "./llama-runtime.js";
export {
  BrokerAuthError, BrokerCircuitOpenError, BrokerError, BrokerRequestError, BrokerTimeoutError, BrokerUnavailableError, SegmentIntegrityError,
} from "./transport/transport-errors.js";
export { KvmeshError } from "../kernels/errors.js";
export type { KvSegment } from "../segments/kv-segment.js";
export type { KvType } from "../segments/kv-type.js";
