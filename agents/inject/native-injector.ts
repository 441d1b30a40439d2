/**
 * The native path: reused KV goes into llama.cpp in memory. The native bridge
 * reads back the prefix the sequence keeps, assembles the new sequence's KV
 * from it and the pieces (rotating moved keys while copying them) and hands
 * it to llama_state_seq_set_data once. No state file, and no pass over the
 * whole state in JavaScript.
 *
 * It reaches node-llama-cpp internals (the context's wrapped AddonContext, the
 * sequence's bookkeeping and its locks), so it is pinned to node-llama-cpp
 * 3.21.1 (native-addon.ts), proves the layout when it attaches
 * (kv-bridge.cc) and updates the bookkeeping exactly as
 * LlamaContextSequence.loadStateFromFile does, under the same two locks.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { LlamaContext, LlamaContextSequence, LlamaModel } from "node-llama-cpp";
import type { RopeParams } from "../../kernels/backend.js";
import { ropeCosSin } from "../../kernels/rope.js";
import type { ContextProfile } from "../../segments/context-profile.js";
import { SegmentContentError, UnsupportedOperationError } from "../../segments/errors.js";
import type { KvSegment } from "../../segments/kv-segment.js";
import { GGML_TYPE_ID, kvTypeBytes } from "../../segments/kv-type.js";
import { NativeInjectionError, NativeUnavailableError } from "./errors.js";
import type { InjectPiece, InjectReport, KvInjector, KvSnapshot } from "./kv-injector.js";
import { requireNative, type NativeBridge, type NativeLayout, type NativePieceDesc } from "./native-addon.js";

export interface NativeInjectorOptions {
  readonly context: LlamaContext;
  readonly sequence: LlamaContextSequence;
  readonly model: LlamaModel;
  readonly profile: ContextProfile;
  readonly rope: RopeParams;
  /** Threads for assembling large injections (kvmesh passes the agent's thread count). */
  readonly threads: number;
}

/** node-llama-cpp 3.21.1's internal fields this path reads and writes. */
interface SequenceInternals {
  _lock: object;
  _context: object;
  _sequenceId: number;
  _contextTokens: number[];
  _nextTokenIndex: number;
  _loadedTokenPredictions: unknown[];
  _tokenPredictorOwner: object;
  _abortTokenPredictor(skipClearingPredictionsFromState?: boolean): Promise<void>;
}

type AcquireLock = (scope: [object, string]) => Promise<{ dispose(): void }>;
let acquireLockFn: Promise<AcquireLock> | undefined;

/** lifecycle-utils' acquireLock, the very module instance node-llama-cpp locks with. */
function nodeLlamaCppLocks(): Promise<AcquireLock> {
  acquireLockFn ??= (async () => {
    const nlc = createRequire(import.meta.url).resolve("node-llama-cpp");
    const lu = createRequire(nlc).resolve("lifecycle-utils");
    const mod = (await import(pathToFileURL(lu).href)) as { acquireLock?: AcquireLock };
    if (typeof mod.acquireLock !== "function") throw new NativeUnavailableError("lifecycle-utils has no acquireLock");
    return mod.acquireLock;
  })();
  return acquireLockFn;
}

export class NativeInjector implements KvInjector {
  readonly path = "native" as const;

  private constructor(
    private readonly o: NativeInjectorOptions,
    private readonly bridge: NativeBridge,
    private readonly seq: SequenceInternals,
    private readonly acquireLock: AcquireLock,
  ) {}

