/**
 * `kvmesh/proto`: the wire types (generated from proto/kvmesh/v1/*.proto, shipped
 * in the package) and the services' methods as plain data, which are also valid
 * grpc-js service definitions for anyone who wants grpc-js's client.
 */
export { kvmesh, pb } from "./wire.js";
export {
  anchorCorrectionServiceDefinition, anchorsServiceDefinition, brokerServiceDefinition, natsSubjects, NAMESPACE_METADATA_KEY,
  projectionServiceDefinition, TOKEN_METADATA_KEY,
} from "./broker-service.js";
export { manifestFromProto, manifestToProto, type WireManifest } from "./manifest.js";
export { projectorInfoFromProto, projectorInfoToProto, type FuseRefusalReason, type ProjectorInfo } from "./projector-info.js";
