/**
 * examples/03-separate-processes from its README's command, with short
 * settings: nats-server (NKey users), a `kvmesh broker` process over TLS and
 * three agent processes. The later agents must really inject KV that earlier
 * processes published (reused tokens counted only when injected), give the
 * dense outputs, and fall back never; the broker's segment events arrive on
 * NATS. Skipped only where nats-server is not installed.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, it } from "node:test";
import { findNatsServer, type ExampleResult } from "../../../examples/03-separate-processes/run.js";

const run = promisify(execFile);

describe("the separate-processes example", { skip: findNatsServer() ? false : "nats-server is not installed (Debian: apt-get install nats-server)" }, () => {
  it("runs from its README's command; later agents inject earlier agents' KV and answer as dense", { timeout: 240_000 }, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "kvmesh-ex03-"));
    try {
      const json = path.join(dir, "out.json");
      const { stdout } = await run(process.execPath, ["--import", "tsx", "examples/03-separate-processes/run.ts", "--rounds", "1", "--max-tokens", "8", "--threads", "1", "--json", json], { timeout: 230_000 });
      assert.match(stdout, /grpc\.health\.v1 Check: SERVING/);
      const m = /later agents: reused (\d+) of (\d+) prompt tokens from other processes; outputs equal to dense on (\d+) of (\d+) calls; (\d+) "stored" events/.exec(stdout);
      assert.ok(m, stdout);
      assert.equal(m[3], m[4], stdout);
      const r = JSON.parse(await readFile(json, "utf8")) as ExampleResult;
      assert.deepEqual(r.agents.map((a) => a.role), ["reader", "critic", "editor"]);
      assert.equal(new Set(r.agents.map((a) => a.pid)).size, 3, "each agent in its own process");
      const [reader, ...later] = r.agents;
      assert.deepEqual(reader.reusedTokens, [0], "nothing to reuse before anyone published");
      assert.ok(reader.published >= 3, `reader published ${reader.published}`);
      for (const a of later) {
        // The document, the reader's ask and its reply at least: most of the prompt.
        assert.ok(a.reusedTokens[0] > 0.6 * a.promptTokens, `${a.role} reused ${a.reusedTokens[0]} of ${a.promptTokens}`);
        assert.notEqual(a.path, "none", `${a.role}: KV injected`);
        assert.ok(a.source.exactHits + a.source.aliasHits >= 3, `${a.role}: ${JSON.stringify(a.source)}`);
        assert.equal(a.sameAsDense, a.rounds, `${a.role}: output differs from its dense prefill`);
        assert.equal(a.fallbacks, 0, `${a.role}: ${JSON.stringify(a.fallbackReasons)}`);
        assert.ok(a.text.length > 0);
      }
      assert.equal(Number(m[1]), later.reduce((n, a) => n + a.reusedTokens[0], 0));
      // Every agent's publications were announced on NATS (content-addressed: re-published parts are not new).
      assert.ok(r.storedEvents >= reader.published + 2, `stored events ${r.storedEvents}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