  /** Attaches to an agent's context; throws NativeUnavailableError when the native path cannot be used. */
  static async attach(o: NativeInjectorOptions): Promise<NativeInjector> {
    const addon = requireNative();
    const seq = o.sequence as unknown as SequenceInternals;
    const ctxAddon = (o.context as unknown as { _ctx?: object & { getContextSize?(): number } })._ctx;
    const modelAddon = (o.model as unknown as { _model?: object })._model;
    const missing = [
      ["context._ctx", ctxAddon], ["model._model", modelAddon], ["sequence._lock", seq._lock], ["sequence._context", seq._context],
      ["sequence._contextTokens", seq._contextTokens], ["sequence._loadedTokenPredictions", seq._loadedTokenPredictions],
      ["sequence._abortTokenPredictor", typeof seq._abortTokenPredictor === "function" ? true : undefined],
    ].filter(([, v]) => v === undefined || v === null).map(([k]) => k);
    if (missing.length > 0 || typeof ctxAddon?.getContextSize !== "function") {
      throw new NativeUnavailableError(`node-llama-cpp internals missing: ${missing.join(", ") || "context._ctx.getContextSize"}`);
    }
    if (typeof seq._sequenceId !== "number") throw new NativeUnavailableError("node-llama-cpp internals missing: sequence._sequenceId");
    const p = o.profile;
    const layout: NativeLayout = {
      nStream: p.nStream,
      stream: p.streamIndex,
      nLayer: p.nLayer,
      kType: GGML_TYPE_ID[p.kType],
      vType: GGML_TYPE_ID[p.vType],
      kRowBytes: kvTypeBytes(p.kType, p.rowK),
      vTrans: p.vTrans,
      vRowBytes: p.vTrans ? 0 : kvTypeBytes(p.vType, p.rowV),
      vElBytes: p.vTrans ? kvTypeBytes(p.vType, 1) : 0,
      nEmbdV: p.vTrans ? p.rowV : 0,
      contextSize: ctxAddon!.getContextSize!(),
    };
    let bridge: NativeBridge;
    try {
      bridge = new addon.KvBridge(ctxAddon!, modelAddon!, seq._sequenceId, layout, Math.max(1, o.threads));
    } catch (e) {
      throw new NativeUnavailableError(`native bridge refused this context: ${(e as Error).message}`, { cause: e });
    }
    return new NativeInjector(o, bridge, seq, await nodeLlamaCppLocks());
  }

  async inject(keep: number, pieces: readonly InjectPiece[], tokens: Int32Array): Promise<InjectReport> {
    const t0 = performance.now();
    const descs: NativePieceDesc[] = [];
    let end = keep;
    for (const p of pieces) {
      const s = p.segment;
      const n = s.tokens.length;
      if (p.start !== end) throw new SegmentContentError("pieces", `a piece starts at ${p.start}, expected ${end} (pieces must follow the kept prefix without gaps)`);
      const positions = new Int32Array(n);
      for (let i = 0; i < n; i++) positions[i] = p.start + i;
      const from = s.positions[0];
      let cosSin: Float32Array | undefined;
      if (from !== p.start) {
        for (let i = 1; i < n; i++) if (s.positions[i] !== from + i) throw new SegmentContentError("positions", "a segment to move must sit at consecutive positions");
        if (s.kType !== "f16" && s.kType !== "f32") throw new UnsupportedOperationError(`re-positioning ${s.kType} keys is not supported; use an f16 or f32 KV cache, or reuse at the same positions`);
        cosSin = ropeCosSin(p.start - from, this.o.rope, new Float32Array(this.o.rope.nRot));
      }
      descs.push({ k: s.k, v: s.v, positions, cosSin });
      end += n;
    }
    if (tokens.length < end) throw new SegmentContentError("tokens", `${tokens.length} tokens for ${end} positions`);
    const rope = { headDim: this.o.rope.headDim, nRot: this.o.rope.nRot, neox: this.o.rope.style === "neox" };
    const res = await this.locked(async () => {
      // As loadStateFromFile does: no token predictions may survive a state change.
      this.seq._tokenPredictorOwner = {};
      await this.seq._abortTokenPredictor(true);
      this.seq._loadedTokenPredictions.length = 0;
      try {
        const r = await this.bridge.inject(keep, descs, rope);
        this.seq._contextTokens = Array.from(tokens.subarray(0, end));
        this.seq._nextTokenIndex = end;
        return r;
      } catch (e) {
        const err = e as Error & { code?: string; touched?: boolean };
        if (err.touched) {
          this.seq._contextTokens = [];
          this.seq._nextTokenIndex = 0;
        }
        throw new NativeInjectionError(err.message, err.code ?? "KVMESH_NATIVE", err.touched === true, { cause: e });
      }
    });
    return {
      path: "native",
      bytes: res.bytes,
      onlyNewCells: res.prefixInPlace,
      stages: { readMs: res.readMs, repositionMs: res.ropeMs, assembleMs: res.assembleMs, writeMs: res.setMs },
      ms: performance.now() - t0,
    };
  }

