#!/usr/bin/env node
// Builds kvmesh's native KV bridge (native/build/kvmesh-native.node), offline,
// with what the machine has: g++, Node's own headers, node-addon-api, the
// addon headers node-llama-cpp ships, and llama.h/ggml headers taken from the
// llama.cpp source bundle inside the node-llama-cpp package. Nothing is
// downloaded. The result is cached: a stamp records a digest of every input,
// and a build whose inputs did not change is skipped.
//
// Also builds the CUDA kernel backend (native/cuda/) where nvcc exists.
//
// Runs from `npm ci` (postinstall) and, if that did not happen, on first use.
// It never fails an install: on any problem it writes the reason into the
// stamp, prints one line, and exits 0 (kvmesh then uses the file path).
//
//   node native/build.mjs [--force] [--strict]   (--strict: exit 1 on failure)
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, "build");
const stampPath = join(outDir, "stamp.json");
const binary = join(outDir, "kvmesh-native.node");
const SOURCES = ["kv-bridge.cc", "kv-cache-io.cc", "host-buffer.cc", "seq-blob.cc", "rope-shift.cc", "llama-symbols.cc", "anchor-math.cc"];
const AVX2_SOURCES = ["rope-shift-avx2.cc", "fuser-linear-avx2.cc"];
const HEADERS = ["kv-cache-io.h", "host-buffer.h", "seq-blob.h", "rope-shift.h", "llama-symbols.h", "anchor-math.h", "fuser-linear.h"];
/** Folders of the llama.cpp source whose headers kvmesh compiles against (public ones, and src/ for the KV cache's io and memory interfaces). */
const LLAMA_HEADER_DIRS = ["include", "ggml/include", "src"];
const FLAGS = ["-std=c++17", "-O3", "-fPIC", "-ffp-contract=off", "-fvisibility=hidden", "-DNAPI_VERSION=7", "-DNAPI_CPP_EXCEPTIONS", "-DNODE_ADDON_API_DISABLE_DEPRECATED", "-Wall", "-Wno-unused-parameter"];

const args = new Set(process.argv.slice(2));
const strict = args.has("--strict");

function log(line) {
  process.stderr.write(`kvmesh native: ${line}\n`);
}

function locate() {
  const req = createRequire(join(here, "..", "package.json"));
  const nlcDir = packageRoot(req.resolve("node-llama-cpp"), "node-llama-cpp");
  const nlcPkg = join(nlcDir, "package.json");
  const nlcVersion = JSON.parse(readFileSync(nlcPkg, "utf8")).version;
  // node-addon-api as node-llama-cpp resolves it (the copy its own build would use).
  const nlcReq = createRequire(nlcPkg);
  const napiDir = dirname(nlcReq.resolve("node-addon-api/package.json"));
  const napiVersion = JSON.parse(readFileSync(join(napiDir, "package.json"), "utf8")).version;
  const nodeInclude = [join(dirname(process.execPath), "..", "include", "node"), process.env.KVMESH_NODE_INCLUDE].filter(Boolean).find((d) => existsSync(join(d, "node_api.h")));
  return { nlcDir, nlcVersion, napiDir, napiVersion, nodeInclude, addonDir: join(nlcDir, "llama", "addon"), bundle: join(nlcDir, "llama", "gitRelease.bundle") };
}

/** The folder of the package.json named `name` at or above `file` (its exports hide package.json). */
function packageRoot(file, name) {
  for (let d = dirname(file); d !== dirname(d); d = dirname(d)) {
    const p = join(d, "package.json");
    if (existsSync(p) && JSON.parse(readFileSync(p, "utf8")).name === name) return d;
  }
  throw new Error(`cannot find ${name}'s package root above ${file}`);
}

function compilerVersion() {
  return execFileSync(process.env.CXX ?? "g++", ["--version"], { encoding: "utf8" }).split("\n")[0];
}

function digest(loc, cxx) {
  const h = createHash("sha256");
  for (const f of [...SOURCES, ...AVX2_SOURCES, ...HEADERS]) h.update(f).update(readFileSync(join(here, f)));
  h.update(loc.nlcVersion).update(loc.napiVersion).update(cxx).update(FLAGS.join(" ")).update(process.versions.modules);
  for (const f of ["AddonContext.h", "AddonModel.h"]) h.update(readFileSync(join(loc.addonDir, f)));
  return h.digest("hex").slice(0, 16);
}

