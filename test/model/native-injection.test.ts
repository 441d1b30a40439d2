/**
 * Model tier: the native injection path against the file path (the
 * reference) on the project's own model, in every KV layout node-llama-cpp
 * writes; kvmesh's key rotation against llama.cpp's own position shift; and
 * garbage fed to the native path (typed errors, the process alive).
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import type { Token } from "node-llama-cpp";
import { Agent, type AgentOptions } from "../../agents/agent.js";
import { NativeInjectionError } from "../../agents/inject/errors.js";
import { nativeStatus } from "../../agents/inject/native-addon.js";
import { own, shared, type PromptPart } from "../../agents/prompt.js";
import { SegmentCache } from "../../agents/cache/segment-cache.js";
import { argmax, klDivergence } from "../../bench/fidelity.js";
import { ensureSynthModel } from "../../models/synth-cache.js";

const TINY = "models/kvmesh-tiny.gguf";
const DOC = "Record 12: the copper lamp stands in the north hall of the museum in Porto, next to the map room.";
const PRODUCER: PromptPart[] = [own("Notes from the archive clerk, read before the record:"), shared("doc", DOC)];
const CONSUMER: PromptPart[] = [own("You answer from the record."), shared("doc", DOC), own(" Question: where does the copper lamp stand? Answer:")];

async function modelPath(): Promise<string> {
  return existsSync(TINY) ? TINY : ensureSynthModel("tiny");
}

/** Publishes the document as a producer computed it (behind another prefix: reusing it moves it). */
async function producedCache(a: Agent): Promise<SegmentCache> {
  const cache = new SegmentCache();
  await a.publish(await a.generate(PRODUCER, { maxTokens: 1 }), cache);
  return cache;
}

function assertSame(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>, what: string): void {
  assert.ok(a.size > 0, `${what}: empty distribution`);
  assert.ok(klDivergence(a, b) <= 1e-6, `${what}: KL ${klDivergence(a, b)}`);
  assert.equal(argmax(a), argmax(b), `${what}: top-1`);
}

