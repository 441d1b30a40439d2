/**
 * Model tier: PipelineSession chooses Cache-to-Cache by itself. Agents on the shipped models
 * (kvmesh-tiny, the session's model, and kvmesh-small, options.agentModels) share one broker that
 * holds one random projector, stamped for kvmesh-small -> kvmesh-tiny. An agent on one model reads a
 * prompt first and publishes its KV; an agent on the other model then reads the same prompt:
 * - small -> tiny has a projector: the call is fused through the broker, and the KV the receiver
 *   holds afterwards is, bit for bit, the sharer's published KV fused into the receiver's own
 *   prefill (models/projector-apply.ts fuseCache), not its plain prefill;
 * - tiny -> small has none (the broker's projector is for the other pair): the call is a full
 *   prefill, reported as a fallback whose reason names the missing pair, and the receiver holds
 *   exactly its plain prefill;
 * - with the broker gone the call is still answered.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path, { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { Agent } from "../../agents/agent.js";
import { BrokerSegmentSource } from "../../agents/cache/broker-source.js";
import { prefillAndCut, segmentLayers, withLayers } from "../../agents/correct/c2c-fusion.js";
import { RemoteProjector } from "../../agents/correct/remote-projector.js";
import type { ModelInfo } from "../../models/model-info.js";
import { packageRoot } from "../../models/package-root.js";
import { fuseCache } from "../../models/projector-apply.js";
import { parseProjector } from "../../models/projector-file.js";
import { readModelInfo } from "../../models/read-model-info.js";
import { FusionOptionError } from "../../pipelines/cross-model-fusion.js";
import { PipelineSession, type SessionCallResult } from "../../pipelines/pipeline-session.js";
import { buildAgentParts } from "../../pipelines/suite/format.js";
import { ragSuite } from "../../pipelines/suite/rag.js";
import type { PromptPart } from "../../agents/prompt.js";
import type { KvSegment } from "../../segments/kv-segment.js";
import { contextDigest } from "../../segments/segment-key.js";
import { startBrokerInProcess, type InProcessBroker } from "../kit/broker-launcher.js";
import { randomProjectorFile } from "../kit/random-projector.js";

const ROOT = packageRoot();
const TINY = join(ROOT, "models", "kvmesh-tiny.gguf");
const SMALL = join(ROOT, "models", "kvmesh-small.gguf");
const NS = { team: "team-token-0123456789" };
const THREADS = 2;
const CONTEXT = 512;

interface HeldOut { readonly question: string; readonly documents: string }
const QUESTIONS = (JSON.parse(readFileSync(join(ROOT, "models", "c2c", "heldout.json"), "utf8")) as { questions: HeldOut[] }).questions;
/** The answerer's prompt of held-out question i, its shared parts scoped to `scope`. */
const promptOf = (i: number, scope: string): PromptPart[] => buildAgentParts(ragSuite.roles.answerer.system, [
  { id: `${scope}/question`, header: "question", text: QUESTIONS[i].question },
  { id: `${scope}/documents`, header: "documents", text: QUESTIONS[i].documents },
], []);

const sameKv = (a: KvSegment, b: KvSegment) => a.k.every((x, l) => Buffer.from(x).equals(Buffer.from(b.k[l])) && Buffer.from(a.v[l]).equals(Buffer.from(b.v[l])));
const stagesSum = (c: SessionCallResult) => c.stages.fetchMs + c.stages.encodeMs + c.stages.correctionMs + c.stages.repositionMs + c.stages.injectMs + c.stages.prefillMs + (c.stages.fuseMs ?? 0) + c.stages.otherMs;