/** llama.h and the ggml headers, from the source bundle node-llama-cpp ships (a git bundle). */
function extractLlamaHeaders(bundle, dest) {
  const git = mkdtempSync(join(tmpdir(), "kvmesh-llama-src-"));
  try {
    execFileSync("git", ["init", "-q", "--bare", git]);
    const heads = execFileSync("git", ["-C", git, "bundle", "unbundle", bundle], { encoding: "utf8" }).trim().split("\n");
    const commit = heads[0].split(" ")[0];
    for (const dir of LLAMA_HEADER_DIRS) {
      const names = execFileSync("git", ["-C", git, "ls-tree", "--name-only", `${commit}:${dir}`], { encoding: "utf8" }).split("\n").filter((n) => n.endsWith(".h"));
      for (const name of names) writeFileSync(join(dest, name), execFileSync("git", ["-C", git, "show", `${commit}:${dir}/${name}`], { maxBuffer: 16 << 20 }));
    }
    return commit;
  } finally {
    rmSync(git, { recursive: true, force: true });
  }
}

function writeStamp(stamp) {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(stampPath, `${JSON.stringify(stamp, null, 2)}\n`);
}

function main() {
  if (process.env.KVMESH_NATIVE === "0") {
    log("KVMESH_NATIVE=0: not building");
    return 0;
  }
  if (process.platform !== "linux" || process.arch !== "x64") {
    writeStamp({ ok: false, reason: `the native path is built for linux-x64 only (this is ${process.platform}-${process.arch})` });
    log(`skipped on ${process.platform}-${process.arch}; the file path will be used`);
    return 0;
  }
  let loc, cxx, key;
  try {
    loc = locate();
    cxx = compilerVersion();
    key = digest(loc, cxx);
  } catch (e) {
    writeStamp({ ok: false, reason: `cannot build: ${e.message.split("\n")[0]}` });
    log(`not built (${e.message.split("\n")[0]}); the file path will be used`);
    return strict ? 1 : 0;
  }
  if (!args.has("--force") && existsSync(stampPath) && existsSync(binary)) {
    try {
      const s = JSON.parse(readFileSync(stampPath, "utf8"));
      if (s.ok && s.key === key) return 0;
    } catch {
      // rebuild
    }
  }
  const t0 = performance.now();
  const work = mkdtempSync(join(tmpdir(), "kvmesh-native-build-"));
  try {
    if (!loc.nodeInclude) throw new Error(`Node's headers (node_api.h) are not under ${join(dirname(process.execPath), "..", "include", "node")}; set KVMESH_NODE_INCLUDE`);
    if (!existsSync(loc.bundle)) throw new Error(`node-llama-cpp ships no llama.cpp source bundle at ${loc.bundle}`);
    const inc = join(work, "include");
    mkdirSync(inc);
    const commit = extractLlamaHeaders(loc.bundle, inc);
    const cxxBin = process.env.CXX ?? "g++";
    const includes = [`-I${loc.nodeInclude}`, `-I${loc.napiDir}`, `-I${loc.addonDir}`, `-I${inc}`];
    const objects = [];
    for (const f of [...SOURCES, ...AVX2_SOURCES]) {
      const o = join(work, f.replace(/\.cc$/, ".o"));
      const extra = AVX2_SOURCES.includes(f) ? ["-mavx2", "-mf16c", ...(f.startsWith("fuser-") ? ["-mfma"] : [])] : [];
      execFileSync(cxxBin, [...FLAGS, ...extra, ...includes, "-c", join(here, f), "-o", o], { stdio: ["ignore", "inherit", "inherit"] });
      objects.push(o);
    }
    const tmpOut = join(work, "kvmesh-native.node");
    execFileSync(cxxBin, ["-shared", "-pthread", "-o", tmpOut, ...objects, "-ldl"], { stdio: ["ignore", "inherit", "inherit"] });
    mkdirSync(outDir, { recursive: true });
    renameSync(tmpOut, binary);
    const seconds = (performance.now() - t0) / 1000;
    writeStamp({ ok: true, key, nodeLlamaCpp: loc.nlcVersion, nodeAddonApi: loc.napiVersion, llamaCppCommit: commit, compiler: cxx, builtAt: new Date().toISOString(), seconds: Math.round(seconds * 10) / 10 });
    log(`built ${binary} in ${seconds.toFixed(1)} s`);
    return 0;
  } catch (e) {
    const reason = `build failed: ${String(e.message).split("\n")[0]}`;
    writeStamp({ ok: false, key, reason });
    log(`${reason}; the file path will be used`);
    return strict ? 1 : 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// ---- the CUDA kernel backend (native/cuda/), where nvcc exists; optional.

const cudaBinary = join(outDir, "kvmesh-cuda.node");
const cudaStampPath = join(outDir, "cuda-stamp.json");
const CUDA_SOURCES = ["cuda/kvmesh-cuda.cu", "cuda/anchor-passes.cu", "cuda/c2c-fuser.cu"];
const CUDA_HEADERS = ["cuda/anchor-passes.h", "cuda/c2c-fuser.h"];
// -fmad=false: no fused multiply-add, so device arithmetic rounds like kernels/*.ts. sm_90: Hopper (H100/H200).
const CUDA_FLAGS = ["-std=c++17", "-O3", "-shared", "-Xcompiler", "-fPIC", "-Xcompiler", "-fvisibility=hidden", "-fmad=false", "-gencode", "arch=compute_90,code=sm_90", "-cudart", "static", "-DNAPI_CPP_EXCEPTIONS"];

function findNvcc() {
  for (const c of [process.env.CUDACXX, "nvcc", "/usr/local/cuda/bin/nvcc"].filter(Boolean)) {
    try {
      const v = execFileSync(c, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
      return { nvcc: c, version: v.trim().split("\n").pop() };
    } catch {
      // next
    }
  }
  return undefined;
}

function buildCuda() {
  if (process.env.KVMESH_CUDA === "0") return 0;
  const found = findNvcc();
  const write = (stamp) => {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(cudaStampPath, `${JSON.stringify(stamp, null, 2)}\n`);
  };
  if (!found) {
    write({ ok: false, reason: "no nvcc on this machine (the CPU kernel backend is used)" });
    return 0;
  }
  let loc;
  try {
    loc = locate();
  } catch (e) {
    write({ ok: false, reason: `cannot build: ${e.message.split("\n")[0]}` });
    return strict ? 1 : 0;
  }
  const h = createHash("sha256");
  for (const f of [...CUDA_SOURCES, ...CUDA_HEADERS]) h.update(f).update(readFileSync(join(here, f)));
  h.update(found.version).update(CUDA_FLAGS.join(" ")).update(loc.napiVersion);
  const key = h.digest("hex").slice(0, 16);
  if (!args.has("--force") && existsSync(cudaStampPath) && existsSync(cudaBinary)) {
    try {
      const s = JSON.parse(readFileSync(cudaStampPath, "utf8"));
      if (s.ok && s.key === key) return 0;
    } catch {
      // rebuild
    }
  }
  const t0 = performance.now();
  const work = mkdtempSync(join(tmpdir(), "kvmesh-cuda-build-"));
  try {
    if (!loc.nodeInclude) throw new Error("Node's headers (node_api.h) not found; set KVMESH_NODE_INCLUDE");
    const tmpOut = join(work, "kvmesh-cuda.node");
    execFileSync(found.nvcc, [...CUDA_FLAGS, `-I${loc.nodeInclude}`, `-I${loc.napiDir}`, ...CUDA_SOURCES.map((f) => join(here, f)), "-o", tmpOut], { stdio: ["ignore", "inherit", "inherit"] });
    mkdirSync(outDir, { recursive: true });
    renameSync(tmpOut, cudaBinary);
    const seconds = (performance.now() - t0) / 1000;
    write({ ok: true, key, nvcc: found.version, builtAt: new Date().toISOString(), seconds: Math.round(seconds * 10) / 10 });
    log(`built ${cudaBinary} in ${seconds.toFixed(1)} s`);
    return 0;
  } catch (e) {
    const reason = `CUDA build failed: ${String(e.message).split("\n")[0]}`;
    write({ ok: false, key, reason });
    log(`${reason}; the CPU kernel backend will be used`);
    return strict ? 1 : 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const bridge = main();
process.exitCode = bridge || buildCuda();
