import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { ProjectorFormatError } from "../models/errors.js";
import { parseProjector, projectorId, type ProjectorFile } from "../models/projector-file.js";
import type { ProjectorInfo } from "../proto/projector-info.js";
import { ProjectorLoadError } from "./errors.js";

/** A loaded projector: the parsed file (weights widened to f32) and what ListProjectors says of it. */
export interface HeldProjector {
  readonly file: string;
  readonly projector: ProjectorFile;
  readonly info: ProjectorInfo;
}

/** File name ending of projector files picked up from a directory (models/c2c/FORMAT.md). */
export const PROJECTOR_EXTENSION = ".kvpj";

const pairKey = (sharer: string, receiver: string) => `${sharer}>${receiver}`;

/**
 * The C2C projectors a broker holds, one per ordered model pair (sharer -> receiver). Every file is
 * checked whole when loaded: a malformed one, one not stamped with both fingerprints
 * (scripts/stamp-projector.ts), one whose two sides are the same model, or a second file for a pair
 * already held is a ProjectorLoadError naming the file, and nothing is held.
 */
export class ProjectorSet {
  private readonly byPair = new Map<string, HeldProjector>();

  private constructor(held: readonly HeldProjector[]) {
    for (const h of held) this.byPair.set(pairKey(h.info.sharerModelFingerprint, h.info.receiverModelFingerprint), h);
  }

  static readonly empty = new ProjectorSet([]);

  /** `paths`: projector files, or directories whose `*.kvpj` files are loaded (not recursing). */
  static async load(paths: readonly string[]): Promise<ProjectorSet> {
    const files: string[] = [];
    for (const p of paths) {
      let isDir: boolean;
      try {
        isDir = (await stat(p)).isDirectory();
      } catch (err) {
        throw new ProjectorLoadError(p, `cannot read it (${(err as Error).message})`, { cause: err });
      }
      if (!isDir) { files.push(p); continue; }
      const inDir = (await readdir(p)).filter((n) => n.endsWith(PROJECTOR_EXTENSION)).sort().map((n) => path.join(p, n));
      if (inDir.length === 0) throw new ProjectorLoadError(p, `directory holds no ${PROJECTOR_EXTENSION} files`);
      files.push(...inDir);
    }
    const loaded: { file: string; bytes: Uint8Array }[] = [];
    for (const file of files) {
      try {
        loaded.push({ file, bytes: new Uint8Array(await readFile(file)) });
      } catch (err) {
        throw new ProjectorLoadError(file, `cannot read it (${(err as Error).message})`, { cause: err });
      }
    }
    return ProjectorSet.fromBytes(loaded);
  }

  /** The set from files already read (name for messages, bytes). */
  static fromBytes(files: readonly { readonly file: string; readonly bytes: Uint8Array }[]): ProjectorSet {
    const held: HeldProjector[] = [];
    const seen = new Map<string, string>();
    for (const { file, bytes } of files) {
      let projector: ProjectorFile;
      try {
        projector = parseProjector(bytes);
      } catch (err) {
        if (err instanceof ProjectorFormatError) throw new ProjectorLoadError(file, err.message, { cause: err });
        throw err;
      }
      const h = projector.header;
      const id = projectorId(h);
      for (const side of ["sharer", "receiver"] as const) {
        if (h[side].fingerprint === "") {
          throw new ProjectorLoadError(file, `${id} is not stamped with its ${side}'s model fingerprint (scripts/stamp-projector.ts); a broker holds only projectors bound to a model pair`);
        }
      }
      if (h.sharer.fingerprint === h.receiver.fingerprint) throw new ProjectorLoadError(file, `${id} has the same model ${h.sharer.fingerprint} on both sides`);
      const key = pairKey(h.sharer.fingerprint, h.receiver.fingerprint);
      const other = seen.get(key);
      if (other !== undefined) {
        throw new ProjectorLoadError(file, `a second projector for sharer ${h.sharer.fingerprint} -> receiver ${h.receiver.fingerprint} (${other} holds one); give one file per model pair`);
      }
      seen.set(key, file);
      let parameters = 0;
      for (const t of projector.tensors.values()) parameters += t.length;
      held.push({
        file, projector,
        info: {
          projectorId: id, sharerModelFingerprint: h.sharer.fingerprint, receiverModelFingerprint: h.receiver.fingerprint,
          formatVersion: projector.version, byteLength: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex"),
          parameters, sharerLayers: h.sharer.nLayer, receiverLayers: h.receiver.nLayer,
        },
      });
    }
    return new ProjectorSet(held);
  }

  get size(): number { return this.byPair.size; }

  /** What ListProjectors answers, ordered by sharer then receiver fingerprint. */
  list(): ProjectorInfo[] {
    return [...this.byPair.values()].map((h) => h.info)
      .sort((a, b) => a.sharerModelFingerprint.localeCompare(b.sharerModelFingerprint) || a.receiverModelFingerprint.localeCompare(b.receiverModelFingerprint));
  }

  /** The projector for exactly this ordered pair (swapped roles are another pair), or undefined. */
  find(sharer: string, receiver: string): HeldProjector | undefined {
    return this.byPair.get(pairKey(sharer, receiver));
  }
}
