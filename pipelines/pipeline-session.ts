/**
 * A multi-agent pipeline, in one of four reuse modes (agents may run other
 * models than the session's: options.agentModels; they share KV with agents
 * of their own model, and across models through the broker's Cache-to-Cache
 * projectors, options.projectors):
 *
 *   dense              every agent prefills its whole prompt (the reference),
 *                      keeping what its sequence holds of the prompt's prefix
 *                      (its own best caching, as llama.cpp's server does)
 *   naive              shared parts reuse their producer's KV, moved to the
 *                      consumer's positions (exact RoPE), no offset correction
 *                      (with `recompute`: and tokens prefilled again, as
 *                      CacheBlend does without anchors)
 *   anchors            shared parts reuse corrected KV (KVCOMM-style anchors);
 *                      when the gate or the estimate says no, the call is a
 *                      dense prefill and its real KV teaches the anchors
 *   anchors+recompute  as anchors, and the least certain tokens (or, as a
 *                      control, random ones) are prefilled again in place
 *
 * The user's inputs (question, documents) are produced by the first agent
 * that reads them, in its context and on its TTFT (default), or encoded
 * alone by an encoder context when a call first needs them, inside that
 * call's TTFT (`inputs: "encoder"`); each agent's reply is published for the
 * agents after it. Every call reports its TTFT split into stages that add
 * up, what it reused and how, and every failure on the way. Implements the
 * bench's StepExecutor shape: generate(agentName, parts, opts).
 */
import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import type { KernelBackend } from "../kernels/backend.js";
import type { KvTensor } from "../kernels/kv-tensor.js";
import { selectKernelBackend } from "../kernels/select-backend.js";
import { AnchorService, type AnchorServiceOptions, type Correction, type OffsetCorrector } from "../anchors/anchor-service.js";
import type { KvSegment } from "../segments/kv-segment.js";
import { segmentToTensor, segmentToTensorSteps, tensorToSegment, tensorToSegmentSteps } from "../segments/kv-tensor-convert.js";
import { repositionSegment } from "../segments/reposition.js";
import { contextDigest } from "../segments/segment-key.js";
import { validateSegment } from "../segments/validate.js";
import { checkSegmentValues } from "../agents/inject/segment-values.js";
import { SegmentMismatchError } from "../segments/errors.js";
import type { WireManifest } from "../proto/manifest.js";
import type { LlamaModel, Token } from "node-llama-cpp";
import { Agent, sliceSegment, type AgentGenerateResult, type PartSpan, type ReuseOptions } from "../agents/agent.js";
import { BrokerSegmentSource } from "../agents/cache/broker-source.js";
import { fuseFromBroker } from "../agents/correct/c2c-fusion.js";
import type { ProjectorInfo, RemoteProjector } from "../agents/correct/remote-projector.js";
import { sharedLlama } from "../agents/llama-runtime.js";
import { readModelInfo } from "../models/read-model-info.js";
import { findSharerPrompt, FusionOptionError, PROMPT_SEGMENT_ID, type CallFusion } from "./cross-model-fusion.js";
import { calibrateCosts, type Calibration } from "./cost-calibration.js";
import { CostModel, type CostPriors } from "./cost-model.js";
import { RemoteCorrector, type StoredAnswer, type StoredPart } from "../agents/correct/remote-corrector.js";
import { IdleSteps } from "../anchors/idle-steps.js";
import { TwoThreadCorrector } from "../agents/correct/two-thread-correction.js";
import { deviceCorrector, type DeviceCorrector, type FollowingText } from "../agents/correct/device-correction.js";
import { markSegmentValuesChecked } from "../agents/inject/segment-values.js";
import { ConsumerLayouts, placeMiss, type PartPlace } from "./consumer-layout.js";
import type { PinnedArena } from "../kernels/cuda/pinned-arena.js";
import { own, type GenerateOptions, type GenerateResult, type PromptPart } from "../agents/prompt.js";
import { indexOfTokens, segmentBytes, SegmentCache, type SegmentCacheStats } from "../agents/cache/segment-cache.js";
import type { SegmentSink, SegmentSource } from "../agents/cache/segment-source.js";
import { xorshift32 } from "../kernels/xorshift.js";
import { boundaryScores, chooseRuns, chooseRunsAcross, kvDeviation, overlapScores, randomScores, type RecomputeSelection } from "../anchors/recompute-selection.js";
import { halves } from "../segments/kv-tensor-convert.js";
import { KvProbe, type ProbePass } from "./kv-probe.js";
import { punchPieces } from "./punch-holes.js";
import { checkGuard, type GuardEvent, type NearTieGuard } from "../anchors/near-tie-guard.js";
import { AnchorOptionError } from "../anchors/errors.js";

export type ReuseMode = "dense" | "naive" | "anchors" | "anchors+recompute";
export const REUSE_MODES: readonly ReuseMode[] = ["dense", "naive", "anchors", "anchors+recompute"];

/**
 * How an agent's own text is reused: only where its KV is exact; also after a
 * reused shared part, offset-corrected by the anchors as KVCOMM corrects the
 * segment that follows a placeholder ("corrected"); or also moved from
 * another place, uncorrected ("moved").
 */
export type OwnTextPolicy = "exact" | "corrected" | "moved";
export const OWN_TEXT_POLICIES: readonly OwnTextPolicy[] = ["exact", "corrected", "moved"];

export interface RecomputeOptions {
  /** Fraction of reused shared tokens to prefill again (CacheBlend uses about 0.15). */
  readonly ratio: number;
  /**
   * Which tokens (anchors/recompute-selection.ts): "uncertainty" (where the
   * anchors disagree most), "kv-deviation" (CacheBlend's check: the reused
   * K/V of an early layer against a fresh shallow pass, see pipelines/kv-probe.ts),
   * "boundary" (the first tokens of each part), "random" (the control).
   */
  readonly selection: RecomputeSelection;
  /** Tokens are chosen in chunks of this size (default DEFAULT_RECOMPUTE's: 1). */
  readonly chunk?: number;
  /** Most separate recomputed runs per part (each costs one evaluation and injection). Default DEFAULT_RECOMPUTE's: no cap. */
  readonly maxRuns?: number;
  /**
   * Where the budget applies: "call" (default; CacheBlend's: ratio x all
   * corrected shared tokens of the call, spent on the best-scoring tokens
   * wherever they are) or "part" (ratio x each part's tokens).
   */
  readonly budget?: "call" | "part";
  /** Layers of the shallow pass for "kv-deviation" (its last is the check layer). Default 2. */
  readonly probeLayers?: number;
  readonly seed?: number;
}

/**
 * The default recompute of anchors+recompute, chosen from the fidelity curve
 * by its stated rule (bench/fidelity-stats.ts chooseDefault: the most
 * shared-token reuse among points within 2 points of dense): `kvmesh bench
 * fidelity`, encoder setting, 300 rag instances, 2026-12-04
 * (bench/results/fidelity-encoder.json): overlap at 15%, 87.0% accuracy with
 * 84.5% of shared tokens reused (dense 86.0%; random selection 42.3%; at 10%
 * 83.3%, at 25% 86.3%). Token-level chunks and no cap on runs, as measured.
 */
export const DEFAULT_RECOMPUTE: RecomputeOptions = { ratio: 0.15, selection: "overlap", chunk: 1, maxRuns: Infinity };

export interface PipelineSessionOptions {
  readonly modelPath: string;
  readonly mode: ReuseMode;
  readonly threads?: number;
  readonly contextSize?: number;
  /** In-process anchor pools' options (default gamma 1: the gate passes once two anchors know the consumer). */
  readonly anchors?: AnchorServiceOptions;
  /** Where the anchor pools live: shared in process, or a broker's (default: a new in-process AnchorService). */
  readonly anchorService?: OffsetCorrector;
  /**
   * Tokens prefilled again in place (anchors+recompute; also naive, where
   * the moved KV is then partly recomputed without any correction).
   */
  readonly recompute?: RecomputeOptions;
  /**
   * What a part gets when the anchors refuse to correct it (gate or
   * estimate): "prefill" (default; the call is a dense prefill and the
   * anchors learn from it) or "moved" (the part is reused moved, uncorrected,
   * with `recompute` and `guard` as configured; each refusal is still listed
   * in the call's `refusals`). "moved" serves consumers the anchors have not
   * met yet; the anchors then learn from calls the guard prefilled again.
   */
  readonly onRefusal?: "prefill" | "moved";
  /**
   * Near-tie guard on calls that reuse inexact KV (anchors/near-tie-guard.ts):
   * at a near tie among the first `steps` generated tokens the agent prefills
   * the inexact rest of the prompt again. Off by default.
   */
  readonly guard?: NearTieGuard;
  /** Where segments are published and found: in process (default) or a broker (BrokerSegmentSource). */
  readonly store?: SegmentSource & SegmentSink;
  /** Ask the cost model before reusing (default true). */
  readonly costModel?: boolean;
  /** Cost-model priors; default: measured at start-up on this session's own agent (pipelines/cost-calibration.ts). */
  readonly costPriors?: CostPriors;
  /** Prefill decisions in a row, per agent, before the cost model tries a reuse again (default 8; 0: never). */
  readonly exploreAfter?: number;
  /**
   * The agent's own text (system prompt, headers between shared parts):
   * "exact" reuses its KV only where it is exact (the same text
   * behind the same tokens at the same place, e.g. a system prompt at the
   * start); "corrected" (default) also reuses the own text that follows a reused
   * shared part (headers between parts, the suffix but its last token),
   * offset-corrected by the anchors from what dense calls of the same
   * consumer computed there (KVCOMM's following segment; modes anchors and
   * anchors+recompute; where the anchors have not learned it, it is
   * prefilled); "moved" also takes it from the agent's earlier calls at
   * other places, moved but not corrected (fewer prefills, outputs may drift).
   */
  readonly ownText?: OwnTextPolicy;
  /**
   * Who produces the KV of user inputs (question, documents): "first-reader"
   * (default): the first agent that reads them, in its own context, so later
   * agents differ from it only by their own text; "encoder": a context that
   * encodes each input alone once, when a call first needs it (inside that
   * call's TTFT: `stages.encodeMs`); every agent, the first included, can then
   * reuse, but the inputs lose what they attended to before them.
   */
  readonly inputs?: "first-reader" | "encoder";
  /**
   * Tokens of a shared part past what the anchors cover: "naive" (default;
   * moved, uncorrected, as KVCOMM treats content no anchor is long enough
   * for; reported per part as `movedTokens`) or "prefill" (exact, costs one
   * more evaluation of those tokens on the call's path). Anchors stop growing
   * once corrections serve the calls, so longer contents keep such tails.
   */
  readonly uncovered?: "prefill" | "naive";
  /** Which placeholder kinds may be reused (default all); the others are prefilled. */
  readonly reuseKinds?: (kind: string) => boolean;
  /**
   * Correct a published part ahead of time for every consumer its anchor pool
   * knows, so that those consumers' calls find the correction done (default
   * true): in process while the event loop idles (llama.cpp computing), or
   * by the broker when the pools are the broker's. On the GPU (the device
   * corrector), for the consumers whose last call showed where the part will
   * sit (pipelines/consumer-layout.ts), placed there with their following
   * text; those steps wait while a call is before its first token.
   */
  readonly precorrect?: boolean;
  /** Host bytes of corrections made ahead held for their calls (default 512 MiB; 2 GiB on the GPU, where they are placed f16 KV of every consumer); the oldest go first. */
  readonly precorrectBytes?: number;
  /** The GPU corrector to use (tests: one on a host stand-in of the kernels); default: deviceCorrector(kernels). The caller disposes it. */
  readonly deviceCorrector?: DeviceCorrector;
  /**
   * Threads for a correction on a call's path: 2 splits it into its K and V
   * sides (a worker thread takes V); 1 keeps it on the main thread. Default:
   * 2 when `threads` allows two (so no mode gets a core the others do not).
   */
  readonly correctionThreads?: 1 | 2;
  readonly kernels?: KernelBackend;
  readonly log?: (line: string) => void;
  /**
   * GGUF files of agents that do not run `modelPath`, by agent name or by
   * role (the name after its last "/"; the name wins). An agent shares KV
   * with agents of its own model (lookups, anchor pools and precorrections
   * are per model) and, with `projectors`, with agents of other models.
   */
  readonly agentModels?: Readonly<Record<string, string>>;
  /**
   * The broker's Cache-to-Cache projectors (the caller connects and disposes
   * the client). With agents on more than one model and `store` on the same
   * broker (else FusionOptionError), in the reuse modes: every call whose KV
   * of its prompt (but the last token) is its model's own prefill publishes
   * it (pipelines/cross-model-fusion.ts), and a call whose prompt an agent on
   * another model published prefills it and has the broker fuse that KV into
   * its own (agents/correct/c2c-fusion.ts fuseFromBroker; how "fused"). With
   * no projector for the pair, a refusal or a failed broker call it keeps its
   * own full prefill (how "fallback", the reason in `fallback`).
   */
  readonly projectors?: RemoteProjector;
}

