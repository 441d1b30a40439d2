/**
 * A corrupt segment never reaches llama.cpp. The broker's store file of a
 * published document is tampered with between broker runs:
 *  - its manifest lies (the context digest changed, the payload intact): the
 *    broker serves it, the agent's source sees that the manifest does not hash
 *    to its key, and the agent falls back to a prefill and counts it;
 *  - a payload byte is flipped: the broker's checksum catches it on read, the
 *    file is quarantined and the agent sees a miss (prefill, nothing loaded).
 * Either way the answer equals the dense one.
 */
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { ensureSynthModel } from "../../../models/synth-cache.js";
import { DOC, readerParts } from "../../kit/agent-prompts.js";
import { startAgentProcess, type AgentStepResult } from "../../kit/agent-process.js";
import { startBrokerProcess } from "../../kit/broker-launcher.js";
import { startNatsServer, type NatsServerHandle } from "../../kit/nats-server.js";

const NS = { readers: "readers-token-123" };
const MAGIC_LEN = 8;

interface StoreFile { file: string; header: { namespace: string; manifest: Record<string, unknown> & { tokens: number[]; byteLength: number } }; payload: Buffer }

async function readStoreFiles(store: string): Promise<StoreFile[]> {
  const dir = path.join(store, "objects");
  const out: StoreFile[] = [];
  for (const f of await readdir(dir)) {
    const buf = await readFile(path.join(dir, f));
    const hlen = buf.readUInt32LE(MAGIC_LEN);
    const header = JSON.parse(buf.subarray(MAGIC_LEN + 4, MAGIC_LEN + 4 + hlen).toString("utf8")) as StoreFile["header"];
    out.push({ file: path.join(dir, f), header, payload: buf.subarray(MAGIC_LEN + 4 + hlen) });
  }
  return out;
}

async function writeStoreFile(s: StoreFile): Promise<void> {
  const header = Buffer.from(JSON.stringify(s.header));
  const prefix = Buffer.alloc(MAGIC_LEN + 4);
  prefix.write("KVMSEG01", 0, "latin1");
  prefix.writeUInt32LE(header.length, MAGIC_LEN);
  await writeFile(s.file, Buffer.concat([prefix, header, s.payload]));
}

describe("a corrupt segment from the broker", () => {
  let nats: NatsServerHandle;
  let store: string;
  let model: string;
  before(async () => {
    model = await ensureSynthModel("tiny");
    nats = await startNatsServer({ namespaces: Object.keys(NS) });
    store = await mkdtemp(path.join(os.tmpdir(), "kvmesh-corrupt-"));
  });
  after(async () => {
    await nats?.stop();
    await rm(store, { recursive: true, force: true });
  });

  /** One reader process against a broker started on the store: reuse step, then dense. */
  async function readWithBroker(label: string): Promise<{ reused: AgentStepResult; dense: AgentStepResult; brokerLog: string }> {
    const broker = await startBrokerProcess({ namespaces: NS, nats: nats.url, natsSeedFile: nats.brokerSeedFile, store });
    try {
      const b = await startAgentProcess({
        model, threads: 1, broker: { grpc: broker.addresses.grpc, nats: nats.url, natsSeed: nats.seedOf("readers"), namespace: "readers", token: NS.readers },
        steps: [
          { label, parts: readerParts("where does Ivo Tamm live?"), maxTokens: 10 },
          { label: `${label}-dense`, parts: readerParts("where does Ivo Tamm live?"), maxTokens: 10, reuse: false },
        ],
      });
      const reused = await b.next();
      const dense = await b.next();
      assert.equal(await b.close(), 0, b.stderr());
      await new Promise((r) => setTimeout(r, 50));
      return { reused, dense, brokerLog: broker.stderr() };
    } finally {
      await broker.stop();
    }
  }

  it("falls back (counted) on a lying manifest and prefills on a flipped payload byte", async () => {
    const producer = await startBrokerProcess({ namespaces: NS, nats: nats.url, natsSeedFile: nats.brokerSeedFile, store });
    try {
      const a = await startAgentProcess({
        model, threads: 1, broker: { grpc: producer.addresses.grpc, nats: nats.url, natsSeed: nats.seedOf("readers"), namespace: "readers", token: NS.readers },
        steps: [{ parts: readerParts("who owns the blue kettle?"), maxTokens: 8, publish: true }],
      });
      assert.equal((await a.next()).source.publishes, 1);
      assert.equal(await a.close(), 0, a.stderr());
    } finally {
      await producer.stop();
    }
    const files = await readStoreFiles(store);
    assert.equal(files.length, 1);
    const original = files[0];
    assert.ok(original.header.manifest.tokens.length > 20, `the document segment (${DOC.length} chars)`);

    // Sanity: untouched, the segment is reused exactly.
    const clean = await readWithBroker("clean");
    assert.equal(clean.reused.source.exactHits, 1, JSON.stringify(clean.reused));
    assert.equal(clean.reused.fallbacks, 0);

    // 1. The manifest lies about what the KV was computed behind.
    await writeStoreFile({ ...original, header: { ...original.header, manifest: { ...original.header.manifest, contextDigest: "0".repeat(64) } } });
    const lie = await readWithBroker("lying-manifest");
    assert.equal(lie.reused.reusedTokens, 0);
    assert.equal(lie.reused.fallbacks, 1, JSON.stringify(lie.reused));
    assert.match(lie.reused.fallback ?? "", /SegmentIntegrityError: .*does not hash to its key/);
    assert.equal(lie.reused.source.integrityFailures, 1);
    assert.deepEqual(lie.reused.outputTokenIds, lie.dense.outputTokenIds);

    // 2. A flipped payload byte: the broker's checksum refuses to serve it.
    const flipped = Buffer.from(original.payload);
    flipped[Math.floor(flipped.length / 2)] ^= 0x40;
    await writeStoreFile({ ...original, payload: flipped });
    const flip = await readWithBroker("flipped-byte");
    assert.equal(flip.reused.reusedTokens, 0);
    assert.equal(flip.reused.source.exactHits + flip.reused.source.aliasHits, 0, JSON.stringify(flip.reused.source));
    assert.match(flip.brokerLog, /corrupt segment file quarantined/);
    assert.deepEqual(flip.reused.outputTokenIds, flip.dense.outputTokenIds);
    assert.deepEqual(clean.reused.outputTokenIds, clean.dense.outputTokenIds);
  });
});
