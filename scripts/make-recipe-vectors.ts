/**
 * Writes test/golden/recipes.json: key and digest vectors from the TypeScript
 * implementation, which docs/recipes.md documents and clients in other
 * languages must reproduce (the Python client's test checks them).
 *
 *   npx tsx scripts/make-recipe-vectors.ts
 */
import { writeFileSync } from "node:fs";
import { readModelInfo } from "../models/read-model-info.js";
import { contextDigest, SegmentKey } from "../segments/segment-key.js";
import { payloadChecksum } from "../segments/segment-wire.js";

const contexts = [[], [1], [1, 15043, 29892, -1, 2147483647]];
const keys = [
  { modelFingerprint: "b95bba7cb0014ec6cc7a81096692a04c", kType: "f16", vType: "f16", stateFormatVersion: 3, tenant: "default", tokens: [1, 2, 3], context: contextDigest([]), startPos: 0 },
  { modelFingerprint: "b95bba7cb0014ec6cc7a81096692a04c", kType: "q8_0", vType: "f16", stateFormatVersion: 3, tenant: "tenant-ü", tokens: [42, 7, 4096, 0], context: contextDigest([1, 2]), startPos: 17 },
  { modelFingerprint: "0123456789abcdef0123456789abcdef", kType: "f32", vType: "f32", stateFormatVersion: 3, tenant: "", tokens: [], context: contextDigest([9]), startPos: 2147483647 },
] as const;
const payload = Uint8Array.from({ length: 100 }, (_, i) => (i * 37) & 0xff);

const out = {
  note: "written by scripts/make-recipe-vectors.ts; docs/recipes.md explains each recipe",
  contextDigest: contexts.map((tokens) => ({ tokens, digest: contextDigest(tokens) })),
  segmentKey: keys.map((k) => ({ ...k, tokens: [...k.tokens], digest: SegmentKey.of(k).digest })),
  payloadChecksum: { payload: "bytes (i * 37) & 0xff for i in 0..99", checksum: payloadChecksum(payload) },
  modelFingerprint: { model: "models/kvmesh-tiny.gguf", fingerprint: (await readModelInfo("models/kvmesh-tiny.gguf")).fingerprint },
};
writeFileSync("test/golden/recipes.json", `${JSON.stringify(out, null, 2)}\n`);
console.log("wrote test/golden/recipes.json");