/** How a call was served. */
export type CallHow =
  /** dense mode: a full prefill (what the sequence holds of the prompt's prefix kept, as llama.cpp's server does). */
  | "dense"
  /** Reused KV of at least one shared part was injected. */
  | "reuse"
  /** No shared part had a producer yet (this call reads them first). */
  | "prefill: first read"
  /** The cost model predicted a prefill faster. */
  | "prefill: cost model"
  /** The anchors could not vouch for a part (gate or estimate); the prefill teaches them. */
  | "prefill: anchors"
  /** Reused KV was injected, but the near-tie guard found the first token nearly tied and prefilled again: no output came from reused KV. */
  | "prefill: guard"
  /** Cache-to-Cache: the broker fused an agent's KV of this prompt on another model into this call's own prefill, and it was loaded. */
  | "fused"
  /** The reuse path failed (store, anchors, injection) and the call was prefilled. */
  | "fallback";

/** What happened to one shared part of a call. */
export interface SharedPartUse {
  readonly id: string;
  /** The part's tokens in the prompt. */
  readonly tokens: number;
  /** Of them, reused (injected) tokens. */
  readonly reused: number;
  /**
   * exact: computed behind the same tokens at the same place; moved: re-positioned, uncorrected; corrected: re-positioned and
   * offset-corrected; fused: prefilled by this agent and fused with another model's KV (Cache-to-Cache; `reused` is 0); prefilled.
   */
  readonly how: "exact" | "moved" | "corrected" | "fused" | "prefilled";
  /** Of the reused tokens of a corrected part, those past what the anchors cover, moved uncorrected (uncovered: "naive"). */
  readonly movedTokens?: number;
}

/** One call's TTFT by stage; the stages add up to ttftMs (each millisecond counted once). */
export interface SessionStages {
  readonly path: AgentGenerateResult["stages"]["path"];
  /** Finding and fetching producer KV (lookups, network, checks). */
  readonly fetchMs: number;
  /** Encoding user inputs this call needed first (inputs: "encoder"). */
  readonly encodeMs: number;
  /** Offset corrections on the call's path. */
  readonly correctionMs: number;
  readonly repositionMs: number;
  readonly injectMs: number;
  readonly injectBytes: number;
  /** Prefilling what was not reused, up to the first token. */
  readonly prefillMs: number;
  /** Cache-to-Cache (calls that tried it): the broker's fusion and loading the fused KV, failed attempts included. */
  readonly fuseMs?: number;
  /** The rest: tokenizing, deciding, bookkeeping. */
  readonly otherMs: number;
}

export interface SessionCallResult extends GenerateResult {
  readonly agentName: string;
  readonly mode: ReuseMode;
  readonly how: CallHow;
  /** Reused KV of a shared part was really injected (some tokens, no fallback), or fused KV was loaded (how "fused"). */
  readonly servedByReuse: boolean;
  /** Tokens of shared parts in the prompt. */
  readonly sharedTokens: number;
  /** Of them, tokens with a producer's KV available when the call started. */
  readonly shareableTokens: number;
  /** Of them, tokens whose reused KV was injected. */
  readonly reusedSharedTokens: number;
  /** Reused tokens of the agent's own text (its kept prefix included). */
  readonly ownReusedTokens: number;
  /** Of them, own text after a shared part injected offset-corrected (ownText "corrected"). */
  readonly ownCorrectedTokens: number;
  readonly ownText: OwnTextPolicy;
  readonly parts: readonly SharedPartUse[];
  readonly stages: SessionStages;
  /** Time spent correcting offsets on this call's path (a stage of ttftMs). */
  readonly correctionMs: number;
  /**
   * Where parts of the stages went, in ms (summed over the call's parts): "fetch.scanMs" (producers' value scans),
   * "fetch.checkMs" (the agent's checks of the pieces), "idleStepsMs" (idle-time corrections that ran before the
   * prefill, inside other stages), "correct.<path>.<step>Ms" (path: device, twoThreads, host, ahead: corrections
   * queued at publish, with "onPathMs" what of them was finished on this call's path) and "correct.device.toHost"
   * (parts the GPU path left to the host; the session's log says why).
   */
  readonly profile: Readonly<Record<string, number>>;
  /** Time spent correcting this call's parts ahead of it, in idle time (not on its path). */
  readonly precorrectionMs: number;
  /** Shared parts whose correction was finished ahead of the call (others were finished or done on its path). */
  readonly precorrectedParts: number;
  readonly recomputedTokens: number;
  /** The shallow pass of "kv-deviation" selection (tokens it evaluated through `layers` of `ofLayers`, on the call's path, inside correctionMs). */
  readonly probe?: { readonly tokens: number; readonly layers: number; readonly ofLayers: number; readonly ms: number };
  /** Why the call reused or prefilled, in words. */
  readonly decision: string;
  /** The anchors' refusals on this call ("<kind>: <reason>"), whether the call then prefilled or moved the part. */
  readonly refusals: readonly string[];
  /** The near-tie guard stepped in: from this step on the output came from exact KV. */
  readonly guarded?: GuardEvent;
  /** Why the reuse path failed (then the call was prefilled). */
  readonly fallback?: string;
  /** Failures on the way that cost reuse of a part or a publication (the call itself may still be served). */
  readonly failures: readonly string[];
  /** The cost model chose this reuse to test its prediction. */
  readonly explored: boolean;
  /** Cache-to-Cache on this call: an agent on another model had published this prompt's KV (fused or not, and why). */
  readonly fusion?: CallFusion;
}

/** One session call's options: the agent call's, and the id its reply is published under. */
export interface SessionGenerateOptions extends GenerateOptions {
  /**
   * Default `<scope>reply:<role>`: the scope of the first shared part's id
   * ("in0/question" -> "in0/") and the agent name after its last "/". Give it
   * when the first shared part is not scoped to the run (a document shared by
   * several runs), so that runs do not publish their replies under one id.
   */
  readonly replyId?: string;
}

/** Dense calls keep what the sequence holds of the prompt's prefix (their own best caching). */
const DENSE_REUSE: ReuseOptions = { prefix: true, ownCache: false };

/**
 * A shared part's producer KV: where its tokens sit in the part (`at`), its
 * store key when it came from a broker, and whether `seg` holds its KV
 * (`payload`) or only its manifest (a part the broker corrects by key).
 */
interface Producer { readonly seg: KvSegment; readonly at: number; readonly key?: string; readonly payload: boolean }

/** Per call: the times and failures the session adds to the agent's. */
interface CallLog {
  /** Run when the call is done (memory its injection read). */
  releases: (() => void)[];
  fetchMs: number;
  encodeMs: number;
  correctionMs: number;
  /** Prefills the session ran itself (the receiver's own prefill before a fusion). */
  prefillMs: number;
  /** Cache-to-Cache fusion (set on calls that tried it). */
  fuseMs?: number;
  failures: string[];
  profile: Record<string, number>;
}

/** Adds each ms of `stages` (an object of numbers) to the call's profile under `prefix`. */
function addProfile(log: CallLog, prefix: string, stages: object): void {
  for (const [k, v] of Object.entries(stages) as [string, number][]) log.profile[`${prefix}${k}`] = (log.profile[`${prefix}${k}`] ?? 0) + v;
}

let announcedDevice = false;

export class PipelineSession {
  readonly calls: SessionCallResult[] = [];
  /** Store or anchor-service failures (each also listed in its call's `failures`). */
  sourceFailures = 0;
  /** Time the encoder spent encoding user inputs (inputs: "encoder"; inside the TTFT of the calls that needed them). */
  encodeMs = 0;
  readonly anchors: OffsetCorrector | undefined;
  private readonly ownsAnchors: AnchorService | undefined;
  private readonly store: SegmentSource & SegmentSink;
  /** Shared part ids whose KV some agent already published, per model (publishedKey). */
  private readonly published = new Set<string>();
  /** Per agent and user-input kind: how its remote lookups went (see lookupStreak). */
  private readonly streaks = new Map<string, LookupStreak>();
  /**
   * What this session published to the broker, by part id: its store key and
   * the segment's header (no KV), so a later call corrects it by key without
   * a lookup round trip first (other processes' segments are still looked up).
   */
  private readonly directory = new Map<string, { readonly key: string; readonly seg: KvSegment }>();
  private readonly agents = new Map<string, Agent>();
  readonly cost: CostModel;
  /** The start-up measurement the cost model began from (undefined when priors were given). */
  readonly calibration: Calibration | undefined;
  private readonly kernels: KernelBackend;
  /** Corrections computed ahead of their consumer's call (see PipelineSessionOptions.precorrect). */
  private readonly ahead: IdleSteps<Precorrected> | undefined;
  /** The K/V split of corrections on a call's path (two cores), when the anchors are in process. */
  private readonly twoThreads: TwoThreadCorrector | undefined;
  /** Corrections on the GPU (CUDA kernels, anchors in process), when available. */
  private readonly device: DeviceCorrector | undefined;
  /** Where consumers' calls put shared parts (for corrections made ahead on the GPU). */
  private readonly layouts = new ConsumerLayouts();
  /** Calls before their first token (corrections ahead on the GPU wait meanwhile). */
  private callsBeforeFirstToken = 0;
  /** Frame-0 tensors of recently published contents, shared by the corrections for their consumers. */
  private readonly contentTensors = new Map<string, KvTensor>();
  private readonly rng: () => number;
  /** Segments come over the network (a broker), so fetching them costs. */
  private readonly remoteStore: boolean;
  /** Anchors in the broker that holds the segments too: corrections name segments by key instead of uploading them. */
  private readonly stored: { corrector: RemoteCorrector; store: BrokerSegmentSource } | undefined;
  private readonly ownText: OwnTextPolicy;
  /** The shallow pass of "kv-deviation" selection, made on first use. */
  private probe: Promise<KvProbe> | undefined;
  /** Models of agents on another file than `modelPath` (options.agentModels), loaded on first use. */
  private readonly otherModels = new Map<string, Promise<LlamaModel>>();
  /** Cache-to-Cache between this session's models (options.projectors), when it has more than one. */
  private readonly c2c: { readonly projectors: RemoteProjector; readonly store: BrokerSegmentSource; readonly models: readonly string[] } | undefined;

