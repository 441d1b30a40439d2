/**
 * Cache-to-Cache between two agents on different models (same tokenizer): both prefill the prompt but
 * its last token, the receiver's KV is fused with the sharer's through a projector for exactly this
 * pair (models/projector-file.ts refuses any other), the fused KV replaces the receiver's, and the
 * receiver decodes from the last prompt token. The fusion runs on the CPU (kernels/c2c-fuser.ts), in
 * this process (`fuseIntoReceiver`) or in the broker that holds the projector (`fuseFromBroker`).
 */
import type { Token } from "node-llama-cpp";
import { f16ToF32Array, f32ToF16Array } from "../../kernels/f16.js";
import { fuseCache, type LayerKv } from "../../models/projector-apply.js";
import type { ProjectorFile } from "../../models/projector-file.js";
import { SegmentMismatchError } from "../../segments/errors.js";
import type { KvSegment } from "../../segments/kv-segment.js";
import type { Agent } from "../agent.js";
import { BrokerError } from "../transport/transport-errors.js";
import type { ProjectorInfo, RemoteProjector } from "./remote-projector.js";

export interface C2cTimes {
  /** Both prefills, run at the same time (two contexts; C2C needs no sharer output first). */
  readonly prefillMs: number;
  /** Cutting both caches out of llama.cpp and converting them to f32. */
  readonly readMs: number;
  readonly fuseMs: number;
  /** Writing the fused KV into the receiver's sequence. */
  readonly loadMs: number;
}

/** The agent's KV of `tokens` (positions 0..n-1) after a plain prefill of exactly them. */
export async function prefillAndCut(agent: Agent, tokens: readonly number[]): Promise<KvSegment> {
  await agent.clear();
  await agent.sequence.evaluateWithoutGeneratingNewTokens(tokens as Token[]);
  return (await agent.cut(0, tokens.length)).segment;
}

function toF32(bytes: Uint8Array): Float32Array {
  const b = bytes.byteOffset % 2 === 0 ? bytes : Uint8Array.from(bytes);
  return f16ToF32Array(new Uint16Array(b.buffer, b.byteOffset, b.byteLength / 2));
}

const toF16Bytes = (a: Float32Array): Uint8Array => new Uint8Array(f32ToF16Array(a).buffer);

export function segmentLayers(seg: KvSegment): LayerKv[] {
  if (seg.kType !== "f16" || seg.vType !== "f16") throw new SegmentMismatchError("kv types", `C2C fusion takes f16 KV, got ${seg.kType}/${seg.vType}`);
  return seg.k.map((k, l) => ({ k: toF32(k), v: toF32(seg.v[l]) }));
}

/** The receiver's segment with its KV replaced by `layers` (same tokens, positions, model). */
export function withLayers(seg: KvSegment, layers: readonly LayerKv[]): KvSegment {
  return { ...seg, k: layers.map((l) => toF16Bytes(l.k)), v: layers.map((l) => toF16Bytes(l.v)) };
}

/** Another fuser for the same projector (kernels/cuda/device-c2c-fuser.ts's DeviceFuser.fuse); default: the CPU one. */
export type ProjectorFuse = (sharer: readonly LayerKv[], receiver: readonly LayerKv[], nTokens: number, mode: "fuse" | "zeroed") => LayerKv[];

/**
 * Leaves the receiver's sequence holding the fused KV of `tokens` (all prompt tokens but the last).
 * `sharerTokens` (default: the same tokens) is what the sharer reads: the shuffled control passes
 * another prompt's tokens of the same length. mode "zeroed": the projection-zeroed control.
 */
