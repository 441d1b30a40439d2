/**
 * The file path: the sequence's whole state goes through a tmpfs file each
 * way (llama.cpp's saveStateToFile / loadStateFromFile), and JavaScript parses,
 * cuts, assembles, validates and serialises it. Slow (its cost grows with the
 * whole context, not with what is reused) but it needs nothing beyond
 * node-llama-cpp's public API, so it is the fallback wherever the native path
 * is unavailable, and the reference the native path is tested against.
 */
import { randomUUID } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { LlamaContextSequence } from "node-llama-cpp";
import type { KernelBackend, RopeParams } from "../../kernels/backend.js";
import { assembleState } from "../../segments/assemble-state.js";
import type { ContextProfile } from "../../segments/context-profile.js";
import { cutSegment } from "../../segments/cut-segment.js";
import type { KvSegment } from "../../segments/kv-segment.js";
import { repositionSegment } from "../../segments/reposition.js";
import { contextDigest } from "../../segments/segment-key.js";
import type { SequenceState } from "../../segments/sequence-state.js";
import { parseState, serializeState } from "../../segments/state-codec.js";
import { validateState } from "../../segments/validate.js";
import type { InjectPiece, InjectReport, KvInjector, KvSnapshot } from "./kv-injector.js";

export interface FileInjectorOptions {
  readonly sequence: LlamaContextSequence;
  readonly profile: ContextProfile;
  readonly modelFingerprint: string;
  readonly kernels: KernelBackend;
  readonly rope: RopeParams;
  /** tmpfs folder for the state files. */
  readonly stateDir: string;
  readonly padToken: number;
}

export class FileInjector implements KvInjector {
  readonly path = "file" as const;

  constructor(private readonly o: FileInjectorOptions) {}

  async inject(keep: number, pieces: readonly InjectPiece[], _tokens: Int32Array): Promise<InjectReport> {
    const t0 = performance.now();
    const segs: KvSegment[] = [];
    let readMs = 0;
    if (keep > 0) {
      const state = await this.saveState();
      segs.push(cutSegment(state, { start: 0, end: keep, modelFingerprint: this.o.modelFingerprint, context: contextDigest([]) }));
      readMs = performance.now() - t0;
    }
    const t1 = performance.now();
    for (const p of pieces) segs.push(p.segment.positions[0] === p.start ? p.segment : repositionSegment(p.segment, p.start, this.o.kernels, this.o.rope));
    const t2 = performance.now();
    const state = assembleState(segs, this.o.profile, this.o.padToken);
    validateState(state, { profile: this.o.profile });
    const bytes = serializeState(state);
    const t3 = performance.now();
    await this.loadStateBytes(bytes);
    const t4 = performance.now();
    return {
      path: "file",
      bytes: bytes.length,
      onlyNewCells: false,
      stages: { readMs, repositionMs: t2 - t1, assembleMs: t3 - t2, writeMs: t4 - t3 },
      ms: t4 - t0,
    };
  }

  async snapshot(): Promise<KvSnapshot> {
    const state = await this.saveState();
    return { cut: async (start, end, meta) => cutSegment(state, { start, end, ...meta }) };
  }

  /** The sequence's state as llama.cpp saves it (through tmpfs). */
  async saveState(): Promise<SequenceState> {
    const path = join(this.o.stateDir, `${randomUUID()}.seq`);
    try {
      await this.o.sequence.saveStateToFile(path);
      return parseState(new Uint8Array(await readFile(path)));
    } finally {
      await rm(path, { force: true });
    }
  }

  /** Loads serialised state bytes (already validated) through a tmpfs file. */
  async loadStateBytes(bytes: Uint8Array): Promise<void> {
    const path = join(this.o.stateDir, `${randomUUID()}.seq`);
    try {
      await writeFile(path, bytes);
      await this.o.sequence.loadStateFromFile(path, { acceptRisk: true });
    } finally {
      await rm(path, { force: true });
    }
  }

  dispose(): void {}
}