  private constructor(private readonly o: PipelineSessionOptions, private readonly encoder: Agent, calibration: Calibration | undefined, modelFingerprints: readonly string[]) {
    if (o.guard) checkGuard(o.guard);
    if (o.mode === "naive" && o.recompute?.selection === "uncertainty") throw new AnchorOptionError('recompute selection "uncertainty" needs anchors (naive mode has none)');
    this.kernels = o.kernels ?? selectKernelBackend();
    this.store = o.store ?? new SegmentCache();
    this.remoteStore = !(this.store instanceof SegmentCache);
    this.ownText = o.ownText ?? "corrected";
    this.calibration = calibration;
    this.cost = new CostModel(o.costPriors ?? calibration?.priors, { exploreAfter: o.exploreAfter });
    const wantsAnchors = o.mode === "anchors" || o.mode === "anchors+recompute";
    // Gamma 1 by default, as the broker's pools (broker/broker-config.ts): the gate passes once two anchors know the consumer.
    this.ownsAnchors = wantsAnchors && !o.anchorService ? new AnchorService(this.kernels, { gamma: 1, ...o.anchors }) : undefined;
    this.anchors = wantsAnchors ? (o.anchorService ?? this.ownsAnchors) : undefined;
    this.stored = this.anchors instanceof RemoteCorrector && this.store instanceof BrokerSegmentSource && this.anchors.sameBrokerAs(this.store)
      ? { corrector: this.anchors, store: this.store } : undefined;
    if (o.projectors) {
      // The broker fuses a segment it stores, by key: the one the agents publish to.
      const p = o.projectors.options;
      if (!(this.store instanceof BrokerSegmentSource) || this.store.options.grpc !== p.grpc || this.store.namespace !== p.namespace) {
        throw new FusionOptionError(`projectors (broker ${p.grpc}, namespace ${p.namespace}) need the session's store to be a BrokerSegmentSource on the same broker and namespace`);
      }
      if (modelFingerprints.length > 1) this.c2c = { projectors: o.projectors, store: this.store, models: modelFingerprints };
    }
    if (this.anchors instanceof AnchorService) {
      const d = o.deviceCorrector ? { ok: true as const, corrector: o.deviceCorrector } : deviceCorrector(this.kernels);
      this.device = d.ok ? d.corrector : undefined;
      if (d.ok && !announcedDevice) {
        announcedDevice = true;
        process.stderr.write(`kvmesh: offset corrections on the GPU (${d.corrector.deviceName}), anchors mirrored there\n`);
      }
    }
    this.ahead = this.anchors instanceof AnchorService && (o.precorrect ?? true)
      ? new IdleSteps<Precorrected>({
        bytesOf: (r) => (r.segment ? segmentBytes(r.segment) : 0) + (r.following ? segmentBytes(r.following) : 0),
        maxBytes: o.precorrectBytes ?? (this.device ? 2 * 2 ** 30 : 512 * 2 ** 20),
        // A device step blocks this thread for milliseconds: never inside a call's TTFT.
        paused: this.device ? () => this.callsBeforeFirstToken > 0 : undefined,
        onDrop: (r) => r.release?.(),
        onError: (key, e) => o.log?.(`precorrection ${key} failed: ${e instanceof Error ? e.message : String(e)}`),
      })
      : undefined;
    const cores = Math.min(o.threads ?? availableParallelism(), availableParallelism());
    this.twoThreads = this.anchors instanceof AnchorService && (o.correctionThreads ?? Math.min(2, cores)) >= 2 ? TwoThreadCorrector.start() : undefined;
    this.rng = xorshift32(o.recompute?.seed ?? 12345);
  }

  static async create(o: PipelineSessionOptions): Promise<PipelineSession> {
    const encoder = await Agent.create({ modelPath: o.modelPath, threads: o.threads, contextSize: o.contextSize, name: "encoder", kernels: o.kernels });
    try {
      // The cost model starts from this machine's own prefill and injection costs, timed on the
      // encoder (same model, context, threads and injection path as the agents).
      const calibration = (o.costModel ?? true) && o.mode !== "dense" && !o.costPriors ? await calibrateCosts(encoder) : undefined;
      const fingerprints = new Set([encoder.info.fingerprint]);
      for (const p of new Set(Object.values(o.agentModels ?? {}))) fingerprints.add((await readModelInfo(p)).fingerprint);
      return new PipelineSession(o, encoder, calibration, [...fingerprints]);
    } catch (e) {
      await encoder.dispose();
      throw e;
    }
  }

  get model() {
    return this.encoder.model;
  }

  async agent(name: string): Promise<Agent> {
    let a = this.agents.get(name);
    if (!a) {
      const modelPath = this.modelPathOf(name);
      const model = modelPath === this.o.modelPath ? this.encoder.model : await this.modelAt(modelPath);
      a = await Agent.create({ modelPath, model, threads: this.o.threads, contextSize: this.o.contextSize, name, kernels: this.o.kernels });
      this.agents.set(name, a);
    }
    return a;
  }

  /** The GGUF an agent runs: options.agentModels by name, then by role, else the session's. */
  private modelPathOf(name: string): string {
    const m = this.o.agentModels;
    const role = name.slice(name.lastIndexOf("/") + 1);
    if (m && Object.hasOwn(m, name)) return m[name];
    if (m && Object.hasOwn(m, role)) return m[role];
    return this.o.modelPath;
  }

  private modelAt(path: string): Promise<LlamaModel> {
    let m = this.otherModels.get(path);
    if (!m) {
      m = sharedLlama().then((llama) => llama.loadModel({ modelPath: path }));
      // A failed load is not kept: the next agent on it tries again.
      m.catch(() => this.otherModels.delete(path));
      this.otherModels.set(path, m);
    }
    return m;
  }

  /** Runs one agent call. Its reply is published as `opts.replyId`, by default `<scope>reply:<role>`, scope taken from the parts' ids. */
  async generate(agentName: string, parts: PromptPart[], opts: SessionGenerateOptions): Promise<SessionCallResult> {
    // The parts this call reads stay in an in-process store until it is done (what it publishes cannot evict them).
    const pin = this.store instanceof SegmentCache ? this.store.pin(parts.flatMap((p) => (p.kind === "shared" ? [p.id] : []))) : undefined;
    // Pinned memory for the call's corrections on the GPU, read by its injection; released with the call.
    const arena = this.device?.acquireArena();
    // Corrections ahead on the GPU wait until this call's first token.
    let waiting = this.device !== undefined && this.ahead !== undefined;
    if (waiting) this.callsBeforeFirstToken++;
    const firstToken = () => {
      if (!waiting) return;
      waiting = false;
      if (--this.callsBeforeFirstToken === 0) this.ahead!.wake();
    };
    const caller = opts;
    const releases: (() => void)[] = [];
    try {
      return await this.call(agentName, parts, waiting ? { ...caller, afterFirstToken: async () => { firstToken(); await caller.afterFirstToken?.(); } } : opts, arena, releases);
    } finally {
      firstToken();
      for (const r of releases) r();
      pin?.release();
      if (arena) this.device!.releaseArena(arena);
    }
  }

  /** Segments the in-process store dropped to stay under its budget (undefined with another store). */
  storeStats(): SegmentCacheStats | undefined {
    return this.store instanceof SegmentCache ? this.store.stats : undefined;
  }

