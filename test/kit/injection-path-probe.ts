/**
 * Child-process probe for the injection-path tests: creates an agent on the
 * model given, reuses a document once, and prints one JSON line with the path
 * it used, its output and what it reused. Env (KVMESH_NATIVE, ...) comes from
 * the parent.
 */
import { Agent } from "../../agents/agent.js";
import { own, shared } from "../../agents/prompt.js";
import { SegmentCache } from "../../agents/cache/segment-cache.js";

const modelPath = process.argv[2];
const agent = await Agent.create({ modelPath, threads: 1, contextSize: 256 });
const doc = shared("doc", "The lighthouse keeper writes the tide tables every morning at six.");
const cache = new SegmentCache();
await agent.publish(await agent.generate([own("Earlier notes:"), doc], { maxTokens: 1 }), cache);
const r = await agent.generate([own("Read:"), doc, own(" When are tide tables written?")], { maxTokens: 6, reuse: { source: cache, prefix: false, ownCache: false } });
process.stdout.write(`${JSON.stringify({ path: agent.injectionPath, stagesPath: r.stages.path, text: r.text, reused: r.reusedTokens, fallback: r.fallback ?? null })}\n`);
await agent.dispose();
