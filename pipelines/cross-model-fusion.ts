/**
 * Cache-to-Cache between the agents of one PipelineSession that run different
 * models. C2C fuses two models' KV of the same tokens at the same positions
 * (the projectors are trained on the whole prompt but its last token, read
 * by both), so what one agent shares with an agent on another model is the KV
 * of its prompt: published under PROMPT_SEGMENT_ID when it is the model's
 * own prefill, and found by its exact key (the sharer's model, the
 * receiver's tokens, position 0). The fusion itself is the broker's
 * (agents/correct/c2c-fusion.ts fuseFromBroker).
 */
import type { BrokerSegmentSource } from "../agents/cache/broker-source.js";
import { KvmeshError } from "../models/errors.js";
import { contextDigest } from "../segments/segment-key.js";

/** The id (an alias in the broker) under which an agent publishes the KV of its prompt but the last token. */
export const PROMPT_SEGMENT_ID = "c2c:prompt";

/** The session's options ask for fusion it cannot do (e.g. projectors without the broker as the store). */
export class FusionOptionError extends KvmeshError {}

/** What a call did about Cache-to-Cache (SessionCallResult.fusion). */
export interface CallFusion {
  /** The model whose agent's prompt KV was found (the sharer's). */
  readonly sharerModel: string;
  readonly receiverModel: string;
  /** Fused KV was loaded into the receiver (else the receiver kept its own prefill: `reason`). */
  readonly fused: boolean;
  /** The broker's projector that fused (its id and the file's SHA-256). */
  readonly projector?: { readonly id: string; readonly sha256: string };
  /** Prompt tokens whose KV was fused (all but the last). */
  readonly tokens: number;
  /** Why nothing was fused (no projector for the pair, a refusal, a failed broker call). */
  readonly reason?: string;
}

const EMPTY_CONTEXT = contextDigest([]);

/**
 * A prompt's KV (exactly `head` at positions 0..) that the broker stores for
 * one of `models`: its key and model, or undefined (a miss). Models for
 * which `preferred` says yes (a projector for the pair) are taken first.
 * One lookup per model, all at once; a failed lookup throws the store's
 * typed error.
 */
export async function findSharerPrompt(
  store: BrokerSegmentSource, models: readonly string[], head: Int32Array, preferred: (model: string) => boolean,
): Promise<{ readonly keyDigest: string; readonly modelFingerprint: string } | undefined> {
  const found = await Promise.all(models.map((m) => store.locateExact({ tokens: head, start: 0, context: EMPTY_CONTEXT, modelFingerprint: m })));
  const hits = models.flatMap((m, i) => (found[i] ? [{ keyDigest: found[i].keyDigest, modelFingerprint: m }] : []));
  return hits.find((h) => preferred(h.modelFingerprint)) ?? hits[0];
}
