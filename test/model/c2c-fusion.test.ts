/**
 * Model tier: C2C fusion through llama.cpp on the shipped models (kvmesh-small as sharer, kvmesh-tiny as
 * receiver) with a random projector built here: the zeroed control must give exactly the receiver's own
 * next-token distribution (the KV round trip llama.cpp -> f32 -> f16 -> llama.cpp is lossless), a live
 * projection must change it (the pair refusal is tested in test/unit/c2c/projector.test.ts).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Token } from "node-llama-cpp";
import { Agent } from "../../agents/agent.js";
import { fuseIntoReceiver } from "../../agents/correct/c2c-fusion.js";
import { buildAgentParts } from "../../pipelines/suite/format.js";
import { ragSuite } from "../../pipelines/suite/rag.js";
import { packageRoot } from "../../models/package-root.js";
import { layerMapFromTop } from "../../models/projector-apply.js";
import type { ProjectorFile, ProjectorHeader } from "../../models/projector-file.js";
import { randomProjectorTensors } from "../kit/random-projector.js";

const ROOT = packageRoot();
const HIDDEN = 8;

function randomProjector(sharer: { fp: string; nLayer: number; nHeadKv: number }, receiver: { fp: string; nLayer: number; nHeadKv: number }, scale: number): ProjectorFile {
  let s = 12345;
  const rnd = (n: number, k: number) => Float32Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s / 2 ** 32 - 0.5) * k;
  });
  const tensors = randomProjectorTensors({ sharerDim: sharer.nHeadKv * 64, receiverDim: receiver.nHeadKv * 64, receiverHeads: receiver.nHeadKv, receiverLayers: receiver.nLayer, hidden: HIDDEN }, (n) => rnd(n, scale));
  const side = (x: { fp: string; nLayer: number; nHeadKv: number }, name: string) => ({ name, fingerprint: x.fp, nLayer: x.nLayer, nHeadKv: x.nHeadKv, headDim: 64 });
  const header: ProjectorHeader = {
    kind: "kvmesh-c2c-fuser", sharer: side(sharer, "s"), receiver: side(receiver, "r"), hidden: HIDDEN, rmsEps: 1e-6, activation: "gelu-erf",
    layerMap: layerMapFromTop(sharer.nLayer, receiver.nLayer), gates: Array.from({ length: receiver.nLayer }, () => [1, 1]), tensors: [], dataBytes: 0,
  };
  return { version: 1, header, tensors };
}

describe("C2C fusion through llama.cpp (kvmesh-small -> kvmesh-tiny)", () => {
  let receiver: Agent;
  let sharer: Agent;
  before(async () => {
    receiver = await Agent.create({ modelPath: join(ROOT, "models", "kvmesh-tiny.gguf"), threads: 2, contextSize: 256 });
    sharer = await Agent.create({ modelPath: join(ROOT, "models", "kvmesh-small.gguf"), threads: 2, contextSize: 256 });
  });
  after(async () => {
    await receiver?.dispose();
    await sharer?.dispose();
  });

  const q = (JSON.parse(readFileSync(join(ROOT, "models", "c2c", "heldout.json"), "utf8")) as { questions: { question: string; documents: string }[] }).questions[0];
  const parts = () => buildAgentParts(ragSuite.roles.answerer.system, [
    { id: "question", header: "question", text: q.question }, { id: "documents", header: "documents", text: q.documents }], []);
  const info = () => ({ s: { fp: sharer.info.fingerprint, nLayer: sharer.info.nLayer, nHeadKv: sharer.info.nHeadKv }, r: { fp: receiver.info.fingerprint, nLayer: receiver.info.nLayer, nHeadKv: receiver.info.nHeadKv } });
  const maxDiff = (a: Map<number, number>, b: Map<number, number>) => Math.max(...[...new Set([...a.keys(), ...b.keys()])].map((k) => Math.abs((a.get(k) ?? 0) - (b.get(k) ?? 0))));

  it("zeroed projection = the receiver's own prefill; a live projection changes the next token distribution", async () => {
    const tokens = Array.from(receiver.tokenize(parts()).tokens);
    const head = tokens.slice(0, -1);
    await receiver.clear();
    await receiver.sequence.evaluateWithoutGeneratingNewTokens(head as Token[]);
    const plain = await receiver.probabilitiesAfter(tokens.slice(-1));
    const { s, r } = info();
    const zeroed = randomProjector(s, r, 0.5);
    await fuseIntoReceiver(receiver, sharer, zeroed, head, { mode: "zeroed" });
    const z = await receiver.probabilitiesAfter(tokens.slice(-1));
    assert.ok(maxDiff(plain, z) < 1e-6, `zeroed differs by ${maxDiff(plain, z)}`);
    await fuseIntoReceiver(receiver, sharer, randomProjector(s, r, 0.5), head);
    const f = await receiver.probabilitiesAfter(tokens.slice(-1));
    assert.ok(maxDiff(plain, f) > 1e-3, `fused equals plain (max diff ${maxDiff(plain, f)})`);
  });
});