  private async call(agentName: string, parts: PromptPart[], opts: SessionGenerateOptions, arena: PinnedArena | undefined, releases: (() => void)[]): Promise<SessionCallResult> {
    const agent = await this.agent(agentName);
    // TTFT counts from here: finding producers and correcting offsets are on the call's path.
    const t0 = performance.now();
    const log: CallLog = { releases, fetchMs: 0, encodeMs: 0, correctionMs: 0, prefillMs: 0, failures: [], profile: {} };
    // Idle-time corrections run inside other stages (whenever this call awaits); what ran before the prefill is profiled.
    const idleAtStart = this.ahead?.idleMs ?? 0;
    const outer = opts.onPrepared;
    opts = { ...opts, onPrepared: (info) => {
      if (this.ahead) log.profile.idleStepsMs = this.ahead.idleMs - idleAtStart;
      outer?.(info);
    } };
    const mode = this.o.mode;
    const { tokens, spans } = agent.tokenize(parts);
    if (mode !== "dense" && this.c2c) {
      // Another model's agent read this very prompt: Cache-to-Cache instead of reusing parts.
      const fused = await this.fusedCall(agent, parts, tokens, spans, opts, t0, log);
      if (fused) return fused;
    }
    if (mode !== "dense") {
      // Inputs this call reads first are published once its first token is known (off its TTFT).
      const caller = opts;
      opts = { ...caller, afterFirstToken: async () => { await caller.afterFirstToken?.(); await this.publishInputs(agent, spans, log); } };
    }
    const sharedSpans = spans.filter((s) => s.part.kind === "shared");
    const sharedTokens = sharedSpans.reduce((a, s) => a + s.end - s.start, 0);
    const base = { agentName, mode, sharedTokens, ownText: this.ownText, precorrectionMs: 0, precorrectedParts: 0, recomputedTokens: 0, explored: false, refusals: [] as string[] };
    if (mode === "dense") {
      const r = await this.denseCall(agent, parts, opts, t0, log);
      return this.record({ ...r, ...base, how: "dense", shareableTokens: 0, parts: sharedSpans.map((s) => prefilled(s)), decision: "dense: full prefill" });
    }
    const shared = sharedSpans.filter((s) => !this.o.reuseKinds || this.o.reuseKinds(kindOf((s.part as { id: string }).id)));
    const useCost = this.o.costModel ?? true;
    const kept = keptPrefix(agent, tokens, spans);
    let explored = false;
    let estimate: string | undefined;
    if (useCost && this.remoteStore && shared.length > 0) {
      // Before fetching over the network: is it worth it at all? (Sizes follow from the token counts.)
      const n = shared.reduce((a, s) => a + s.end - s.start, 0);
      const est = this.cost.decide({
        ...this.reuseShape(spans, new Set(shared), kept, tokens.length), bytes: n * kvBytesPerToken(agent),
        correctionWork: mode === "naive" ? 0 : this.correctionWork(agent, n), corrections: this.stored ? 1 : shared.length, remoteCorrection: this.remoteAnchors,
        remote: true, fetches: shared.length,
      }, agentName);
      if (!est.reuse) {
        const r = await this.denseCall(agent, parts, opts, t0, log);
        await this.publish(agent, r, parts, log, opts.replyId);
        return this.record({ ...r, ...base, how: "prefill: cost model", shareableTokens: 0, parts: sharedSpans.map((s) => prefilled(s)), decision: `${mode}: before fetching: ${est.reason}` });
      }
      explored = est.explore;
      estimate = est.reason;
    }
    // Producer KV for every shared part (the encoder makes it for user inputs on first sight).
    // Fetches go out together (one round trip's latency, not one per part); the encoder, one context, takes them in turn.
    // With the anchors in the broker that stores the segments, a part to be corrected needs only its key here.
    const producers = new Map<PartSpan, Producer>();
    const byKey = this.stored !== undefined && mode !== "naive";
    const skipped: string[] = [];
    const fetchOne = async (s: PartSpan): Promise<void> => {
      const id = (s.part as { id: string }).id;
      const streak = this.lookupStreak(agent, id);
      if (streak?.skip()) {
        skipped.push(kindOf(id));
        return;
      }
      let p: Producer | undefined;
      try {
        p = await this.producerOf(agent, tokens, s, log, byKey);
        streak?.saw(p !== undefined);
      } catch (e) {
        // A store that fails (a dead broker) costs a prefill of this part, never the call.
        this.fail(log, `${agentName}: segment store failed for ${id}`, e);
      }
      if (p) producers.set(s, p);
    };
    const tf = performance.now();
    const encodedBefore = log.encodeMs;
    if ((this.o.inputs ?? "first-reader") === "encoder") for (const s of shared) await fetchOne(s);
    else await Promise.all(shared.map(fetchOne));
    // In span order (the map was filled as fetches came back).
    const ordered = [...producers].sort((x, y) => x[0].start - y[0].start);
    producers.clear();
    for (const [k, v] of ordered) producers.set(k, v);
    // Parts that sit exactly, or are moved uncorrected, need their KV here.
    const need = [...producers].filter(([s, p]) => !p.payload && sitsExactly(p.seg, tokens, s.start + p.at));
    await Promise.all(need.map(async ([s, p]) => {
      try {
        const seg = await this.stored!.store.fetch(p.key!);
        if (seg) producers.set(s, { ...p, seg, payload: true }); else producers.delete(s);
      } catch (e) {
        producers.delete(s);
        this.fail(log, `${agentName}: segment store failed for ${(s.part as { id: string }).id}`, e);
      }
    }));
    const fetchWall = performance.now() - tf - (log.encodeMs - encodedBefore);
    log.fetchMs += fetchWall;
    // The fetches of a call go out together: the cost model learns what they took together.
    const fetchedBytes = [...producers.values()].reduce((a, p) => a + (p.payload ? segmentBytes(p.seg) : 0), 0);
    if (this.remoteStore && fetchedBytes > 0 && log.encodeMs === encodedBefore) this.cost.observeFetch(fetchedBytes, fetchWall);
    const shareableTokens = [...producers.keys()].reduce((a, s) => a + s.end - s.start, 0);
    if (mode !== "naive") this.noteLayouts(agent, parts, spans, tokens, producers);
    if (producers.size === 0) {
      const r = await this.reuseCall(agent, parts, opts, t0, log, new Map());
      await this.publish(agent, r, parts, log, opts.replyId);
      const how: CallHow = r.fallback !== undefined || log.failures.length > 0 ? "fallback" : "prefill: first read";
      const why = how === "fallback" ? `fallback: ${r.fallback ?? log.failures.join("; ")}` : `${mode}: no shared part has a producer yet (this call reads them first)`
        + (skipped.length > 0 ? `; not looked up: ${skipped.join(", ")} (this agent's lookups of them found nothing ${MISSES_BEFORE_SKIP}+ times in a row)` : "");
      return this.record({ ...r, ...base, how, shareableTokens, parts: sharedSpans.map((s) => prefilled(s)), decision: why });
    }
    if (useCost && !this.remoteStore) {
      // In process, fetching is free: decide once the producers are known, before correcting
      // (corrections already done ahead cost nothing).
      let bytes = 0;
      let toCorrect = 0;
      let corrections = 0;
      for (const [s, { seg, at }] of producers) {
        bytes += segmentBytes(seg);
        if (mode !== "naive" && !sitsExactly(seg, tokens, s.start + at) && !this.precorrectedReady(this.poolKind(agent, (s.part as { id: string }).id), consumerFingerprint(parts, spans, s), seg)) {
          toCorrect += seg.tokens.length;
          corrections++;
        }
      }
      const est = this.cost.decide({
        ...this.reuseShape(spans, new Set(producers.keys()), kept, tokens.length), bytes,
        correctionWork: this.correctionWork(agent, toCorrect), corrections, remoteCorrection: this.remoteAnchors, remote: false,
      }, agentName);
      if (!est.reuse) {
        const r = await this.denseCall(agent, parts, opts, t0, log);
        // The producers are at hand: the anchors still learn from this prefill (after the answer, off its TTFT).
        await this.observe(agent, parts, spans, producers, log);
        await this.publish(agent, r, parts, log, opts.replyId);
        return this.record({ ...r, ...base, how: "prefill: cost model", shareableTokens, parts: sharedSpans.map((s) => prefilled(s)), decision: `${mode}: ${est.reason}` });
      }
      explored = est.explore;
      estimate = est.reason;
    }
    let precorrectionMs = 0;
    let precorrectedParts = 0;
    let recomputed = 0;
    const reasons: string[] = [];
    const fixed = new Map<string, Fixed>();
    /** Own text after a corrected shared part, corrected too (ownText "corrected"), by its start. */
    const ownFixed = new Map<number, KvSegment>();
    let needDense = false;
    let storedWork = 0;
    // One shallow pass per call, made when a part first needs it (kv-deviation selection).
    let pass: Promise<ProbePass> | undefined;
    const probePass = (): Promise<ProbePass> => (pass ??= this.probeOf().then((p) => p.run(parts)));
    const recompute = (mode === "anchors+recompute" || mode === "naive") && this.o.recompute !== undefined && this.o.recompute.ratio > 0;
    /** A part reused moved, uncorrected; with recompute, scored for holes like the corrected ones (no uncertainty: scored 0 by "uncertainty"). */
    const move = async (id: string, seg: KvSegment, start: number): Promise<void> => {
      if (!recompute) {
        fixed.set(id, { segs: [seg], how: "moved" });
        return;
      }
      const placed = seg.positions[0] === start ? seg : repositionSegment(seg, start, this.kernels, agent.info.rope);
      const n = placed.tokens.length;
      toPunch.push({ id, placed, tail: [], how: "moved", scores: await this.recomputeScores(new Float32Array(n), [placed], probePass, tokens) });
    };
    /** One part: its KV as the call will take it (exact, moved, corrected), or the reason it must be prefilled. */
    const fix = async (s: PartSpan, { seg, at, key, payload }: Producer): Promise<void> => {
      const id = (s.part as { id: string }).id;
      const start = s.start + at;
      if (sitsExactly(seg, tokens, start)) {
        fixed.set(id, { segs: [seg], how: "exact" });
        return;
      }
      if (mode === "naive") {
        await move(id, seg, start);
        return;
      }
      const t = performance.now();
      const kind = this.poolKind(agent, id);
      const consumer = consumerFingerprint(parts, spans, s);
      let c: Correction;
      let placed: KvSegment | undefined;
      /** Of `placed`, the tokens corrected (the broker may return the uncovered rest moved, too). */
      let covered: number | undefined;
      let content: KvTensor | undefined;
      // The own text after this part, to be corrected with it (ownText "corrected").
      const follow = this.ownText === "corrected" ? followingOf(spans, s, tokens.length) : undefined;
      let followKv: KvTensor | undefined;
      /** The following text corrected and placed already (on the GPU). */
      let followPlaced: KvSegment | undefined;
      const ready = this.takePrecorrected(kind, consumer, seg, start, follow, tokens, log);
      if (ready) {
        // Done ahead of this call; the agent moves it to `start` as naive mode moves producer KV (on the GPU: placed there already).
        c = ready.result.correction;
        placed = ready.result.segment;
        if (c.kind === "corrected") followKv = c.following;
        followPlaced = ready.following;
        precorrectionMs += ready.idleMs;
        if (ready.done) precorrectedParts++;
        // Its steps' time by phase (in idle time and, when unfinished, on this path: onPathMs).
        addProfile(log, "correct.ahead.", { ...ready.result.phases, onPathMs: ready.takeMs });
      } else {
        try {
          if (this.stored && key) {
            // The broker holds the segment: it corrects it by key and places it at `start`.
            const r = await (batch?.get(s) ?? this.stored.corrector.correctStored(kind, consumer, seg, key, start, agent.info.rope, (this.o.uncovered ?? "naive") === "naive", follow !== undefined));
            c = r.correction;
            placed = r.segment;
            covered = r.covered;
            followKv = r.following;
            if (r.ahead) precorrectedParts++;
            else storedWork += this.correctionWork(agent, seg.tokens.length);
          } else {
            // On the GPU when it can (the following text there too).
            const dev = this.deviceCorrect(kind, consumer, seg, start, agent, arena, log, follow && { like: followLike(seg, tokens, follow), start: follow.start });
            // The K/V split does not carry following text: with it, the correction runs here.
            const two = dev === undefined && this.twoThreads && this.anchors instanceof AnchorService && !follow
              ? await this.twoThreads.correct(this.anchors, kind, consumer, seg, start, this.kernels, agent.info.rope)
              : undefined;
            if (dev) {
              c = dev.correction;
              placed = dev.segment;
              if (dev.following && follow) followPlaced = dev.following;
            } else if (two?.kind === "prefill") c = two;
            else if (two) {
              c = two.correction;
              placed = two.segment;
              addProfile(log, "correct.twoThreads.", two.stages);
              (this.anchors as AnchorService).activate(kind, two.correction.decision.selected);
            } else {
              const th = performance.now();
              content = this.contentTensors.get(contentIdOf(seg)) ?? segmentToTensor(seg, this.kernels, agent.info.rope, 0);
              const te = performance.now();
              c = await this.anchors!.correct(kind, consumer, content, { following: follow !== undefined });
              if (c.kind === "corrected") followKv = c.following;
              addProfile(log, "correct.host.", { tensorMs: te - th, estimateMs: performance.now() - te });
            }
          }
        } catch (e) {
          this.fail(log, `${agentName}: anchors failed for ${id}`, e);
          c = { kind: "prefill", reason: `anchors unavailable: ${e instanceof Error ? e.name : String(e)}` };
        }
      }
      if (c.kind === "prefill") {
        reasons.push(`${kind}: ${c.reason}`);
        // Served moved instead (its KV is here), or the call is prefilled and teaches the anchors.
        if ((this.o.onRefusal ?? "prefill") === "moved" && payload) await move(id, seg, start);
        else needDense = true;
        return;
      }
      if (!placed) {
        const tp = performance.now();
        placed = tensorToSegment(c.kv, seg, start, this.kernels, agent.info.rope, true);
        addProfile(log, "correct.host.", { placeMs: performance.now() - tp });
      }
      const n = covered ?? placed.tokens.length;
      if (follow && followPlaced) ownFixed.set(follow.start, followPlaced);
      else if (follow && followKv && followKv.nTokens === follow.end - follow.start && followKv.nLayer === seg.nLayer) {
        // Placed at its final positions (keys rotated from frame 0), like the part before it.
        ownFixed.set(follow.start, tensorToSegment(followKv, followLike(seg, tokens, follow), follow.start, this.kernels, agent.info.rope, true));
      }
      // Tokens past what the anchors cover: moved uncorrected (default; the broker may have sent them
      // with the correction already), or prefilled (uncovered: "prefill").
      const tail = payload && placed.tokens.length < seg.tokens.length && (this.o.uncovered ?? "naive") === "naive" ? [repositionSegment(sliceSegment(seg, n, seg.tokens.length), start + n, this.kernels, agent.info.rope)] : [];
      const moved = tail.length > 0 ? tail[0].tokens.length : placed.tokens.length - n;
      // Pieces in an array must sit at their final positions already.
      if ((recompute || tail.length > 0) && placed.positions[0] !== start) placed = repositionSegment(placed, start, this.kernels, agent.info.rope);
      if (content) this.cost.observeCorrection(content.nTokens * (content.rowK + content.rowV) * Math.max(0, content.nLayer - 1) * Math.max(1, c.anchorIds.length), performance.now() - t, this.remoteAnchors);
      if (recompute) {
        // Holes anywhere in the part, the tokens past the anchors' cover too (moved, uncorrected:
        // leaving them out kept recompute from the tokens that needed it most when documents
        // are longer than the anchors). Their uncertainty is unknown: scored as the most
        // uncertain corrected token. Holes are punched once every part is scored (the budget may be the call's).
        const all = placed.tokens.length + (tail[0]?.tokens.length ?? 0);
        const uncertainty = new Float32Array(all);
        uncertainty.set(c.uncertainty.subarray(0, n));
        uncertainty.fill(c.uncertainty.subarray(0, n).reduce((a, x) => Math.max(a, x), 0), n);
        toPunch.push({ id, placed, tail, moved, how: "corrected", scores: await this.recomputeScores(uncertainty, [placed, ...tail], probePass, tokens) });
      } else fixed.set(id, { segs: [placed, ...tail], how: "corrected", moved });
    };
    const toPunch: { id: string; placed: KvSegment; tail: KvSegment[]; moved?: number; how: "moved" | "corrected"; scores: Float32Array }[] = [];
    const tc = performance.now();
    // The broker corrects every part this call needs from it in one round trip.
    let batch: Map<PartSpan, Promise<StoredAnswer>> | undefined;
    if (this.stored && mode !== "naive") {
      const want: [PartSpan, StoredPart][] = [];
      for (const [s, p] of producers) {
        if (!p.key || sitsExactly(p.seg, tokens, s.start + p.at)) continue;
        want.push([s, {
          kind: this.poolKind(agent, (s.part as { id: string }).id), consumer: consumerFingerprint(parts, spans, s), seg: p.seg, keyDigest: p.key, start: s.start + p.at,
          rope: agent.info.rope, moveUncovered: (this.o.uncovered ?? "naive") === "naive", following: this.ownText === "corrected" && followingOf(spans, s, tokens.length) !== undefined,
          // Frame 0: the injection moves it to its place (natively), so the broker answers with bytes it encoded ahead.
          frame0: true,
        }]);
      }
      if (want.length > 0) {
        const all = this.stored.corrector.correctStoredBatch(want.map((w) => w[1]));
        batch = new Map(want.map(([s], i) => {
          const one = all.then((a) => a[i]);
          one.catch(() => { /* awaited (and reported) by the part's fix */ });
          return [s, one];
        }));
      }
    }
    // The broker's corrections go out together (the cost model learns what they took together);
    // in process they run one after another on this thread.
    if (this.stored) {
      await Promise.all([...producers].map(([s, p]) => fix(s, p)));
      if (storedWork > 0) this.cost.observeCorrection(storedWork, performance.now() - tc, true);
    } else for (const [s, p] of producers) await fix(s, p);
    if (toPunch.length > 0 && !needDense) {
      const ro = this.o.recompute!;
      const b = { ratio: ro.ratio, chunk: ro.chunk ?? DEFAULT_RECOMPUTE.chunk!, maxRuns: ro.maxRuns ?? DEFAULT_RECOMPUTE.maxRuns! };
      const holes = (ro.budget ?? "call") === "call" ? chooseRunsAcross(toPunch.map((x) => x.scores), b) : toPunch.map((x) => chooseRuns(x.scores, b));
      toPunch.forEach((x, i) => {
        recomputed += holes[i].reduce((a, [p, q]) => a + q - p, 0);
        fixed.set(x.id, { segs: punchPieces([x.placed, ...x.tail], holes[i]), how: x.how, moved: x.moved });
      });
    }
    log.correctionMs += performance.now() - tc;
    let probe: SessionCallResult["probe"];
    if (pass) {
      const p = await pass;
      const k = await this.probeOf();
      probe = { tokens: p.evaluatedTokens, layers: k.layers, ofLayers: k.fullLayers, ms: p.ms };
    }
    const extra = { ...base, refusals: reasons, precorrectionMs, precorrectedParts, explored, shareableTokens, ...(probe ? { probe } : {}) };
    if (needDense) {
      const r = await this.denseCall(agent, parts, opts, t0, log);
      await this.observe(agent, parts, spans, producers, log);
      await this.publish(agent, r, parts, log, opts.replyId);
      return this.record({ ...r, ...extra, how: "prefill: anchors", parts: sharedSpans.map((s) => prefilled(s)), decision: `prefill (anchors learn): ${reasons.join("; ")}` });
    }
    // Own text is taken corrected only behind a part that is injected too.
    for (const [start] of ownFixed) {
      const before = spans.find((x) => x.end === start && x.part.kind === "shared");
      if (!before || !fixed.has((before.part as { id: string }).id)) ownFixed.delete(start);
    }
    const r = await this.reuseCall(agent, parts, opts, t0, log, fixed, ownFixed);
    const guarded = r.raw.guarded;
    // After the guard the prompt's KV is exact again: the anchors learn from it as from a prefill.
    if (guarded && this.anchors) await this.observe(agent, parts, spans, producers, log);
    await this.publish(agent, r, parts, log, opts.replyId);
    const refused = reasons.length > 0 ? ` (moved, the anchors refused: ${reasons.join("; ")})` : "";
    if (guarded && guarded.step === 0 && r.fallback === undefined) {
      // No output token came from the reused KV.
      return this.record({ ...r, ...extra, how: "prefill: guard", guarded, ownCorrectedTokens: 0, parts: sharedSpans.map((s) => prefilled(s)),
        decision: `prefill (guard): near tie at the first token (margin ${guarded.margin.toFixed(4)} < ${this.o.guard!.minMargin}), ${guarded.reprefilledTokens} tokens prefilled again${refused}` });
    }
    const ownCorrected = r.fallback === undefined ? [...ownFixed.values()].reduce((a, x) => a + x.tokens.length, 0) : 0;
    // What was really injected: the agent takes every piece it is given unless it falls back.
    const uses = sharedSpans.map((s): SharedPartUse => {
      const f = fixed.get((s.part as { id: string }).id);
      const reused = r.fallback === undefined && f ? f.segs.reduce((a, x) => a + x.tokens.length, 0) : 0;
      return { id: (s.part as { id: string }).id, tokens: s.end - s.start, reused, how: reused > 0 ? f!.how : "prefilled", ...(reused > 0 && f!.moved ? { movedTokens: f!.moved } : {}) };
    });
    const reusedShared = uses.reduce((a, u) => a + u.reused, 0);
    const served = r.fallback === undefined && reusedShared > 0;
    const how: CallHow = served ? "reuse" : "fallback";
    const decision = r.fallback !== undefined ? `fallback: ${r.fallback}`
      : `${mode}: ${uses.filter((u) => u.reused > 0).length} shared parts reused` + (estimate ? ` (${estimate})` : "") + refused
        + (guarded ? `; guard: near tie at token ${guarded.step} (margin ${guarded.margin.toFixed(4)}), ${guarded.reprefilledTokens} tokens prefilled again from there` : "");
    if (served) {
      const shape = this.reuseShape(spans, new Set(producers.keys()), kept, tokens.length);
      this.learn(r, shape.injections, shape.reuseRuns.filter((x) => x > 0).length);
    }
    return this.record({ ...r, ...extra, ...(guarded ? { guarded } : {}), how, recomputedTokens: served ? recomputed : 0, servedByReuse: served, reusedSharedTokens: reusedShared, ownReusedTokens: Math.max(0, r.reusedTokens - reusedShared), ownCorrectedTokens: ownCorrected, parts: uses, decision });
  }