describe("PipelineSession: Cache-to-Cache through the broker between agents on different models", () => {
  let broker: InProcessBroker;
  let brokerClosed = false;
  let dir: string;
  let file: Uint8Array;
  let tiny: ModelInfo;
  let small: ModelInfo;
  before(async () => {
    [tiny, small] = await Promise.all([readModelInfo(TINY), readModelInfo(SMALL)]);
    dir = await mkdtemp(path.join(os.tmpdir(), "h19-c2c-session-"));
    file = randomProjectorFile(small, tiny);
    await writeFile(path.join(dir, "small-to-tiny.kvpj"), file);
    broker = await startBrokerInProcess({ namespaces: NS, shmDir: "off", extraArgs: ["--projectors", dir] });
  });
  after(async () => {
    if (!brokerClosed) await broker?.[Symbol.asyncDispose]();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("refuses projectors without the broker as the segment store", async () => {
    const projectors = await RemoteProjector.connect({ grpc: broker.addresses.grpc, namespace: "team", token: NS.team });
    try {
      await assert.rejects(PipelineSession.create({ modelPath: TINY, agentModels: { sharer: SMALL }, mode: "naive", threads: THREADS, contextSize: CONTEXT, costModel: false, projectors }), FusionOptionError);
    } finally {
      projectors.dispose();
    }
  });

  it("fuses where the broker has a projector for the pair, prefills and says why where it has none", async () => {
    const conn = { grpc: broker.addresses.grpc, namespace: "team", token: NS.team };
    const store = BrokerSegmentSource.create(conn);
    const projectors = await RemoteProjector.connect(conn);
    // "fwd": sharer on kvmesh-small, receiver on kvmesh-tiny; "rev": the roles' models swapped.
    const session = await PipelineSession.create({
      modelPath: TINY, agentModels: { "fwd/sharer": SMALL, "rev/receiver": SMALL }, mode: "naive", threads: THREADS, contextSize: CONTEXT,
      costModel: false, store, projectors,
    });
    try {
      // small -> tiny: the projector the broker holds.
      const a = promptOf(0, "q0");
      const first = await session.generate("fwd/sharer", a, { maxTokens: 8 });
      assert.equal(first.fusion, undefined, "no other model read this prompt before");
      const fused = await session.generate("fwd/receiver", a, { maxTokens: 8 });
      assert.equal(fused.how, "fused", fused.decision);
      assert.equal(fused.servedByReuse, true);
      assert.equal(fused.fallback, undefined);
      assert.equal(fused.fusion?.fused, true);
      assert.equal(fused.fusion?.sharerModel, small.fingerprint);
      assert.equal(fused.fusion?.receiverModel, tiny.fingerprint);
      assert.equal(fused.fusion?.projector?.sha256, createHash("sha256").update(file).digest("hex"));
      assert.equal(fused.fusion?.tokens, fused.promptTokens - 1);
      assert.equal(fused.reusedTokens, 0, "the receiver prefilled every token itself: no prefill saved");
      assert.ok((fused.stages.fuseMs ?? 0) > 0 && fused.stages.prefillMs > 0, JSON.stringify(fused.stages));
      assert.ok(Math.abs(stagesSum(fused) - fused.ttftMs) < 0.5, `stages ${stagesSum(fused)} vs TTFT ${fused.ttftMs}`);
      // What the receiver holds is the sharer's published KV fused into the receiver's own prefill.
      const receiver = await session.agent("fwd/receiver");
      const head = receiver.tokenize(a).tokens.subarray(0, fused.promptTokens - 1);
      const where = await store.locateExact({ tokens: head, start: 0, context: contextDigest([]), modelFingerprint: small.fingerprint });
      assert.ok(where, "the sharer published its KV of the prompt");
      const shared = await store.fetch(where.keyDigest);
      assert.ok(shared);
      await using plainTiny = await Agent.create({ modelPath: TINY, threads: THREADS, contextSize: CONTEXT });
      const own = await prefillAndCut(plainTiny, Array.from(head));
      const expected = withLayers(own, fuseCache(parseProjector(file), segmentLayers(shared), segmentLayers(own), head.length));
      const held = (await receiver.cut(0, head.length)).segment;
      assert.ok(sameKv(held, expected), "the receiver holds the fused KV, bit for bit");
      assert.ok(!sameKv(held, own), "and not its plain prefill");

      // tiny -> small: the broker's only projector is for the other pair; it must not be used.
      const b = promptOf(1, "q1");
      await session.generate("rev/sharer", b, { maxTokens: 8 });
      const refused = await session.generate("rev/receiver", b, { maxTokens: 8 });
      assert.equal(refused.how, "fallback", refused.decision);
      assert.equal(refused.servedByReuse, false);
      assert.equal(refused.fusion?.fused, false);
      assert.equal(refused.fusion?.projector, undefined);
      assert.equal(refused.fusion?.sharerModel, tiny.fingerprint);
      assert.match(refused.fallback ?? "", new RegExp(`no projector for sharer model ${tiny.fingerprint} -> receiver model ${small.fingerprint}`));
      assert.equal(refused.reusedTokens, 0);
      const smallReceiver = await session.agent("rev/receiver");
      const headB = smallReceiver.tokenize(b).tokens.subarray(0, refused.promptTokens - 1);
      await using plainSmall = await Agent.create({ modelPath: SMALL, threads: THREADS, contextSize: CONTEXT });
      const ownB = await prefillAndCut(plainSmall, Array.from(headB));
      assert.ok(sameKv((await smallReceiver.cut(0, headB.length)).segment, ownB), "the receiver holds its plain prefill");
      assert.equal(refused.text, (await plainSmall.generate(b, { maxTokens: 8 })).text);

      // The broker goes away: the receiver still answers, with a full prefill, and says why.
      const c = promptOf(2, "q2");
      await session.generate("fwd/sharer", c, { maxTokens: 8 });
      brokerClosed = true;
      await broker[Symbol.asyncDispose]();
      const dead = await session.generate("fwd/receiver", c, { maxTokens: 8 });
      assert.equal(dead.how, "fallback", dead.decision);
      assert.equal(dead.servedByReuse, false);
      assert.ok(dead.failures.some((f) => /looking up other models' KV of this prompt failed/.test(f)), dead.failures.join("; "));
      assert.equal(dead.text, (await plainTiny.generate(c, { maxTokens: 8 })).text);
    } finally {
      await session.dispose();
      projectors.dispose();
      await store.dispose();
    }
  });
});