describe("native KV injection", { skip: nativeStatus().ok ? false : `native path unavailable: ${(nativeStatus() as { reason?: string }).reason}` }, () => {
  let native: Agent;
  let file: Agent;
  before(async () => {
    native = await Agent.create({ modelPath: await modelPath(), threads: 2, contextSize: 512, injection: "native" });
    file = await Agent.create({ modelPath: await modelPath(), threads: 2, contextSize: 512, injection: "file", model: native.model });
  });
  after(async () => {
    await native?.dispose();
    await file?.dispose();
  });

  it("uses the native path and says which", () => {
    assert.equal(native.injectionPath, "native");
    assert.equal(file.injectionPath, "file");
  });

  it("gives the file path's next-token probabilities for a moved segment, and counts it injected", async () => {
    const cache = await producedCache(native);
    const reuse = { source: cache, prefix: false, ownCache: false } as const;
    const a = await native.nextTokenProbabilities(CONSUMER, reuse);
    const b = await file.nextTokenProbabilities(CONSUMER, reuse);
    assert.equal(a.fallback, undefined);
    assert.ok(a.reusedTokens > 10, `reused ${a.reusedTokens}`);
    assert.equal(a.reusedTokens, b.reusedTokens);
    for (const [t, p] of b.probs) assert.equal(a.probs.get(t), p, `token ${t}`);
    const g = await native.generate(CONSUMER, { maxTokens: 4, reuse });
    assert.equal(g.stages.path, "native");
    assert.ok(g.stages.injectBytes > 0);
    const total = g.stages.fetchMs + g.stages.repositionMs + g.stages.injectMs + g.stages.suffixMs + g.stages.otherMs;
    assert.ok(Math.abs(total - g.ttftMs) < 0.5, `stages add up to ${total} ms, TTFT ${g.ttftMs} ms`);
  });

  it("keeps a held prefix and appends after it (exact reuse gives the dense output token for token)", async () => {
    const dense = await native.generate(CONSUMER, { maxTokens: 10 });
    const seg = (await native.cut(dense.spans[1].start, dense.spans[1].end)).segment;
    const cache = new SegmentCache();
    await cache.publish("doc", seg);
    // The sequence holds the own prefix exactly; the document goes in after it.
    await native.truncate(dense.spans[0].end);
    const r = await native.generate(CONSUMER, { maxTokens: 10, reuse: { source: cache, ownCache: false } });
    assert.equal(r.fallback, undefined);
    assert.equal(r.stages.path, "native");
    assert.equal(r.reusedTokens, dense.spans[1].end);
    assert.deepEqual(r.outputTokenIds, dense.outputTokenIds);
  });

  it("moves keys as llama.cpp's own position shift does", async () => {
    // llama.cpp: evaluate [BOS, prefix, doc], erase the prefix; the doc's cells shift left (K-shift on the next decode).
    const { tokens, spans } = native.tokenize(PRODUCER);
    const asked = native.tokenize([own("x"), own(" Where is the lamp?")]);
    const q = asked.tokens.subarray(asked.spans[1].start);
    await native.clear();
    await native.sequence.evaluateWithoutGeneratingNewTokens(Array.from(tokens) as Token[]);
    const docSeg = (await native.cut(spans[1].start, spans[1].end)).segment;
    const bos = (await native.cut(0, 1)).segment;
    await native.sequence.eraseContextTokenRanges([{ start: 1, end: spans[1].start }]);
    const shifted = await native.probabilitiesAfter(Array.from(q));
    // kvmesh: the same cells placed at 1.. by the native path (keys rotated while copied).
    await native.placeSegments([{ start: 0, segment: bos }, { start: 1, segment: docSeg }]);
    const moved = await native.probabilitiesAfter(Array.from(q));
    assert.ok(klDivergence(shifted, moved) < 1e-4, `KL ${klDivergence(shifted, moved)}`);
    assert.equal(argmax(shifted), argmax(moved));
    // The control: positions moved without rotating keys disagree clearly.
    const unrotated = { ...docSeg, positions: docSeg.positions.map((p) => p - (spans[1].start - 1)) };
    await native.placeSegments([{ start: 0, segment: bos }, { start: 1, segment: unrotated }]);
    const wrong = await native.probabilitiesAfter(Array.from(q));
    assert.ok(klDivergence(shifted, wrong) > 100 * Math.max(klDivergence(shifted, moved), 1e-7), `control KL ${klDivergence(shifted, wrong)}`);
  });

  it("refuses foreign, truncated and wrong-sequence-count state blobs with typed errors, the process alive", async () => {
    const { tokens } = native.tokenize(CONSUMER);
    await native.clear();
    await native.sequence.evaluateWithoutGeneratingNewTokens(Array.from(tokens) as Token[]);
    const good = await native.exportSequenceBlob();
    const reference = await native.probabilitiesAfter([tokens[tokens.length - 1]]);
    // Round trip first, so the refusals below are not refusing everything.
    await native.importSequenceBlob(good, tokens);
    assertSame(reference, await native.probabilitiesAfter([tokens[tokens.length - 1]]), "export -> import");
    const foreignModel = await Agent.create({ modelPath: await ensureSynthModel("tiny", { seed: 77 }), threads: 1, contextSize: 512, injection: "native", flashAttention: false });
    const twoSeq = await Agent.create({ modelPath: await modelPath(), threads: 1, contextSize: 512, injection: "native", sequences: 2 });
    try {
      const blobOf = async (a: Agent) => {
        await a.clear();
        await a.sequence.evaluateWithoutGeneratingNewTokens(Array.from(a.tokenize(CONSUMER).tokens.subarray(0, 8)) as Token[]);
        return a.exportSequenceBlob();
      };
      const cases: [string, Uint8Array, Int32Array][] = [
        ["foreign (another model, transposed V)", await blobOf(foreignModel), tokens.subarray(0, 8)],
        ["truncated", good.subarray(0, good.length - 7), tokens],
        ["wrong sequence count", await blobOf(twoSeq), tokens.subarray(0, 8)],
        ["wrong token count", good, tokens.subarray(0, 5)],
        ["bad magic", Uint8Array.from(good, (b, i) => (i === 0 ? b ^ 0xff : b)), tokens],
      ];
      for (const [what, bytes, toks] of cases) {
        await assert.rejects(native.importSequenceBlob(bytes, toks), (e: unknown) => e instanceof NativeInjectionError && e.code === "KVMESH_NATIVE_BLOB" && !e.touched, what);
      }
      // Still alive and usable.
      await native.importSequenceBlob(good, tokens);
      assertSame(reference, await native.probabilitiesAfter([tokens[tokens.length - 1]]), "after the refusals");
    } finally {
      await foreignModel.dispose();
      await twoSeq.dispose();
    }
  });

  it("refuses a segment whose bytes do not match the context before llama.cpp sees it", async () => {
    const dense = await native.generate(CONSUMER, { maxTokens: 1 });
    const seg = (await native.cut(dense.spans[1].start, dense.spans[1].end)).segment;
    await assert.rejects(native.placeSegments([{ start: 0, segment: { ...seg, k: seg.k.map((l) => l.subarray(2)) } }]));
    const r = await native.generate(CONSUMER, { maxTokens: 1 });
    assert.equal(r.outputTokens, 1);
  });
});