  /**
   * Cache-to-Cache (options.projectors): when an agent on another model
   * published the KV of this call's prompt (but its last token), this agent
   * prefills the same tokens and the broker fuses that KV into its own
   * (fuseFromBroker). Undefined when no such KV is found, or the lookup
   * failed (listed in the call's failures): the call then goes the usual way.
   */
  private async fusedCall(agent: Agent, parts: readonly PromptPart[], tokens: Int32Array, spans: readonly PartSpan[], opts: SessionGenerateOptions, t0: number, log: CallLog): Promise<SessionCallResult | undefined> {
    const c2c = this.c2c!;
    if (tokens.length < 2) return undefined;
    const head = tokens.subarray(0, tokens.length - 1);
    const receiverModel = agent.info.fingerprint;
    const tf = performance.now();
    let sharer: { readonly keyDigest: string; readonly modelFingerprint: string } | undefined;
    try {
      // The list is the one kept from connect; a failed list only loses the preference.
      const listed: readonly ProjectorInfo[] = await c2c.projectors.list().catch(() => []);
      const hasProjector = (m: string) => listed.some((p) => p.sharerModelFingerprint === m && p.receiverModelFingerprint === receiverModel);
      sharer = await findSharerPrompt(c2c.store, c2c.models.filter((m) => m !== receiverModel), head, hasProjector);
    } catch (e) {
      this.fail(log, `${agent.name}: looking up other models' KV of this prompt failed`, e);
    }
    log.fetchMs += performance.now() - tf;
    if (!sharer) return undefined;
    const tz = performance.now();
    const got = await fuseFromBroker(agent, c2c.projectors, sharer, Array.from(head));
    log.prefillMs += got.prefillMs;
    log.fuseMs = performance.now() - tz - got.prefillMs;
    if (got.kind === "prefilled" && got.error !== undefined) this.fail(log, `${agent.name}: Cache-to-Cache through the broker failed`, got.error);
    // What the sequence holds now (fused, or this agent's own prefill) is kept; only the last token is evaluated.
    const start = performance.now();
    const raw = await agent.generate(parts, { ...opts, reuse: { prefix: "held", ownCache: false } });
    const r = this.core(raw, start, t0, log);
    const fused = got.kind === "fused" && raw.fallback === undefined && raw.reusedTokens === head.length;
    const reason = got.kind === "prefilled" ? got.reason
      : raw.fallback !== undefined ? `the fused KV was not kept: ${raw.fallback}` : !fused ? `the fused KV was not kept (the sequence held ${raw.reusedTokens} of ${head.length} tokens)` : undefined;
    const fusion: CallFusion = {
      sharerModel: sharer.modelFingerprint, receiverModel, fused, tokens: head.length,
      ...(got.kind === "fused" ? { projector: { id: got.projector.projectorId, sha256: got.projector.sha256 } } : {}), ...(reason !== undefined ? { reason } : {}),
    };
    const sharedSpans = spans.filter((s) => s.part.kind === "shared");
    const base = {
      agentName: agent.name, mode: this.o.mode, sharedTokens: sharedSpans.reduce((a, s) => a + s.end - s.start, 0), ownText: this.ownText,
      precorrectionMs: 0, precorrectedParts: 0, recomputedTokens: 0, explored: false, refusals: [] as string[], shareableTokens: 0, fusion,
    };
    if (!fused) {
      // A full prefill of this agent's own: its KV is exact, published as any prefill's is.
      await this.publish(agent, r, parts, log, opts.replyId);
      return this.record({ ...r, ...base, how: "fallback", reusedTokens: 0, ownReusedTokens: 0, fallback: `Cache-to-Cache: ${reason!}`, parts: sharedSpans.map((s) => prefilled(s)), decision: `fallback: Cache-to-Cache: ${reason!}; full prefill` });
    }
    // Fused KV is no model's own prefill: nothing of this call is published, and no prefill was saved (reusedTokens 0).
    return this.record({
      ...r, ...base, how: "fused", servedByReuse: true, reusedTokens: 0, ownReusedTokens: 0, reusedSharedTokens: 0,
      parts: sharedSpans.map((s): SharedPartUse => ({ id: (s.part as { id: string }).id, tokens: s.end - s.start, reused: 0, how: "fused" })),
      decision: `${this.o.mode}: Cache-to-Cache: ${head.length} prompt tokens prefilled and fused with model ${sharer.modelFingerprint}'s KV of them by the broker's projector ${fusion.projector!.id}`,
    });
  }

  /** The anchor pool of a shared part for this agent: its kind, scoped by model for agents not on the session's model. */
  private poolKind(agent: Agent, id: string): string {
    const kind = kindOf(id);
    return agent.info.fingerprint === this.encoder.info.fingerprint ? kind : `${kind}@${agent.info.fingerprint}`;
  }

  /** Calls served by reuse / all calls, reused tokens / prompt tokens, reused shared tokens / shared tokens. */
  reuseStats(): { reuseRate: number; tokenReuseRate: number; sharedTokenReuseRate: number; calls: number } {
    const n = this.calls.length;
    const served = this.calls.filter((c) => c.servedByReuse).length;
    const reused = this.calls.reduce((a, c) => a + c.reusedTokens, 0);
    const prompt = this.calls.reduce((a, c) => a + c.promptTokens, 0);
    const sharedReused = this.calls.reduce((a, c) => a + c.reusedSharedTokens, 0);
    const shared = this.calls.reduce((a, c) => a + c.sharedTokens, 0);
    return { reuseRate: n ? served / n : 0, tokenReuseRate: prompt ? reused / prompt : 0, sharedTokenReuseRate: shared ? sharedReused / shared : 0, calls: n };
  }

