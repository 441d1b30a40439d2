/**
 * The broker's shm dir: one-off answers (exportOnce) are written whole under
 * a fresh name, leave with their lease (released, or expired by TTL), and
 * never replace each other.
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, it } from "node:test";
import { ShmExporter } from "../../../broker/shm-exporter.js";

describe("ShmExporter.exportOnce", () => {
  it("writes the payload under a fresh name in out/ and removes it when the lease is released", async () => {
    const shm = await ShmExporter.open(path.join(mkdtempSync(path.join(tmpdir(), "kvmesh-shm-test-")), "shm"));
    try {
      const a = shm.exportOnce(Uint8Array.from([1, 2, 3, 4]));
      const b = shm.exportOnce(Uint8Array.from([9, 8]));
      assert.notEqual(a.path, b.path);
      assert.equal(path.dirname(a.path), shm.outDir);
      assert.deepEqual([...readFileSync(a.path)], [1, 2, 3, 4]);
      assert.deepEqual([...readFileSync(b.path)], [9, 8]);
      assert.equal(a.byteLength, 4);
      assert.equal(shm.liveFiles, 2);
      assert.equal(await shm.release(a.lease), true);
      assert.equal(existsSync(a.path), false);
      assert.equal(existsSync(b.path), true, "another answer's file stays");
      assert.equal(await shm.release(a.lease), false, "a lease is released once");
    } finally {
      await shm.close();
    }
  });

  it("drops an answer nobody released once its TTL has passed", async () => {
    const shm = await ShmExporter.open(path.join(mkdtempSync(path.join(tmpdir(), "kvmesh-shm-test-")), "shm"), 300);
    try {
      const a = shm.exportOnce(new Uint8Array(1024));
      for (let i = 0; i < 100 && existsSync(a.path); i++) await sleep(20);
      assert.equal(existsSync(a.path), false);
      assert.equal(shm.liveFiles, 0);
    } finally {
      await shm.close();
    }
  });
});
