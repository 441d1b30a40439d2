import assert from "node:assert/strict";
import { test } from "node:test";
import { C2cEvalError, runC2cEval } from "../../../bench/c2c-eval.js";
import { cudaStatus } from "../../../kernels/cuda/cuda-backend.js";

const cuda = cudaStatus();

test("--fuser cuda without a usable CUDA device is a typed error, before any model file is read", { skip: cuda.ok ? "a CUDA device answers here" : false }, async () => {
  await assert.rejects(
    runC2cEval({ sharer: "/nonexistent/sharer.gguf", receiver: "/nonexistent/receiver.gguf", projector: "/nonexistent/p.kvpj", engine: "llama", fuser: "cuda", python: "python3" }),
    (e: unknown) => e instanceof C2cEvalError && /^--fuser cuda: /.test(e.message),
  );
});