  /** Corrections on the GPU: the device, and the work done off the calls' paths (uploads at publish, anchor mirroring); undefined when they run on the host. */
  deviceStats(): { device: string; prefetched: number; prefetchMs: number; mirrorUploads: number; mirrorUploadMs: number; mirrorBytes: number } | undefined {
    const d = this.device;
    if (!d) return undefined;
    return { device: d.deviceName, prefetched: d.prefetched, prefetchMs: d.prefetchMs, mirrorUploads: d.mirror.uploads, mirrorUploadMs: d.mirror.uploadMs, mirrorBytes: d.mirror.bytes };
  }

  /** Idle-time correction work so far (ms) and jobs dropped unused or failed. */
  precorrectionStats(): { idleMs: number; held: number; dropped: number; failed: number } {
    return { idleMs: this.ahead?.idleMs ?? 0, held: this.ahead?.size ?? 0, dropped: this.ahead?.dropped ?? 0, failed: this.ahead?.failed ?? 0 };
  }

  /** Resolves when the corrections queued ahead are all computed (for tests and benchmarks that want them done). */
  async precorrectionSettled(): Promise<void> {
    await this.ahead?.settled();
  }

  async dispose(): Promise<void> {
    this.ahead?.dispose();
    this.twoThreads?.dispose();
    this.device?.dispose();
    this.contentTensors.clear();
    for (const a of this.agents.values()) await a.dispose();
    this.agents.clear();
    await this.encoder.dispose();
    for (const m of this.otherModels.values()) await (await m.catch(() => undefined))?.dispose();
    this.otherModels.clear();
    this.ownsAnchors?.dispose();
    if (this.probe) await (await this.probe.catch(() => undefined))?.dispose();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.dispose();
  }

  // --- internals -------------------------------------------------------------

  private record(r: SessionCallResult & { raw?: unknown }): SessionCallResult {
    const { raw: _raw, ...call } = r;
    this.calls.push(call);
    this.o.log?.(`${call.agentName} [${call.mode}] ttft ${call.ttftMs.toFixed(1)} ms, reused ${call.reusedTokens}/${call.promptTokens} (shared ${call.reusedSharedTokens}/${call.sharedTokens}), correction ${call.correctionMs.toFixed(1)} ms: ${call.decision}` +
      (call.failures.length ? ` [failures: ${call.failures.join("; ")}]` : ""));
    return call;
  }

