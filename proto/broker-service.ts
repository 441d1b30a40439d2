import type { ServiceDefinition } from "@grpc/grpc-js";
import { chunkCodec } from "./chunk-codec.js";
import { pb } from "./wire.js";

/**
 * The services' methods as plain data: path, streaming shape and
 * (de)serializers over the generated protobufjs classes. The broker's server
 * and the SDK's channel route and encode by them; they are also valid grpc-js
 * service definitions (the interop tests use them so), for anyone who wants
 * grpc-js' client. No grpc-js runtime import.
 */
export interface Codec<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
}

export function grpcMethod<Req, Res>(
  path: string, req: Codec<Req>, res: Codec<Res>, requestStream: boolean, responseStream: boolean,
) {
  return {
    path,
    requestStream,
    responseStream,
    requestSerialize: (m: Req) => asBuffer(req.encode(m).finish()),
    requestDeserialize: (b: Buffer) => req.decode(b),
    responseSerialize: (m: Res) => asBuffer(res.encode(m).finish()),
    responseDeserialize: (b: Buffer) => res.decode(b),
  };
}

function asBuffer(u: Uint8Array): Buffer {
  return Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength);
}

export type PutRequest = InstanceType<typeof pb.PutRequest>;
export type PutReply = InstanceType<typeof pb.PutReply>;
export type GetRequest = InstanceType<typeof pb.GetRequest>;
export type GetReply = InstanceType<typeof pb.GetReply>;
export type BatchLookupRequest = InstanceType<typeof pb.BatchLookupRequest>;
export type BatchLookupReply = InstanceType<typeof pb.BatchLookupReply>;
export type DeleteRequest = InstanceType<typeof pb.DeleteRequest>;
export type DeleteReply = InstanceType<typeof pb.DeleteReply>;
export type StatsRequest = InstanceType<typeof pb.StatsRequest>;
export type StatsReply = InstanceType<typeof pb.StatsReply>;
export type ReleaseShmRequest = InstanceType<typeof pb.ReleaseShmRequest>;
export type ReleaseShmReply = InstanceType<typeof pb.ReleaseShmReply>;
export type PutAliasRequest = InstanceType<typeof pb.PutAliasRequest>;
export type PutAliasReply = InstanceType<typeof pb.PutAliasReply>;
export type GetAliasRequest = InstanceType<typeof pb.GetAliasRequest>;
export type GetAliasReply = InstanceType<typeof pb.GetAliasReply>;
export type AnchorCorrectRequest = InstanceType<typeof pb.AnchorCorrectRequest>;
export type AnchorCorrectReply = InstanceType<typeof pb.AnchorCorrectReply>;
export type AnchorObserveRequest = InstanceType<typeof pb.AnchorObserveRequest>;
export type AnchorObserveReply = InstanceType<typeof pb.AnchorObserveReply>;
export type AnchorStatsRequest = InstanceType<typeof pb.AnchorStatsRequest>;
export type AnchorStatsReply = InstanceType<typeof pb.AnchorStatsReply>;
export type AnchorCorrectStoredRequest = InstanceType<typeof pb.AnchorCorrectStoredRequest>;
export type AnchorCorrectStoredReply = InstanceType<typeof pb.AnchorCorrectStoredReply>;
export type AnchorCorrectStoredBatchRequest = InstanceType<typeof pb.AnchorCorrectStoredBatchRequest>;
export type AnchorCorrectStoredBatchReply = InstanceType<typeof pb.AnchorCorrectStoredBatchReply>;
export type AnchorCorrectAheadRequest = InstanceType<typeof pb.AnchorCorrectAheadRequest>;
export type AnchorCorrectAheadReply = InstanceType<typeof pb.AnchorCorrectAheadReply>;
export type AnchorObserveStoredRequest = InstanceType<typeof pb.AnchorObserveStoredRequest>;
export type ListProjectorsRequest = InstanceType<typeof pb.ListProjectorsRequest>;
export type ListProjectorsReply = InstanceType<typeof pb.ListProjectorsReply>;
export type FuseRequest = InstanceType<typeof pb.FuseRequest>;
export type FuseReply = InstanceType<typeof pb.FuseReply>;

/** Payload-carrying stream messages: chunks encoded and decoded by hand (same wire bytes, no extra copy). */
export const putRequestCodec = chunkCodec<PutRequest>(pb.PutRequest);
export const getReplyCodec = chunkCodec<GetReply>(pb.GetReply);