const variants: { name: string; o: Partial<AgentOptions> }[] = [
  { name: "V transposed (flash attention off)", o: { flashAttention: false } },
  { name: "f32 K and V", o: { flashAttention: true, kvTypes: { k: "f32", v: "f32" } } },
  { name: "q8_0 K and V at the same positions", o: { flashAttention: true, kvTypes: { k: "q8_0", v: "q8_0" } } },
  { name: "two sequences (two KV streams)", o: { flashAttention: true, sequences: 2 } },
];

describe("native and file paths agree in every KV layout", { skip: nativeStatus().ok ? false : "native path unavailable" }, () => {
  for (const v of variants) {
    it(v.name, async () => {
      const path = await ensureSynthModel("tiny");
      const n = await Agent.create({ modelPath: path, threads: 1, contextSize: 256, injection: "native", ...v.o });
      const f = await Agent.create({ modelPath: path, threads: 1, contextSize: 256, injection: "file", model: n.model, ...v.o });
      try {
        const quantized = v.o.kvTypes?.k === "q8_0";
        // q8_0 keys cannot be moved: reuse them where they were computed (the consumer's own prefix).
        const cache = quantized ? new SegmentCache() : await producedCache(n);
        if (quantized) {
          const d = await n.generate(CONSUMER, { maxTokens: 1 });
          await cache.publish("doc", (await n.cut(d.spans[1].start, d.spans[1].end)).segment);
        }
        const reuse = { source: cache, prefix: false, ownCache: false } as const;
        const a = await n.nextTokenProbabilities(CONSUMER, reuse);
        const b = await f.nextTokenProbabilities(CONSUMER, reuse);
        assert.equal(a.fallback, undefined);
        assert.ok(a.reusedTokens > 10);
        for (const [t, p] of b.probs) assert.equal(a.probs.get(t), p, `token ${t}`);
      } finally {
        await f.dispose();
        await n.dispose();
      }
    });
  }
});

describe("native path under garbage", { skip: nativeStatus().ok ? false : "native path unavailable" }, () => {
  it("300 random and mutated state blobs: a typed error before llama.cpp (or, for a flip that left a valid state, a load), never a crash; exact afterwards", async () => {
    const agent = await Agent.create({ modelPath: await modelPath(), threads: 1, contextSize: 256, injection: "native" });
    try {
      const { tokens } = agent.tokenize(CONSUMER);
      await agent.sequence.evaluateWithoutGeneratingNewTokens(Array.from(tokens) as Token[]);
      const good = await agent.exportSequenceBlob();
      const reference = await agent.probabilitiesAfter([tokens[tokens.length - 1]]);
      let seed = 99;
      const rnd = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
      let refused = 0;
      for (let i = 0; i < 300; i++) {
        let blob: Uint8Array;
        if (i % 3 === 0) blob = Uint8Array.from({ length: Math.floor(rnd() * 4096) }, () => Math.floor(rnd() * 256));
        else {
          // The real header and cell list with a few bytes flipped (counts, types, row sizes, positions).
          blob = good.slice(0, i % 3 === 1 ? good.length : Math.floor(rnd() * good.length));
          for (let f = 0; f < 1 + Math.floor(rnd() * 4); f++) {
            const at = Math.floor(rnd() * Math.min(blob.length, 12 + tokens.length * 12 + 64));
            if (at < blob.length) blob[at] ^= 1 << Math.floor(rnd() * 8);
          }
        }
        try {
          await agent.importSequenceBlob(blob, tokens);
        } catch (e) {
          assert.ok(e instanceof NativeInjectionError, `blob ${i}: ${(e as Error).name}: ${(e as Error).message}`);
          if (!e.touched) refused++;
          continue;
        }
        // A flip that left a valid state (a flipped bit inside the K/V bytes' range is not checked): it loaded; fine.
      }
      assert.ok(refused >= 200, `only ${refused} of 300 refused`);
      await agent.importSequenceBlob(good, tokens);
      assertSame(reference, await agent.probabilitiesAfter([tokens[tokens.length - 1]]), "after the garbage");
    } finally {
      await agent.dispose();
    }
  });
});