  private fail(log: CallLog, what: string, e: unknown): void {
    this.sourceFailures++;
    const line = `${what}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
    log.failures.push(line);
    this.o.log?.(line);
  }

  /** A dense call with the sequence's own best caching: what it holds of the prompt's prefix is kept. */
  private async denseCall(agent: Agent, parts: readonly PromptPart[], opts: GenerateOptions, t0: number, log: CallLog): Promise<Call> {
    const start = performance.now();
    const raw = await agent.generate(parts, { ...opts, reuse: DENSE_REUSE });
    const r = this.core(raw, start, t0, log);
    this.learn(r, 0, 1);
    return r;
  }

  /** A call whose shared parts come from `fixed` (none: only the agent's own reuse). */
  private async reuseCall(agent: Agent, parts: readonly PromptPart[], opts: GenerateOptions, t0: number, log: CallLog, fixed: ReadonlyMap<string, Fixed>, ownPieces?: ReadonlyMap<number, KvSegment>): Promise<Call> {
    const source: SegmentSource = { find: async (req) => { const f = fixed.get(req.id); return f ? (f.segs.length > 1 ? f.segs : f.segs[0]) : undefined; } };
    const start = performance.now();
    const raw = await agent.generate(parts, { ...opts, reuse: { source, prefix: true, ownCache: this.ownText === "moved" ? "any" : true, ...(ownPieces && ownPieces.size > 0 ? { ownPieces } : {}), ...(this.o.guard ? { guard: this.o.guard } : {}) } });
    const r = this.core(raw, start, t0, log);
    // Without shared parts it is a prefill (perhaps after the agent's own prefix): learn from it here.
    if (fixed.size === 0) this.learn(r, 1, 1);
    return r;
  }

  /**
   * The cost model learns what a call measured: its injections (only when
   * KV was really injected: a cold call that reused nothing is no sample of
   * an injection), and its prefill as `runs` evaluations.
   */
  private learn(r: Call, injections: number, runs: number): void {
    if (r.fallback !== undefined) return;
    const st = r.stages;
    if (st.injectBytes > 0) this.cost.observeInjection(st.injectBytes, injections, st.injectMs + st.repositionMs);
    this.cost.observePrefill(Math.max(1, r.promptTokens - r.reusedTokens), st.prefillMs, Math.max(1, runs));
  }

  /** The agent's result counted from the session's call (`t0`), its TTFT split into stages that add up. */
  private core(raw: AgentGenerateResult, start: number, t0: number, log: CallLog): Call {
    const lead = start - t0; // the session's work before the agent's: fetches, encoding, corrections, deciding
    const ttftMs = raw.ttftMs + lead;
    const a = raw.stages;
    const fetchMs = log.fetchMs + a.fetchMs;
    const prefillMs = log.prefillMs + a.suffixMs;
    const otherMs = Math.max(0, ttftMs - fetchMs - log.encodeMs - log.correctionMs - a.repositionMs - a.injectMs - prefillMs - (log.fuseMs ?? 0));
    return {
      raw, text: raw.text, ttftMs, totalMs: raw.totalMs + lead, promptTokens: raw.promptTokens, reusedTokens: raw.reusedTokens, outputTokens: raw.outputTokens,
      stages: {
        path: a.path, fetchMs, encodeMs: log.encodeMs, correctionMs: log.correctionMs, repositionMs: a.repositionMs, injectMs: a.injectMs, injectBytes: a.injectBytes, prefillMs,
        ...(log.fuseMs !== undefined ? { fuseMs: log.fuseMs } : {}), otherMs,
      },
      correctionMs: log.correctionMs, fallback: raw.fallback, failures: log.failures, profile: { ...log.profile, "fetch.checkMs": a.checkMs },
      servedByReuse: false, reusedSharedTokens: 0, ownReusedTokens: raw.fallback === undefined ? raw.reusedTokens : 0, ownCorrectedTokens: 0,
    };
  }

  /**
   * What a reuse call of this prompt would evaluate: the runs of tokens
   * between reused parts (own text too, unless the policy moves it) and the
   * last token, and how many injections the reused parts take.
   */
  private reuseShape(spans: readonly PartSpan[], reused: ReadonlySet<PartSpan>, kept: number, n: number): { denseTokens: number; reuseRuns: number[]; injections: number } {
    const runs: number[] = [];
    let run = 0;
    let injections = 0;
    let inPieces = false;
    spans.forEach((s, i) => {
      if (s.end <= kept) return;
      const isReused = reused.has(s) || (this.ownText === "moved" && s.part.kind === "own" && i > 0)
        || (this.ownText === "corrected" && this.o.mode !== "naive" && s.part.kind === "own" && i > 0 && reused.has(spans[i - 1]));
      if (isReused) {
        if (run > 0) runs.push(run);
        run = 0;
        if (!inPieces) injections++;
        inPieces = true;
      } else {
        run += s.end - Math.max(s.start, kept);
        inPieces = false;
      }
    });
    runs.push(Math.max(1, run)); // the last prompt token is always evaluated
    return { denseTokens: Math.max(1, n - kept), reuseRuns: runs, injections };
  }

  /**
   * The KV that produced a shared part: a published reply, or the encoder's
   * encoding of a user input. With `byKey`, a segment in the broker is only
   * located (its manifest and key), not fetched.
   */
  private async producerOf(agent: Agent, tokens: Int32Array, s: PartSpan, log: CallLog, byKey = false): Promise<Producer | undefined> {
    const id = (s.part as { id: string }).id;
    const partTokens = tokens.subarray(s.start, s.end);
    const req = { id, tokens: partTokens, start: s.start, context: contextDigest(tokens.subarray(0, s.start)), modelFingerprint: agent.info.fingerprint };
    const at = (seg: KvSegment) => indexOfTokens(partTokens, seg.tokens);
    if (byKey && this.stored) {
      const mine = this.directory.get(id);
      if (mine && mine.seg.modelFingerprint === agent.info.fingerprint && at(mine.seg) >= 0) return { seg: mine.seg, at: at(mine.seg), key: mine.key, payload: false };
      const where = await this.stored.store.locate(req);
      if (where) {
        const seg = headerOf(where.manifest);
        checkHeader(seg, agent);
        return at(seg) >= 0 ? { seg, at: at(seg), key: where.keyDigest, payload: false } : undefined;
      }
    } else {
      const found = await this.store.find(req);
      if (Array.isArray(found)) return undefined;
      if (found) {
        const seg = found as KvSegment;
        // Checked here too: it is converted and corrected before the agent's own checks see it.
        validateSegment(seg, { fingerprint: agent.info.fingerprint, profile: agent.profile, checkValues: false });
        // Values once per segment object: a cached segment reused on every call is not scanned again.
        const ts = performance.now();
        checkSegmentValues(seg);
        log.profile["fetch.scanMs"] = (log.profile["fetch.scanMs"] ?? 0) + performance.now() - ts;
        const key = this.stored?.store.keyOf(seg).digest;
        return at(seg) >= 0 ? { seg, at: at(seg), key, payload: true } : undefined;
      }
    }
    if (kindOf(id).startsWith("reply:")) return undefined; // replies come only from their producer
    if ((this.o.inputs ?? "first-reader") === "first-reader") return undefined; // this call reads it first and publishes it
    if (agent.info.fingerprint !== this.encoder.info.fingerprint) return undefined; // the encoder runs the session's model, not this agent's
    // A user input seen for the first time: encode it once, alone, for every agent to share.
    // This is on the path of the call that needs it first (its stages.encodeMs).
    const t = performance.now();
    const r = await this.encoder.generate([own(""), { kind: "shared", id, text: s.part.text }], { maxTokens: 1 });
    const seg = (await this.encoder.cut(r.spans[1].start, r.spans[1].end)).segment;
    await this.store.publish(id, seg);
    const ms = performance.now() - t;
    this.encodeMs += ms;
    log.encodeMs += ms;
    const key = this.stored?.store.keyOf(seg).digest;
    return at(seg) >= 0 ? { seg, at: at(seg), key, payload: true } : undefined;
  }

  /** After a dense call: the real KV of each shared part teaches its anchor pool (best effort; failures listed). */
  private async observe(agent: Agent, parts: readonly PromptPart[], spans: readonly PartSpan[], producers: ReadonlyMap<PartSpan, Producer>, log: CallLog): Promise<void> {
    if (!this.anchors) return;
    const nTokens = spans.length > 0 ? spans[spans.length - 1].end : 0;
    for (const [s, { seg, at, key }] of producers) {
      const id = (s.part as { id: string }).id;
      const start = s.start + at;
      try {
        const real = (await agent.cut(start, start + seg.tokens.length)).segment;
        const consumer = consumerFingerprint(parts, spans, s);
        const realT = segmentToTensor(real, this.kernels, agent.info.rope, 0);
        // The own text after the part, as this dense call computed it (frame 0): what "corrected" own text learns from.
        const follow = this.ownText === "corrected" ? followingOf(spans, s, nTokens) : undefined;
        const followT = follow ? segmentToTensor((await agent.cut(follow.start, follow.end)).segment, this.kernels, agent.info.rope, 0) : undefined;
        const kind = this.poolKind(agent, id);
        if (this.stored && key) await this.stored.corrector.observeStored(kind, consumer, contentIdOf(seg), key, agent.info.rope, realT, followT);
        else await this.anchors.observe(kind, consumer, contentIdOf(seg), segmentToTensor(seg, this.kernels, agent.info.rope, 0), realT, followT);
      } catch (e) {
        this.fail(log, `${agent.name}: anchors could not learn from ${id}`, e);
      }
    }
    if (this.device && this.anchors instanceof AnchorService) {
      try {
        // What the anchors learned goes to the GPU now (after the answer), not on a later call's path.
        this.device.syncAnchors(this.anchors);
      } catch (e) {
        this.fail(log, `${agent.name}: mirroring the anchors on the GPU failed`, e);
      }
    }
  }

  /** Publishes the agent's reply (and the inputs it read first) for the agents after it. */
  private async publish(agent: Agent, r: Call, parts: readonly PromptPart[], log: CallLog, replyId?: string): Promise<void> {
    const scope = scopeOf(parts);
    const role = agent.name.slice(agent.name.lastIndexOf("/") + 1);
    // User inputs this agent read first (first-reader mode) are published from its context.
    const firstReads = (this.o.inputs ?? "first-reader") === "first-reader";
    const published: [string, KvSegment][] = [];
    try {
      await agent.publish(r.raw, this.sinkInto(published), {
        replyId: replyId ?? `${scope}reply:${role}`,
        skip: (id) => !firstReads || this.published.has(publishedKey(agent, id)) || kindOf(id).startsWith("reply:"),
      });
      for (const p of parts) if (p.kind === "shared") this.published.add(publishedKey(agent, p.id));
    } catch (e) {
      // Publishing is best effort: later agents then prefill what is missing.
      this.fail(log, `${agent.name}: publish failed`, e);
    }
    if (this.c2c) await this.publishPrompt(agent, r, log);
    await this.afterPublish(agent, published, log);
  }

  /**
   * The KV of the call's prompt but its last token, for agents on other
   * models (Cache-to-Cache), when it is this model's own prefill: what the
   * projectors were trained on. Best effort, like every publication.
   */
  private async publishPrompt(agent: Agent, r: Call, log: CallLog): Promise<void> {
    const n = r.promptTokens - 1;
    if (n < 1 || r.fallback !== undefined) return;
    try {
      const { segment, exact } = await agent.cut(0, n);
      if (exact) await this.c2c!.store.publish(PROMPT_SEGMENT_ID, segment);
    } catch (e) {
      this.fail(log, `${agent.name}: publishing the prompt's KV for other models failed`, e);
    }
  }

  /**
   * The user inputs a call reads first (first-reader mode), published as soon
   * as its first token is known instead of after its answer: the corrections
   * for their consumers are then computed ahead while it generates.
   */
  private async publishInputs(agent: Agent, spans: readonly PartSpan[], log: CallLog): Promise<void> {
    if ((this.o.inputs ?? "first-reader") !== "first-reader") return;
    const published: [string, KvSegment][] = [];
    try {
      await agent.publishParts(spans, this.sinkInto(published), (id) => this.published.has(publishedKey(agent, id)) || kindOf(id).startsWith("reply:"));
      for (const [id] of published) this.published.add(publishedKey(agent, id));
    } catch (e) {
      this.fail(log, `${agent.name}: publish failed`, e);
    }
    await this.afterPublish(agent, published, log);
  }

  /** A sink into the store that lists what it published (and, with a broker, remembers its key). */
  private sinkInto(published: [string, KvSegment][]): SegmentSink {
    return {
      publish: async (id, seg) => {
        await this.store.publish(id, seg);
        published.push([id, seg]);
        if (this.stored) {
          this.directory.delete(id);
          this.directory.set(id, { key: this.stored.store.keyOf(seg).digest, seg: { ...seg, k: [], v: [] } });
          while (this.directory.size > DIRECTORY_MAX) this.directory.delete(this.directory.keys().next().value as string);
        }
      },
    };
  }

  /** Corrections ahead of the consumers of what was just published (in the broker, or in idle time here). */
  private async afterPublish(agent: Agent, published: readonly [string, KvSegment][], log: CallLog): Promise<void> {
    for (const [id, seg] of published) {
      if (this.device) this.layouts.published(id, seg.tokens.length);
      if (this.o.reuseKinds && !this.o.reuseKinds(kindOf(id))) continue;
      if (this.stored && (this.o.precorrect ?? true)) {
        // The broker corrects it for the consumers its pool knows, in its own process.
        try {
          await this.stored.corrector.correctAhead(this.poolKind(agent, id), this.stored.store.keyOf(seg).digest, agent.info.rope);
        } catch (e) {
          this.fail(log, `${agent.name}: correct-ahead of ${id} failed`, e);
        }
      } else {
        this.schedulePrecorrection(this.poolKind(agent, id), seg, id, agent.info.rope);
        try {
          // To the device now (after this call's answer), so that later corrections find it there.
          this.device?.prefetch(seg);
        } catch (e) {
          this.fail(log, `${agent.name}: uploading ${id} to the GPU failed`, e);
        }
      }
    }
  }

  /**
   * A correction on the GPU; undefined when that path does not apply here
   * (said in the profile and the log) or failed (listed), and the host corrects.
   */
  private deviceCorrect(kind: string, consumer: string, seg: KvSegment, start: number, agent: Agent, arena: PinnedArena | undefined, log: CallLog, following: FollowingText | undefined): { correction: Correction; segment: KvSegment | undefined; following?: KvSegment } | undefined {
    if (!this.device || !arena || !(this.anchors instanceof AnchorService)) return undefined;
    try {
      const r = this.device.correct(this.anchors, kind, consumer, seg, start, agent.info.rope, arena, { following });
      if (r.kind === "host") {
        addProfile(log, "correct.device.", { toHost: 1 });
        this.o.log?.(`${agent.name}: ${kind} corrected on the host: ${r.reason}`);
        return undefined;
      }
      if (r.kind === "prefill") return { correction: r, segment: undefined };
      addProfile(log, "correct.device.", r.stages);
      this.anchors.activate(kind, r.correction.decision.selected);
      return { correction: r.correction, segment: r.segment, ...(r.following ? { following: r.following } : {}) };
    } catch (e) {
      this.fail(log, `${agent.name}: correction on the GPU failed, corrected on the host`, e);
      return undefined;
    }
  }

  /**
   * A user input this agent has always read first (its lookups through the
   * network found nothing, MISSES_BEFORE_SKIP times in a row) is not looked
   * up again, but for every PROBE_EVERY-th call: a lookup costs a round trip
   * on the call's path. Only for remote stores, user inputs in first-reader
   * mode, and ids this session did not publish itself (those cost nothing).
   */
  private lookupStreak(agent: Agent, id: string): LookupStreak | undefined {
    const kind = kindOf(id);
    if (!this.remoteStore || kind.startsWith("reply:") || (this.o.inputs ?? "first-reader") !== "first-reader" || this.directory.has(id)) return undefined;
    const key = `${agent.name}\0${kind}`;
    let s = this.streaks.get(key);
    if (!s) this.streaks.set(key, (s = new LookupStreak()));
    return s;
  }

  /** Corrections are calls to another process (the broker's pools), not work in this one. */
  private get remoteAnchors(): boolean {
    return this.anchors !== undefined && !(this.anchors instanceof AnchorService);
  }

  /** Elements x anchors an estimate touches for `n` tokens (two anchors typical), per thread when split. */
  private correctionWork(agent: Agent, n: number): number {
    const i = agent.info;
    const row = i.nHeadKv * (i.headDimK + i.headDimV);
    return (n * row * Math.max(0, i.nLayer - 1) * 2) / (this.twoThreads ? 2 : 1);
  }

  /** Whether a correction for this consumer and content is done ahead and still valid. */
  private precorrectedReady(kind: string, consumer: string, seg: KvSegment): boolean {
    return this.ahead?.done(`${kind}\0${consumer}\0${contentIdOf(seg)}`) ?? false;
  }

  /**
   * Queues corrections of a just-published content for every consumer its
   * pool knows. Each runs in idle time and is used only if the pool has not
   * changed since (see takePrecorrected).
   */
  private schedulePrecorrection(kind: string, seg: KvSegment, id: string, rope: Agent["info"]["rope"]): void {
    const anchors = this.anchors;
    if (!this.ahead || !(anchors instanceof AnchorService)) return;
    if (this.o.reuseKinds && !this.o.reuseKinds(kindOf(id))) return;
    if (seg.kType !== "f16" || seg.vType !== "f16") return;
    const contentId = contentIdOf(seg);
    const device = this.device;
    if (device) {
      // On the GPU, placed where the consumer's call will want it, with its following text, into memory of its own.
      for (const consumer of anchors.consumers(kind)) {
        const at = this.layouts.place(id, kind, consumer, seg.tokens.length);
        if (!at) continue;
        const following = at.follow && { like: { ...seg, tokens: at.follow.tokens, context: "" }, start: at.follow.start };
        this.ahead.add(`${kind}\0${consumer}\0${contentId}`, function* (): Generator<void, Precorrected> {
          const version = anchors.version(kind);
          // Pinned, the queue's until the call that takes it is done (or it is dropped).
          const mem = device.aheadMemory();
          let kept = false;
          try {
            const r = yield* device.correctSteps(anchors, kind, consumer, seg, at.start, rope, mem, { following });
            if (r.kind !== "corrected") return { version, correction: r.kind === "prefill" ? r : { kind: "prefill", reason: r.reason }, segment: undefined, phases: {} };
            kept = true;
            return { version, correction: r.correction, segment: r.segment, phases: { ...r.stages }, at, ...(r.following ? { following: r.following } : {}), release: mem.release };
          } finally {
            if (!kept) mem.release();
          }
        });
      }
      return;
    }
    const kernels = this.kernels;
    const tensors = this.contentTensors;
    for (const consumer of anchors.consumers(kind)) {
      this.ahead.add(`${kind}\0${consumer}\0${contentId}`, function* (): Generator<void, Precorrected> {
        const version = anchors.version(kind);
        const phases: Record<string, number> = {};
        let content = tensors.get(contentId);
        if (!content) {
          content = yield* timedSteps(segmentToTensorSteps(seg, kernels, rope, 0), phases, "tensorMs");
          remember(tensors, contentId, content);
        }
        // With the consumer's own text after the part, when the pool learned it.
        const c = yield* timedSteps(anchors.correctSteps(kind, consumer, content, { following: true }), phases, "estimateMs");
        if (c.kind === "prefill") return { version, correction: c, segment: undefined, phases };
        const segment = yield* timedSteps(tensorToSegmentSteps(c.kv, seg, 0, kernels, rope, true), phases, "placeMs");
        return { version, correction: { ...c, kv: EMPTY_TENSOR }, segment, phases };
      });
    }
  }

  /** A correction done ahead for this consumer and content, if the pool is still what it was computed against. */
  private takePrecorrected(kind: string, consumer: string, seg: KvSegment, start: number, follow: { readonly start: number; readonly end: number } | undefined, tokens: Int32Array, log: CallLog): { result: Precorrected & { segment: KvSegment }; following?: KvSegment; idleMs: number; takeMs: number; done: boolean } | undefined {
    const anchors = this.anchors;
    if (!this.ahead || !(anchors instanceof AnchorService)) return undefined;
    const key = `${kind}\0${consumer}\0${contentIdOf(seg)}`;
    // On the GPU, one not finished ahead is made on the call's path as before (finishing it here would cost the same).
    if (this.device && this.ahead.has(key) && !this.ahead.done(key)) {
      this.ahead.delete(key);
      addProfile(log, "correct.ahead.", { unfinished: 1 });
      return undefined;
    }
    const got = this.ahead.take(key);
    if (!got) return undefined;
    const r = got.result;
    if (r.release) log.releases.push(r.release); // read by this call's injection, given back after it
    if (r.version !== anchors.version(kind) || !r.segment || r.correction.kind !== "corrected") return undefined;
    const correction = r.correction as Extract<Correction, { kind: "corrected" }>;
    let following: KvSegment | undefined;
    if (r.at) {
      // Placed ahead where this consumer's last call put the part: used only where this call puts it too.
      const miss = placeMiss(r.at, start, follow && { start: follow.start, tokens: tokens.subarray(follow.start, follow.end) });
      if (miss) {
        addProfile(log, "correct.ahead.", { missed: 1 });
        this.o.log?.(`${kind}: the correction made ahead was placed ${miss}; corrected on the path`);
        return undefined;
      }
      if (r.following && follow) {
        following = { ...r.following, context: contextDigest(tokens.subarray(0, follow.start)) };
        markSegmentValuesChecked(following); // its values were checked on the device
      }
    }
    anchors.activate(kind, correction.decision.selected);
    return { result: r as Precorrected & { segment: KvSegment }, ...(following ? { following } : {}), idleMs: got.idleMs, takeMs: got.takeMs, done: got.takeMs === 0 };
  }

  /** Where this call puts each shared part, per consumer (for corrections made ahead on the GPU). */
  private noteLayouts(agent: Agent, parts: readonly PromptPart[], spans: readonly PartSpan[], tokens: Int32Array, producers: ReadonlyMap<PartSpan, Producer>): void {
    if (!this.device || !this.ahead) return;
    const before: { kind: string; tokens: number }[] = [];
    for (const s of spans) {
      if (s.part.kind !== "shared") continue;
      const p = producers.get(s);
      if (!p) return; // later parts' positions depend on it
      const kind = this.poolKind(agent, s.part.id);
      const start = s.start + p.at;
      const f = followingOf(spans, s, tokens.length);
      const end = start + p.seg.tokens.length;
      this.layouts.note(kind, consumerFingerprint(parts, spans, s), { start, tokens: p.seg.tokens.length, before: [...before], ...(f ? { follow: { gap: f.start - end, tokens: tokens.slice(f.start, f.end) } } : {}) });
      before.push({ kind, tokens: p.seg.tokens.length });
    }
  }

  /** Per-token scores of the recompute selection rule for a part's first `n` reused tokens (`placed` at its final positions). */
  /** Scores of a part's tokens for recompute: `pieces` are its KV at consecutive positions, `uncertainty` one value per token. */
  private async recomputeScores(uncertainty: Float32Array, pieces: readonly KvSegment[], pass: () => Promise<ProbePass>, prompt: Int32Array): Promise<Float32Array> {
    const sel = this.o.recompute!.selection;
    const start = pieces[0].positions[0];
    const n = pieces.reduce((a, x) => a + x.tokens.length, 0);
    if (sel === "overlap") return overlapScores(prompt, start, start + n);
    if (sel === "uncertainty") return uncertainty;
    if (sel === "random") return randomScores(n, () => this.nextRandom());
    if (sel === "boundary") return boundaryScores(n);
    // kv-deviation: the reused K/V of the check layer against the shallow pass's, same positions.
    const p = await pass();
    const l = (await this.probeOf()).checkLayer;
    const out = new Float32Array(n);
    let at = 0;
    for (const seg of pieces) {
      const m = seg.tokens.length;
      const from = seg.positions[0];
      const fresh = await p.cut(from, from + m);
      const f32 = (b: Uint8Array, row: number) => this.kernels.f16ToF32(halves(b, m * row));
      out.set(kvDeviation(f32(seg.k[l], seg.rowK), f32(seg.v[l], seg.rowV), f32(fresh.k[l], fresh.rowK), f32(fresh.v[l], fresh.rowV), m, seg.rowK, seg.rowV), at);
      at += m;
    }
    return out;
  }

  private probeOf(): Promise<KvProbe> {
    this.probe ??= KvProbe.create({ modelPath: this.o.modelPath, layers: this.o.recompute?.probeLayers, threads: this.o.threads, contextSize: this.o.contextSize, kernels: this.o.kernels });
    return this.probe;
  }

  private nextRandom(): number {
    return this.rng() / 2 ** 32;
  }
}

