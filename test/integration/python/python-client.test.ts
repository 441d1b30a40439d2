/**
 * A client in another language through proto/ alone: the Python client
 * (clients/python, stubs generated here from proto/ with grpc_tools, nothing
 * generated kept) reproduces the documented key, digest and fingerprint
 * vectors, and round-trips segments through a real broker both ways with the
 * TypeScript SDK, byte for byte. Runs where python3 has grpcio, grpc_tools and
 * protobuf (Debian's python3-grpcio, python3-grpc-tools, python3-protobuf;
 * scripts/test.sh installs them as root); skipped with the reason elsewhere.
 */
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { BrokerClient } from "../../../agents/transport/broker-client.js";
import { SegmentKey } from "../../../segments/segment-key.js";
import { segmentManifest, segmentPayload, payloadChecksum } from "../../../segments/segment-wire.js";
import { startBrokerInProcess, type InProcessBroker } from "../../kit/broker-launcher.js";
import type { KvSegment } from "../../../segments/kv-segment.js";
import { contextDigest } from "../../../segments/segment-key.js";

function findPython(): string | undefined {
  for (const p of ["/usr/bin/python3", "python3"]) {
    try {
      execFileSync(p, ["-c", "import grpc, grpc_tools, google.protobuf"], { stdio: "ignore" });
      return p;
    } catch {
      // next
    }
  }
  return undefined;
}

const python = findPython();

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { env });
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (d) => (stdout += d));
    p.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => p.kill("SIGKILL"), 60_000);
    p.on("error", reject);
    p.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
const REPO = process.cwd();

describe("Python client through proto/", { skip: python ? false : "no python3 with grpcio, grpc_tools and protobuf" }, () => {
  let broker: InProcessBroker;
  let stubs: string;
  before(async () => {
    stubs = mkdtempSync(join(tmpdir(), "kvmesh-pystubs-"));
    execFileSync(python!, ["-m", "grpc_tools.protoc", "-I", "proto", `--python_out=${stubs}`, `--grpc_python_out=${stubs}`, "proto/kvmesh/v1/segment.proto", "proto/kvmesh/v1/broker.proto"]);
    execFileSync(python!, ["-m", "grpc_tools.protoc", "-I", "proto/grpc/health/v1", `--python_out=${stubs}`, `--grpc_python_out=${stubs}`, "health.proto"]);
    broker = await startBrokerInProcess({ namespaces: { default: "token-for-python" } });
  });
  after(async () => {
    await broker?.[Symbol.asyncDispose]();
    rmSync(stubs, { recursive: true, force: true });
  });

  it("reproduces the recipe vectors and round-trips segments both ways", async () => {
    const client = await BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: "default", token: "token-for-python" });
    try {
      // TypeScript puts one; Python fetches it.
      const bytes = (seed: number) => Uint8Array.from({ length: 4 * 8 * 2 }, (_, i) => (seed * 13 + i * 5) & 0xff);
      const seg: KvSegment = {
        modelFingerprint: "b95bba7cb0014ec6cc7a81096692a04c", kType: "f16", vType: "f16", nLayer: 2, rowK: 8, rowV: 8,
        tokens: Int32Array.of(1, 2, 3, 4), positions: Int32Array.of(0, 1, 2, 3), context: contextDigest([]),
        k: [bytes(1), bytes(2)], v: [bytes(3), bytes(4)],
      };
      const key = SegmentKey.of({ modelFingerprint: seg.modelFingerprint, kType: seg.kType, vType: seg.vType, stateFormatVersion: 3, tenant: "default", tokens: seg.tokens, context: seg.context, startPos: seg.positions[0] });
      const payload = segmentPayload(seg);
      await client.put(segmentManifest(seg, key, payload), payload);
      // Asynchronously: the broker runs in this process and must keep answering.
      const r = await run(python!, ["test/integration/python/client_check.py", REPO, broker.addresses.grpc, "default", "token-for-python", key.digest], { ...process.env, PYTHONPATH: stubs });
      assert.equal(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout.trim().split("\n").pop()!);
      assert.deepEqual(out.mismatches, []);
      assert.equal(out.stored, out.key, "the broker stored it under the key Python computed");
      assert.equal(out.roundTrip, true);
      assert.deepEqual(out.lookup, [[out.key, true], ["0".repeat(64), false]]);
      assert.equal(out.miss, true);
      assert.equal(out.wrongTokenRefused, true);
      assert.deepEqual(out.health, { "": "SERVING", "kvmesh.v1.Broker": "SERVING", unknown: "health: NOT_FOUND unknown service \"kvmesh.v1.Nope\"" });
      assert.equal(out.tsChecksum, payloadChecksum(payload), "Python got the TypeScript segment byte for byte");
      // Python's segment, fetched by TypeScript.
      const got = await client.get(out.key);
      assert.ok(got, "TypeScript finds the segment Python stored");
      assert.deepEqual(Array.from(got!.manifest.tokens), [5, 6, 7]);
    } finally {
      await client.dispose();
    }
  });
});
