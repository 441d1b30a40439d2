import { f16ToF32Array } from "../kernels/f16.js";
import { fuseCache, type LayerKv } from "../models/projector-apply.js";
import type { WireKvTensor } from "../proto/kv-tensor-wire.js";
import type { FuseRefusalReason, ProjectorInfo } from "../proto/projector-info.js";
import type { StoredSegmentReader } from "./anchor-pools.js";
import { InvalidRequestError } from "./errors.js";
import type { ProjectorSet } from "./projector-set.js";
import type { Tenant } from "./tenant-auth.js";

/** Where the sharer's KV comes from: a stored segment of the caller's namespace, or the request. */
export type FuseSharer =
  | { readonly kind: "stored"; readonly keyDigest: string }
  | { readonly kind: "uploaded"; readonly modelFingerprint: string; readonly kv: WireKvTensor };

export interface FuseInput {
  readonly receiverModel: string;
  readonly sharer: FuseSharer;
  /** The receiver's own KV of the same tokens (f32 widened from the wire's f16). */
  readonly receiver: WireKvTensor;
  /** The receiver KV's tokens and positions (checked against a stored sharer segment; empty: not checked). */
  readonly tokens?: ArrayLike<number>;
  readonly positions?: ArrayLike<number>;
}

export type FuseOutcome =
  | { readonly kind: "fused"; readonly kv: WireKvTensor; readonly projector: ProjectorInfo }
  | { readonly kind: "refused"; readonly reason: FuseRefusalReason; readonly detail: string; readonly sharer: string; readonly receiver: string };

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * The broker's half of Cache-to-Cache (kvmesh.v1.Projection): it holds the projectors and fuses a
 * sharer's KV into a receiver's with the one trained for exactly that model pair, through the same
 * forward pass an agent runs in process (models/projector-apply.ts -> kernels/c2c-fuser.ts).
 * A missing projector, segment or token match is an answer (the receiver prefills); a request whose
 * KV does not fit the projector's shapes is an InvalidRequestError. Transport-free: the gRPC adapter
 * is projection-grpc.ts.
 */
export class ProjectionService {
  constructor(readonly projectors: ProjectorSet, private readonly stored?: StoredSegmentReader) {}

  list(): ProjectorInfo[] {
    return this.projectors.list();
  }

  async fuse(tenant: Tenant, input: FuseInput): Promise<FuseOutcome> {
    const receiver = input.receiverModel;
    const sh = input.sharer;
    let sharerModel: string;
    // Widened to f32 once the shapes are checked.
    let sharerLayers: () => LayerKv[];
    let sharerTokens: number;
    let sShape: { readonly nLayer: number; readonly rowK: number; readonly rowV: number };
    if (sh.kind === "stored") {
      if (!HEX64.test(sh.keyDigest)) throw new InvalidRequestError("sharer key digest must be 64 lowercase hex characters");
      if (!this.stored) throw new InvalidRequestError("this broker's projection service does not read stored segments");
      const got = await this.stored(tenant, sh.keyDigest);
      if (!got) return { kind: "refused", reason: "segment-missing", detail: `no segment ${sh.keyDigest} in this namespace`, sharer: "", receiver };
      const m = got.manifest;
      sharerModel = m.modelFingerprint;
      const early = this.pairRefusal(sharerModel, receiver);
      if (early) return early;
      if (m.kType !== "f16" || m.vType !== "f16") {
        return { kind: "refused", reason: "kv-type", detail: `segment ${sh.keyDigest} is ${m.kType}/${m.vType} KV; the fuser reads f16`, sharer: sharerModel, receiver };
      }
      const differs = tokensDiffer(m.tokens, m.positions, input);
      if (differs) return { kind: "refused", reason: "tokens-differ", detail: `segment ${sh.keyDigest}: ${differs}`, sharer: sharerModel, receiver };
      sharerTokens = m.tokens.length;
      sShape = m;
      sharerLayers = () => f16Layers(got.payload, m.nLayer, m.tokens.length, m.rowK, m.rowV);
    } else {
      sharerModel = sh.modelFingerprint;
      const early = this.pairRefusal(sharerModel, receiver);
      if (early) return early;
      sharerTokens = sh.kv.nTokens;
      sShape = sh.kv;
      sharerLayers = () => sh.kv.k.map((k, l) => ({ k, v: sh.kv.v[l] }));
    }
    const held = this.projectors.find(sharerModel, receiver)!;
    const h = held.projector.header;
    const r = input.receiver;
    const rRow = h.receiver.nHeadKv * h.receiver.headDim;
    const sRow = h.sharer.nHeadKv * h.sharer.headDim;
    if (r.nLayer !== h.receiver.nLayer || r.rowK !== rRow || r.rowV !== rRow) {
      throw new InvalidRequestError(`receiver KV ${r.nLayer} layers x (${r.rowK}+${r.rowV}) does not fit projector ${held.info.projectorId}: ${h.receiver.nLayer} layers x (${rRow}+${rRow})`);
    }
    if (sShape.nLayer !== h.sharer.nLayer || sShape.rowK !== sRow || sShape.rowV !== sRow) {
      throw new InvalidRequestError(`sharer KV ${sShape.nLayer} layers x (${sShape.rowK}+${sShape.rowV}) does not fit projector ${held.info.projectorId}: ${h.sharer.nLayer} layers x (${sRow}+${sRow})`);
    }
    if (sharerTokens !== r.nTokens) throw new InvalidRequestError(`sharer KV has ${sharerTokens} tokens, receiver KV ${r.nTokens}: a fuser reads both models' KV of the same tokens`);
    const fused = fuseCache(held.projector, sharerLayers(), r.k.map((k, l) => ({ k, v: r.v[l] })), r.nTokens);
    return {
      kind: "fused", projector: held.info,
      kv: { nLayer: r.nLayer, nTokens: r.nTokens, rowK: r.rowK, rowV: r.rowV, k: fused.map((x) => x.k), v: fused.map((x) => x.v) },
    };
  }