/** A correction computed ahead: the pool version it used, and the corrected span in frame 0 (f16). */
interface Precorrected {
  readonly version: number;
  readonly correction: Correction;
  readonly segment: KvSegment | undefined;
  /** On the GPU: where `segment` (and `following`, the consumer's own text after it) were placed. */
  readonly at?: PartPlace;
  readonly following?: KvSegment;
  /** Gives their pinned memory back (when the call that took them is done, or they are dropped). */
  readonly release?: () => void;
  /** ms of its steps by phase: the content to f32 frame 0 (tensorMs), the estimate, placing it back to f16 (placeMs). */
  readonly phases: Readonly<Record<string, number>>;
}

/** `g`'s steps, each timed into `into[key]` (only the steps themselves, not what runs between them). */
function* timedSteps<T>(g: Generator<void, T>, into: Record<string, number>, key: string): Generator<void, T> {
  for (;;) {
    const t = performance.now();
    const r = g.next();
    into[key] = (into[key] ?? 0) + performance.now() - t;
    if (r.done) return r.value;
    yield;
  }
}

const MISSES_BEFORE_SKIP = 2;
const PROBE_EVERY = 8;

/** Remote lookups of one user input by one agent: misses in a row, and skips since the last probe. */
class LookupStreak {
  private misses = 0;
  private skips = 0;

  /** Whether to skip this lookup (true) or probe (false). */
  skip(): boolean {
    if (this.misses < MISSES_BEFORE_SKIP) return false;
    if (++this.skips % PROBE_EVERY === 0) return false;
    return true;
  }

  saw(found: boolean): void {
    if (found) {
      this.misses = 0;
      this.skips = 0;
    } else this.misses++;
  }
}

/** Own publications remembered for lookups without a round trip (recent ones; older ones are looked up). */
const DIRECTORY_MAX = 64;

const EMPTY_TENSOR: KvTensor = { nLayer: 0, nTokens: 0, rowK: 0, rowV: 0, k: [], v: [] };

/** A shared part's KV as the call will take it: one segment (moved by the agent if needed) or pieces at their final positions. */
interface Fixed {
  readonly segs: KvSegment[];
  readonly how: SharedPartUse["how"];
  /** Tokens moved uncorrected past what the anchors cover. */
  readonly moved?: number;
}

/** A call's result before it is classified; `raw` is the agent's result (for publishing). */
type Call = Omit<SessionCallResult, "agentName" | "mode" | "how" | "sharedTokens" | "shareableTokens" | "ownText" | "parts" | "precorrectionMs" | "precorrectedParts" | "recomputedTokens" | "decision" | "explored" | "refusals"> & {
  readonly raw: AgentGenerateResult;
};

/** A segment's manifest as a KvSegment without its KV (for a part the broker corrects by key). */
function headerOf(m: WireManifest): KvSegment {
  return {
    modelFingerprint: m.modelFingerprint, kType: m.kType as KvSegment["kType"], vType: m.vType as KvSegment["vType"], nLayer: m.nLayer, rowK: m.rowK, rowV: m.rowV,
    tokens: Int32Array.from(m.tokens), positions: Int32Array.from(m.positions), context: m.contextDigest, k: [], v: [],
  };
}

/** What validateSegment checks that a manifest can show (the KV itself is checked when it arrives). */
function checkHeader(seg: KvSegment, agent: Agent): void {
  if (seg.nLayer !== agent.profile.nLayer) throw new SegmentMismatchError("n_layer", `segment has ${seg.nLayer} layers, context ${agent.profile.nLayer}`);
  // The rest of validateSegment's checks (model, types, rows, tokens, positions) on a layerless copy.
  validateSegment({ ...seg, nLayer: 0, k: [], v: [] }, { fingerprint: agent.info.fingerprint, profile: { ...agent.profile, nLayer: 0 }, checkValues: false });
}

function prefilled(s: PartSpan): SharedPartUse {
  return { id: (s.part as { id: string }).id, tokens: s.end - s.start, reused: 0, how: "prefilled" };
}

/** What a call keeps of the sequence's prefix: the exact match, up to the first shared part (what follows may be inexact). */
function keptPrefix(agent: Agent, tokens: Int32Array, spans: readonly PartSpan[]): number {
  const held = agent.sequence.compareContextTokens(Array.from(tokens) as Token[]).firstDifferentIndex;
  const firstShared = spans.find((s) => s.part.kind === "shared");
  return Math.max(0, Math.min(held, tokens.length - 1, firstShared ? firstShared.start : tokens.length));
}

/** The producer computed this KV behind the same tokens at the same positions: reuse needs no correction. */
function sitsExactly(seg: KvSegment, tokens: Int32Array, start: number): boolean {
  return seg.positions[0] === start && seg.context === contextDigest(tokens.subarray(0, start));
}

/** f16 KV bytes per token of the agent's model. */
function kvBytesPerToken(agent: Agent): number {
  const i = agent.info;
  return 2 * i.nLayer * i.nHeadKv * (i.headDimK + i.headDimV);
}

/** Names one content as produced (its producer's model, context and tokens): what anchors and precorrections key on. */
function contentIdOf(seg: KvSegment): string {
  return createHash("sha256").update(seg.modelFingerprint).update(seg.context).update(Buffer.from(seg.tokens.buffer, seg.tokens.byteOffset, seg.tokens.byteLength)).digest("hex").slice(0, 32);
}

/** Keeps the few most recent frame-0 content tensors (they are large). */
function remember(m: Map<string, KvTensor>, key: string, t: KvTensor): void {
  m.delete(key);
  m.set(key, t);
  while (m.size > 4) m.delete(m.keys().next().value as string);
}

/** What `published` holds for a part id published by an agent of this model. */
function publishedKey(agent: Agent, id: string): string {
  return `${agent.info.fingerprint}\0${id}`;
}

/** A placeholder kind: the part id without its instance scope ("rag:1000:3#5/question" -> "question"). */
export function kindOf(id: string): string {
  return id.slice(id.lastIndexOf("/") + 1);
}

function scopeOf(parts: readonly PromptPart[]): string {
  const s = parts.find((p) => p.kind === "shared") as { id: string } | undefined;
  return s ? s.id.slice(0, s.id.lastIndexOf("/") + 1) : "";
}

/**
 * Who is consuming, as anchors see it: the consumer's prompt structure before
 * the part (its own texts verbatim, shared parts by kind), not an agent id.
 */
export function consumerFingerprint(parts: readonly PromptPart[], spans: readonly PartSpan[], span: PartSpan): string {
  const h = createHash("sha256").update("kvmesh.consumer.v2\0");
  const i = spans.indexOf(span);
  for (const s of spans.slice(0, Math.max(0, i))) {
    h.update(s.part.kind === "own" ? `o:${s.part.text}` : `s:${kindOf(s.part.id)}`);
    h.update("\0");
  }
  // And the own text right after the part: the anchors learn its correction too (ownText "corrected").
  const next = spans[i + 1];
  h.update(next && next.part.kind === "own" ? `f:${next.part.text}` : "f:");
  void parts;
  return h.digest("hex").slice(0, 32);
}

/**
 * The own text right after a shared part, as a reuse would take it: the
 * whole own part, or, for the prompt's last part, all but the last prompt
 * token (always evaluated, for the first token's logits). Undefined when
 * there is none.
 */
export function followingOf(spans: readonly PartSpan[], span: PartSpan, nTokens: number): { readonly start: number; readonly end: number } | undefined {
  const next = spans[spans.indexOf(span) + 1];
  if (!next || next.part.kind !== "own") return undefined;
  const end = Math.min(next.end, nTokens - 1);
  return end > next.start ? { start: next.start, end } : undefined;
}

/** The segment without the token runs in `holes` (relative to its start): pieces at final positions. */

/** The own text after a part as a segment to be: its tokens and the context before it (the producer's shape). */
function followLike(seg: KvSegment, tokens: Int32Array, follow: { readonly start: number; readonly end: number }): KvSegment {
  return { ...seg, tokens: tokens.slice(follow.start, follow.end), context: contextDigest(tokens.subarray(0, follow.start)) };
}
