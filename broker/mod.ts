/** `kvmesh/broker`: run a broker inside your own process (the `kvmesh broker` command does the same). */
export { startBroker, type BrokerAddresses, type RunningBroker } from "./broker-runtime.js";
export { BROKER_OPTIONS, brokerUsage, parseBrokerConfig, parseBytes, type BrokerConfig } from "./broker-config.js";
export { jsonLogger, type Logger, type LogLevel } from "./logger.js";
export type { NamespaceEntry, NamespacesConfig } from "./tenant-auth.js";
export {
  BrokerConfigError, BrokerDrainingError, CorruptSegmentError, InvalidRequestError, NamespaceAuthError, PayloadMismatchError, ProjectorLoadError,
} from "./errors.js";