  async snapshot(): Promise<KvSnapshot> {
    const p = this.o.profile;
    const kRow = kvTypeBytes(p.kType, p.rowK);
    const vRow = kvTypeBytes(p.vType, p.rowV);
    return {
      // Each cut reads only its own cells, from the sequence as it is at that moment, under the locks.
      cut: (start, end, meta) =>
        this.locked(async (): Promise<KvSegment> => {
          const tokens = this.seq._contextTokens;
          if (end > tokens.length || start < 0 || end <= start) throw new SegmentContentError("range", `positions [${start}, ${end}) are not all held (${tokens.length} tokens)`);
          let buf: ArrayBuffer;
          try {
            buf = await this.bridge.extract(start, end);
          } catch (e) {
            throw new SegmentContentError("range", (e as Error).message);
          }
          const n = end - start;
          const k: Uint8Array[] = [];
          const v: Uint8Array[] = [];
          for (let l = 0; l < p.nLayer; l++) k.push(new Uint8Array(buf, l * n * kRow, n * kRow));
          const vBase = p.nLayer * n * kRow;
          for (let l = 0; l < p.nLayer; l++) v.push(new Uint8Array(buf, vBase + l * n * vRow, n * vRow));
          const positions = new Int32Array(n);
          for (let i = 0; i < n; i++) positions[i] = start + i;
          return {
            modelFingerprint: meta.modelFingerprint, kType: p.kType, vType: p.vType, nLayer: p.nLayer, rowK: p.rowK, rowV: p.rowV,
            tokens: Int32Array.from(tokens.slice(start, end)), positions, context: meta.context, k, v,
          };
        }),
    };
  }

  /** The sequence's KV as llama.cpp's in-memory sequence state (no tokens: keep them alongside). */
  async exportBlob(): Promise<Uint8Array> {
    return this.locked(async () => {
      try {
        return new Uint8Array(this.bridge.exportBlob());
      } catch (e) {
        const err = e as Error & { code?: string };
        throw new NativeInjectionError(err.message, err.code ?? "KVMESH_NATIVE_READ", false, { cause: e });
      }
    });
  }

  /**
   * Replaces the sequence with a state exportBlob() made (here or in another
   * process) for `tokens`. Every field is checked against this context first:
   * a foreign, truncated or mismatched blob is refused with
   * NativeInjectionError (code KVMESH_NATIVE_BLOB) before llama.cpp sees it.
   */
  async importBlob(bytes: Uint8Array, tokens: Int32Array): Promise<void> {
    await this.locked(async () => {
      this.seq._tokenPredictorOwner = {};
      await this.seq._abortTokenPredictor(true);
      this.seq._loadedTokenPredictions.length = 0;
      try {
        await this.bridge.importBlob(bytes, tokens.length);
        this.seq._contextTokens = Array.from(tokens);
        this.seq._nextTokenIndex = tokens.length;
      } catch (e) {
        const err = e as Error & { code?: string; touched?: boolean };
        if (err.touched) {
          this.seq._contextTokens = [];
          this.seq._nextTokenIndex = 0;
        }
        throw new NativeInjectionError(err.message, err.code ?? "KVMESH_NATIVE_BLOB", err.touched === true, { cause: e });
      }
    });
  }

  dispose(): void {
    this.bridge.dispose();
  }

  /** Runs `fn` holding the sequence's evaluation lock and the context's lock, as node-llama-cpp's own state loads do. */
  private async locked<T>(fn: () => Promise<T>): Promise<T> {
    const evaluatorLock = await this.acquireLock([this.seq._lock, "evaluate"]);
    const contextLock = await this.acquireLock([this.seq._context, "context"]);
    try {
      return await fn();
    } finally {
      contextLock.dispose();
      evaluatorLock.dispose();
    }
  }
}
