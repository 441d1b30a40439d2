/**
 * Where nvcc exists (the development machine and CI), `npm ci` must have
 * compiled the CUDA kernel backend: a CUDA source that stops compiling fails
 * here, not on the GPU machine. Without nvcc the build says so and the CPU
 * backend is used.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { nativeBuildDir } from "../../../kernels/native-build.js";

function hasNvcc(): boolean {
  for (const c of [process.env.CUDACXX, "nvcc", "/usr/local/cuda/bin/nvcc"].filter(Boolean) as string[]) {
    try {
      execFileSync(c, ["--version"], { stdio: "ignore" });
      return true;
    } catch {
      // next
    }
  }
  return false;
}

describe("CUDA kernel backend build", () => {
  it("compiled where nvcc exists, and said why not elsewhere", () => {
    const dir = nativeBuildDir()!;
    const stamp = JSON.parse(readFileSync(join(dir, "cuda-stamp.json"), "utf8")) as { ok: boolean; reason?: string };
    if (hasNvcc()) {
      assert.equal(stamp.ok, true, `nvcc is here but the CUDA build failed: ${stamp.reason}`);
      assert.ok(existsSync(join(dir, "kvmesh-cuda.node")));
    } else {
      assert.equal(stamp.ok, false);
      assert.match(stamp.reason ?? "", /nvcc/);
    }
  });
});
