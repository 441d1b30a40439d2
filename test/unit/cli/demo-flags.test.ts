import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { UsageError } from "../../../bench/flags.js";
import { runDemo } from "../../../cli/demo.js";

describe("kvmesh demo flags", () => {
  // Checked before any model or broker is touched.
  for (const [flag, value] of [["--cost-model", "maybe"], ["--agents", "4"], ["--mode", "dense"], ["--own-text", "any"], ["--json", "true"]]) {
    it(`${flag} ${value} is a UsageError`, async () => {
      await assert.rejects(runDemo([flag, value]), UsageError);
    });
  }
});