export async function fuseIntoReceiver(
  receiver: Agent, sharer: Agent, projector: ProjectorFile, tokens: readonly number[],
  opts: { readonly sharerTokens?: readonly number[]; readonly mode?: "fuse" | "zeroed"; readonly fuse?: ProjectorFuse } = {},
): Promise<C2cTimes> {
  const t0 = performance.now();
  const [s, r] = await Promise.all([prefillAndCut(sharer, opts.sharerTokens ?? tokens), prefillAndCut(receiver, tokens)]);
  const t2 = performance.now();
  const sl = segmentLayers(s);
  const rl = segmentLayers(r);
  const t3 = performance.now();
  const fused = opts.fuse ? opts.fuse(sl, rl, tokens.length, opts.mode ?? "fuse") : fuseCache(projector, sl, rl, tokens.length, opts.mode ?? "fuse");
  const t4 = performance.now();
  await receiver.loadSegments([withLayers(r, fused)]);
  const t5 = performance.now();
  return { prefillMs: t2 - t0, readMs: t3 - t2, fuseMs: t4 - t3, loadMs: t5 - t4 };
}

/** What `fuseFromBroker` did: fused KV loaded, or the receiver's own prefill kept (with why). */
export type BrokerFusion =
  | { readonly kind: "fused"; readonly projector: ProjectorInfo; readonly prefillMs: number; readonly fuseMs: number; readonly loadMs: number }
  | {
    readonly kind: "prefilled"; readonly reason: string; readonly prefillMs: number;
    /** The typed failure when the broker call failed (a dead broker, a timeout...); absent for a refusal or a miss. */
    readonly error?: unknown;
  };

/**
 * Cache-to-Cache through the broker: the receiver prefills `tokens` (the prompt but its last token;
 * C2C fuses into the receiver's own KV), and when the stored segment `sharer` (its key and model, from
 * a lookup; the same tokens at positions 0..) comes from another model and the broker holds a
 * projector for exactly that pair, the broker fuses and the fused KV replaces the receiver's.
 * Otherwise, and whenever the broker refuses or fails, the receiver keeps its own prefill: a dead
 * broker never fails a generation. The same model on both sides is not C2C (inject the segment).
 */
export async function fuseFromBroker(
  receiver: Agent, broker: RemoteProjector, sharer: { readonly keyDigest: string; readonly modelFingerprint: string }, tokens: readonly number[],
): Promise<BrokerFusion> {
  const t0 = performance.now();
  const own = await prefillAndCut(receiver, tokens);
  const prefillMs = performance.now() - t0;
  const receiverModel = receiver.info.fingerprint;
  const prefilled = (reason: string, error?: unknown): BrokerFusion => ({ kind: "prefilled", reason, prefillMs, ...(error === undefined ? {} : { error }) });
  if (sharer.modelFingerprint === receiverModel) return prefilled(`the segment is of the receiver's own model ${receiverModel}: inject it, no projector needed`);
  let answer;
  const t1 = performance.now();
  try {
    if (!(await broker.find(sharer.modelFingerprint, receiverModel))) {
      return prefilled(`the broker holds no projector for sharer model ${sharer.modelFingerprint} -> receiver model ${receiverModel}`);
    }
    answer = await broker.fuseStored(sharer.keyDigest, own);
  } catch (err) {
    if (err instanceof BrokerError) return prefilled(`broker fusion failed: ${err.message}`, err);
    throw err;
  }
  const t2 = performance.now();
  if (answer.kind === "refused") return prefilled(`broker refused (${answer.reason}): ${answer.detail}`);
  try {
    await receiver.loadSegments([answer.segment]);
  } catch (err) {
    // The sequence may be empty now: prefill again so the generation goes on.
    await prefillAndCut(receiver, tokens);
    return prefilled(`fused KV not loaded: ${(err as Error).message}`, err);
  }
  return { kind: "fused", projector: answer.projector, prefillMs, fuseMs: t2 - t1, loadMs: performance.now() - t2 };
}

/** Greedy decode after what the receiver holds: `next` tokens first, then until an end token or maxTokens. */
export async function decodeGreedy(agent: Agent, next: readonly number[], maxTokens: number): Promise<string> {
  const eog = new Set<number>([agent.model.tokens.eos ?? -1, agent.model.tokens.eot ?? -1]);
  const out: number[] = [];
  const gen = agent.sequence.evaluate(next as Token[], { temperature: 0 });
  for await (const tok of gen) {
    if (eog.has(tok)) break;
    out.push(tok);
    if (out.length >= maxTokens) break;
  }
  await gen.return();
  return agent.model.detokenize(out as Token[]);
}