/** `kvmesh.v1.Broker` (see proto/kvmesh/v1/broker.proto). */
export const brokerServiceDefinition = {
  put: {
    ...grpcMethod<PutRequest, PutReply>("/kvmesh.v1.Broker/Put", pb.PutRequest, pb.PutReply, true, false),
    requestSerialize: putRequestCodec.serialize,
    requestDeserialize: putRequestCodec.deserialize,
  },
  get: {
    ...grpcMethod<GetRequest, GetReply>("/kvmesh.v1.Broker/Get", pb.GetRequest, pb.GetReply, false, true),
    responseSerialize: getReplyCodec.serialize,
    responseDeserialize: getReplyCodec.deserialize,
  },
  batchLookup: grpcMethod<BatchLookupRequest, BatchLookupReply>(
    "/kvmesh.v1.Broker/BatchLookup", pb.BatchLookupRequest, pb.BatchLookupReply, false, false),
  lookupStream: grpcMethod<BatchLookupRequest, BatchLookupReply>(
    "/kvmesh.v1.Broker/LookupStream", pb.BatchLookupRequest, pb.BatchLookupReply, true, true),
  delete: grpcMethod<DeleteRequest, DeleteReply>("/kvmesh.v1.Broker/Delete", pb.DeleteRequest, pb.DeleteReply, false, false),
  stats: grpcMethod<StatsRequest, StatsReply>("/kvmesh.v1.Broker/Stats", pb.StatsRequest, pb.StatsReply, false, false),
  releaseShm: grpcMethod<ReleaseShmRequest, ReleaseShmReply>(
    "/kvmesh.v1.Broker/ReleaseShm", pb.ReleaseShmRequest, pb.ReleaseShmReply, false, false),
  putAlias: grpcMethod<PutAliasRequest, PutAliasReply>("/kvmesh.v1.Broker/PutAlias", pb.PutAliasRequest, pb.PutAliasReply, false, false),
  getAlias: grpcMethod<GetAliasRequest, GetAliasReply>("/kvmesh.v1.Broker/GetAlias", pb.GetAliasRequest, pb.GetAliasReply, false, false),
} satisfies ServiceDefinition;

/** `kvmesh.v1.Anchors`: broker-held anchor pools (see proto/kvmesh/v1/anchor.proto). */
export const anchorsServiceDefinition = {
  correct: grpcMethod<AnchorCorrectRequest, AnchorCorrectReply>(
    "/kvmesh.v1.Anchors/Correct", pb.AnchorCorrectRequest, pb.AnchorCorrectReply, false, false),
  observe: grpcMethod<AnchorObserveRequest, AnchorObserveReply>(
    "/kvmesh.v1.Anchors/Observe", pb.AnchorObserveRequest, pb.AnchorObserveReply, false, false),
  stats: grpcMethod<AnchorStatsRequest, AnchorStatsReply>(
    "/kvmesh.v1.Anchors/Stats", pb.AnchorStatsRequest, pb.AnchorStatsReply, false, false),
  correctStored: grpcMethod<AnchorCorrectStoredRequest, AnchorCorrectStoredReply>(
    "/kvmesh.v1.Anchors/CorrectStored", pb.AnchorCorrectStoredRequest, pb.AnchorCorrectStoredReply, false, false),
  correctStoredBatch: grpcMethod<AnchorCorrectStoredBatchRequest, AnchorCorrectStoredBatchReply>(
    "/kvmesh.v1.Anchors/CorrectStoredBatch", pb.AnchorCorrectStoredBatchRequest, pb.AnchorCorrectStoredBatchReply, false, false),
  correctAhead: grpcMethod<AnchorCorrectAheadRequest, AnchorCorrectAheadReply>(
    "/kvmesh.v1.Anchors/CorrectAhead", pb.AnchorCorrectAheadRequest, pb.AnchorCorrectAheadReply, false, false),
  observeStored: grpcMethod<AnchorObserveStoredRequest, AnchorObserveReply>(
    "/kvmesh.v1.Anchors/ObserveStored", pb.AnchorObserveStoredRequest, pb.AnchorObserveReply, false, false),
} satisfies ServiceDefinition;

/** `kvmesh.v1.AnchorCorrection` (reserved: the broker answers UNIMPLEMENTED). */
export const anchorCorrectionServiceDefinition = {
  correct: grpcMethod("/kvmesh.v1.AnchorCorrection/Correct", pb.CorrectRequest, pb.CorrectReply, false, true),
} satisfies ServiceDefinition;

/** `kvmesh.v1.Projection`: broker-held Cache-to-Cache projectors (see proto/kvmesh/v1/projection.proto). */
export const projectionServiceDefinition = {
  listProjectors: grpcMethod<ListProjectorsRequest, ListProjectorsReply>(
    "/kvmesh.v1.Projection/ListProjectors", pb.ListProjectorsRequest, pb.ListProjectorsReply, false, false),
  fuse: grpcMethod<FuseRequest, FuseReply>("/kvmesh.v1.Projection/Fuse", pb.FuseRequest, pb.FuseReply, false, false),
} satisfies ServiceDefinition;

/** gRPC metadata keys every Broker call carries. */
export const NAMESPACE_METADATA_KEY = "kvmesh-namespace";
export const TOKEN_METADATA_KEY = "kvmesh-token";

/** NATS subjects (payloads are the protobuf messages in events.proto). */
export const natsSubjects = {
  stored: (namespace: string) => `kvmesh.${namespace}.segment.stored`,
  evicted: (namespace: string) => `kvmesh.${namespace}.segment.evicted`,
  lookup: (namespace: string) => `kvmesh.${namespace}.lookup`,
  lookupWildcard: "kvmesh.*.lookup",
  health: "kvmesh.health",
  /**
   * A namespace's reply inbox prefix: its users may subscribe only here, so
   * no other tenant reads (or answers into) its lookups' replies.
   */
  inbox: (namespace: string) => `_INBOX.${namespace}`,
} as const;
