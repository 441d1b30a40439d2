/**
 * The native path's smoke test, run in a child process by native-addon.ts
 * before the first use (a layout mismatch may crash a process; better this
 * one). On a small synthetic model it checks that the native path and the
 * file path give identical next-token probabilities for an exact and a moved
 * segment, and that bad input is refused with typed errors while the process
 * lives. Prints one JSON line: {ok, reason?, ...}.
 */
import { ensureSynthModel } from "../../models/synth-cache.js";
import { Agent } from "../agent.js";
import { own, shared } from "../prompt.js";
import { SegmentCache } from "../cache/segment-cache.js";
import { nativeStatus } from "./native-addon.js";

async function main(): Promise<Record<string, unknown>> {
  const status = nativeStatus();
  if (!status.ok) return { ok: false, reason: status.reason };
  const modelPath = await ensureSynthModel("tiny");
  const t0 = performance.now();
  await using native = await Agent.create({ modelPath, threads: 1, contextSize: 256, injection: "native", name: "smoke-native" });
  await using file = await Agent.create({ modelPath, threads: 1, contextSize: 256, injection: "file", name: "smoke-file", model: native.model });
  const doc = "the river stone keeps seven green lamps under the old bridge near the mill";
  const prompt = [own("Read this."), shared("doc", doc), own(" Which lamps?")];
  // The document as another agent computed it: behind a different prefix, so reusing it moves it.
  await native.generate([own("Other words first, quite a few of them."), shared("doc", doc)], { maxTokens: 1 });
  const cache = new SegmentCache();
  await native.publish(await native.generate([own("Other words first, quite a few of them."), shared("doc", doc)], { maxTokens: 1 }), cache);
  const reuse = { source: cache, prefix: false, ownCache: false } as const;
  const a = await native.nextTokenProbabilities(prompt, reuse);
  const b = await file.nextTokenProbabilities(prompt, reuse);
  if (a.fallback || b.fallback) return { ok: false, reason: `reuse fell back: ${a.fallback ?? b.fallback}` };
  if (a.reusedTokens === 0 || a.reusedTokens !== b.reusedTokens) return { ok: false, reason: `reused ${a.reusedTokens} vs ${b.reusedTokens} tokens` };
  for (const [tok, p] of b.probs) {
    if (a.probs.get(tok) !== p) return { ok: false, reason: `native and file paths disagree on token ${tok}: ${a.probs.get(tok)} vs ${p}` };
  }
  // Garbage must be refused before llama.cpp, with the process alive.
  const seg = (await native.cut(0, 3)).segment;
  let refused = false;
  try {
    await native.loadSegments([{ ...seg, k: seg.k.map((l) => l.subarray(1)) }]);
  } catch {
    refused = true;
  }
  if (!refused) return { ok: false, reason: "a truncated segment was accepted" };
  const info = status.addon.info();
  return { ok: true, llamaLibrary: info.llamaLibrary, ropeKernel: info.ropeKernel, ms: Math.round(performance.now() - t0) };
}

main().then(
  (r) => {
    process.stdout.write(`${JSON.stringify(r)}\n`);
  },
  (e: unknown) => {
    process.stdout.write(`${JSON.stringify({ ok: false, reason: e instanceof Error ? `${e.name}: ${e.message}` : String(e) })}\n`);
  },
);