  /** A refusal when no projector fuses sharer -> receiver (or both are one model), else undefined. */
  private pairRefusal(sharer: string, receiver: string): FuseOutcome | undefined {
    if (sharer === receiver) return { kind: "refused", reason: "same-model", detail: `sharer and receiver are the same model ${receiver}: inject the KV as is`, sharer, receiver };
    if (this.projectors.find(sharer, receiver)) return undefined;
    return {
      kind: "refused", reason: "no-projector", sharer, receiver,
      detail: `no projector for sharer model ${sharer || "(none)"} -> receiver model ${receiver || "(none)"} (this broker holds ${this.projectors.size})`,
    };
  }
}

/** Why the request's tokens/positions are not the stored segment's (undefined when they are, or were not given). */
function tokensDiffer(tokens: ArrayLike<number>, positions: ArrayLike<number>, input: FuseInput): string | undefined {
  const same = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.prototype.every.call(a, (x: number, i: number) => x === b[i]);
  if (input.tokens && input.tokens.length > 0 && !same(tokens, input.tokens)) return `its ${tokens.length} tokens are not the receiver's ${input.tokens.length}`;
  if (input.positions && input.positions.length > 0 && !same(positions, input.positions)) return "its tokens sit at other positions than the receiver's";
  if (tokens.length !== input.receiver.nTokens) return `${tokens.length} tokens, the receiver KV has ${input.receiver.nTokens}`;
  return undefined;
}

/** A stored payload (layer-major K[0] V[0] ..., f16 [token][row]) as f32 layers. */
function f16Layers(payload: Uint8Array, nLayer: number, nTokens: number, rowK: number, rowV: number): LayerKv[] {
  const want = nLayer * nTokens * (rowK + rowV) * 2;
  if (payload.byteLength !== want) throw new InvalidRequestError(`stored segment holds ${payload.byteLength} bytes, its manifest's shape needs ${want}`);
  // Copied once into an aligned buffer: a stored payload may sit at an odd offset.
  const all = new Uint16Array(want / 2);
  new Uint8Array(all.buffer).set(payload);
  const out: LayerKv[] = [];
  let p = 0;
  for (let l = 0; l < nLayer; l++) {
    const k = f16ToF32Array(all.subarray(p, p + nTokens * rowK));
    p += nTokens * rowK;
    const v = f16ToF32Array(all.subarray(p, p + nTokens * rowV));
    p += nTokens * rowV;
    out.push({ k, v });
  }
  return out;
}
