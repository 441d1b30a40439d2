import { cpuBackend } from "../kernels/cpu-backend.js";
import { projectionServiceDefinition as P, type FuseRequest } from "../proto/broker-service.js";
import { kvTensorFromProto, kvTensorToProto, type WireKvTensor } from "../proto/kv-tensor-wire.js";
import { fuseRefusalReasonToProto, projectorInfoToProto } from "../proto/projector-info.js";
import { pb } from "../proto/wire.js";
import { InvalidRequestError } from "./errors.js";
import type { FuseSharer, ProjectionService } from "./projection-service.js";
import type { Tenant } from "./tenant-auth.js";

/** How GrpcTransport registers an authenticated, tracked unary method (its `unary`). */
export type UnaryRoute = <Req, Res>(
  def: { readonly path: string; requestDeserialize(b: Buffer): Req; responseSerialize(m: Res): Buffer },
  method: string, fn: (t: Tenant, req: Req) => Promise<Res>,
) => void;

/** A request's KV tensor; a malformed one is the caller's error (INVALID_ARGUMENT). */
function tensorOf(what: string, w: Parameters<typeof kvTensorFromProto>[0]): WireKvTensor {
  try {
    return kvTensorFromProto(w, cpuBackend);
  } catch (e) {
    throw new InvalidRequestError(`${what}: ${(e as Error).message}`);
  }
}

function sharerOf(req: FuseRequest): FuseSharer {
  if (req.sharer === "sharerKeyDigest") return { kind: "stored", keyDigest: req.sharerKeyDigest ?? "" };
  if (req.sharer === "sharerKv" && req.sharerKv) return { kind: "uploaded", modelFingerprint: req.sharerKv.modelFingerprint ?? "", kv: tensorOf("sharer_kv", req.sharerKv.kv) };
  throw new InvalidRequestError("Fuse needs sharer_key_digest or sharer_kv");
}

/** kvmesh.v1.Projection on the broker's gRPC server (the adapter over ProjectionService). */
export function projectionRoutes(svc: ProjectionService, unary: UnaryRoute): void {
  unary(P.listProjectors, "projection.listProjectors", async () => pb.ListProjectorsReply.create({ projectors: svc.list().map(projectorInfoToProto) }));
  unary(P.fuse, "projection.fuse", async (t, req) => {
    const out = await svc.fuse(t, {
      receiverModel: req.receiverModelFingerprint ?? "", sharer: sharerOf(req), receiver: tensorOf("receiver", req.receiver),
      tokens: req.tokens ?? [], positions: req.positions ?? [],
    });
    return out.kind === "fused"
      ? pb.FuseReply.create({ fused: kvTensorToProto(out.kv, cpuBackend), projector: projectorInfoToProto(out.projector) })
      : pb.FuseReply.create({
        refused: { reason: fuseRefusalReasonToProto(out.reason), detail: out.detail, sharerModelFingerprint: out.sharer, receiverModelFingerprint: out.receiver },
      });
  });
}
