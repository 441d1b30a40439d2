/**
 * Finds, builds (once, cached) and vets kvmesh's native KV bridge
 * (native/kv-bridge.cc). Before the first use in a process family it runs a
 * smoke test in a child process (native-smoke.ts) on a small synthetic model,
 * as node-llama-cpp tests its own binaries, so that a layout mismatch crashes
 * a child instead of the caller. The verdict is cached next to the binary.
 * Anything amiss gives a reason instead of the addon: kvmesh then uses the
 * file path and says so once.
 *
 * KVMESH_NATIVE=0 turns the native path off.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { packageRoot } from "../../kernels/native-build.js";
import { smokeVerdict } from "../../kernels/smoke-verdict.js";
import { NativeUnavailableError } from "./errors.js";

/** node-llama-cpp version whose internals (AddonContext layout, sequence bookkeeping) the bridge was written for. */
export const NODE_LLAMA_CPP_VERSION = "3.21.1";

export interface NativeLayout {
  readonly nStream: number;
  readonly stream: number;
  readonly nLayer: number;
  readonly kType: number;
  readonly vType: number;
  readonly kRowBytes: number;
  readonly vTrans: boolean;
  readonly vRowBytes: number;
  readonly vElBytes: number;
  readonly nEmbdV: number;
  readonly contextSize: number;
}

export interface NativePieceDesc {
  readonly k: readonly Uint8Array[];
  readonly v: readonly Uint8Array[];
  readonly positions: Int32Array;
  readonly cosSin?: Float32Array;
}

export interface NativeInjectTimes {
  readonly bytes: number;
  readonly readMs: number;
  readonly assembleMs: number;
  readonly ropeMs: number;
  readonly setMs: number;
  /** The cells the sequence kept stayed where they were (only new cells were written). */
  readonly prefixInPlace: boolean;
}

export interface NativeBridge {
  /** K of every layer, then V of every layer, of positions [start, end) as the sequence holds them now. */
  extract(start: number, end: number): Promise<ArrayBuffer>;
  inject(keep: number, pieces: readonly NativePieceDesc[], rope?: { headDim: number; nRot: number; neox: boolean }): Promise<NativeInjectTimes>;
  exportBlob(): ArrayBuffer;
  importBlob(bytes: Uint8Array, tokens: number): Promise<void>;
  dispose(): void;
}

export interface NativeAddon {
  KvBridge: new (addonContext: object, addonModel: object, seqId: number, layout: NativeLayout, threads: number) => NativeBridge;
  info(): { llamaLibrary: string | null; unavailable: string | null; ropeKernel: string; hardwareThreads: number; pinnedHostMemory: string | null };
  /** The injection's key rotation alone (for tests against kernels/rope.ts). kType 0 = f32, 1 = f16. */
  ropeCopy(src: Uint8Array, headDim: number, nRot: number, neox: boolean, cosSin: Float32Array, kType: 0 | 1, kernel: "auto" | "scalar"): Uint8Array;
}

export type NativeStatus = { readonly ok: true; readonly addon: NativeAddon; readonly binary: string } | { readonly ok: false; readonly reason: string };

/** Set in the smoke-test child so that it does not test itself. */
const CHILD_ENV = "KVMESH_NATIVE_SMOKE_CHILD";

let status: NativeStatus | undefined;
let announced = false;

/** The native addon, or why not (decided once per process). */
export function nativeStatus(): NativeStatus {
  status ??= decide();
  return status;
}

/** The addon, or a NativeUnavailableError saying why not. */
export function requireNative(): NativeAddon {
  const s = nativeStatus();
  if (!s.ok) throw new NativeUnavailableError(`native KV injection unavailable: ${s.reason}`);
  return s.addon;
}

/** One line, once per process, saying which injection path agents use. */
export function announceInjectionPath(line: string): void {
  if (announced || process.env[CHILD_ENV] === "1") return;
  announced = true;
  process.stderr.write(`kvmesh: ${line}\n`);
}

function decide(): NativeStatus {
  if (process.env.KVMESH_NATIVE === "0") return { ok: false, reason: "turned off by KVMESH_NATIVE=0" };
  if (process.platform !== "linux" || process.arch !== "x64") return { ok: false, reason: `built for linux-x64 only (this is ${process.platform}-${process.arch})` };
  const root = packageRoot();
  if (!root) return { ok: false, reason: "cannot find kvmesh's native/ folder" };
  const version = nodeLlamaCppVersion();
  if (version !== NODE_LLAMA_CPP_VERSION) return { ok: false, reason: `node-llama-cpp is ${version}, the native bridge is written for exactly ${NODE_LLAMA_CPP_VERSION}` };
  const buildDir = join(root, "native", "build");
  const binary = join(buildDir, "kvmesh-native.node");
  const stampPath = join(buildDir, "stamp.json");
  if (!existsSync(stampPath)) {
    // Not built by `npm ci` (install scripts skipped?): build now, once; the stamp records the outcome.
    try {
      execFileSync(process.execPath, [join(root, "native", "build.mjs")], { stdio: ["ignore", "ignore", "inherit"], timeout: 300_000 });
    } catch (e) {
      return { ok: false, reason: `build failed: ${(e as Error).message.split("\n")[0]}` };
    }
  }
  let stamp: { ok?: boolean; key?: string; reason?: string };
  try {
    stamp = JSON.parse(readFileSync(stampPath, "utf8"));
  } catch {
    return { ok: false, reason: `no build stamp at ${stampPath} (run node native/build.mjs)` };
  }
  if (!stamp.ok || !existsSync(binary)) return { ok: false, reason: stamp.reason ?? "not built (run node native/build.mjs)" };
  if (process.env[CHILD_ENV] !== "1") {
    const verdict = smokeFor(buildDir, stamp.key ?? "?");
    if (!verdict.ok) return verdict;
  }
  try {
    const addon = createRequire(import.meta.url)(binary) as NativeAddon;
    const info = addon.info();
    if (info.unavailable && info.unavailable.startsWith("more than one")) return { ok: false, reason: info.unavailable };
    return { ok: true, addon, binary };
  } catch (e) {
    return { ok: false, reason: `cannot load ${binary}: ${(e as Error).message.split("\n")[0]}` };
  }
}

/** The smoke test's verdict for this build and GPU setting, running it in a child when there is none yet. */
function smokeFor(buildDir: string, key: string): NativeStatus | { ok: true } {
  const gpu = process.env.KVMESH_GPU ?? "cpu";
  const script = fileURLToPath(new URL(`./native-smoke${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url));
  return smokeVerdict({ cacheName: `smoke-${key}-${gpu.replace(/[^a-z0-9]/gi, "")}.json`, dir: buildDir, script, env: { [CHILD_ENV]: "1" }, timeoutMs: 180_000 });
}

function nodeLlamaCppVersion(): string {
  try {
    const entry = createRequire(import.meta.url).resolve("node-llama-cpp");
    for (let d = dirname(entry); d !== dirname(d); d = dirname(d)) {
      const p = join(d, "package.json");
      if (existsSync(p)) {
        const pkg = JSON.parse(readFileSync(p, "utf8")) as { name?: string; version?: string };
        if (pkg.name === "node-llama-cpp") return pkg.version ?? "unknown";
      }
    }
  } catch {
    // fall through
  }
  return "not found";
}
