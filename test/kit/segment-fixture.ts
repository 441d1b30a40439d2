import { createHash, randomBytes } from "node:crypto";
import type { WireManifest } from "../../proto/manifest.js";

/** A synthetic segment: random payload of `bytes` and a manifest that matches it. */
export function fakeSegment(bytes: number, label = randomBytes(8).toString("hex")): { manifest: WireManifest; payload: Buffer } {
  const payload = randomBytes(bytes);
  return { manifest: manifestFor(payload, label), payload };
}

export function manifestFor(payload: Uint8Array, label: string): WireManifest {
  return {
    keyDigest: createHash("sha256").update(`fixture\0${label}`).digest("hex"),
    modelFingerprint: "fixture-model",
    kType: "f16",
    vType: "f16",
    nLayer: 2,
    rowK: 64,
    rowV: 64,
    tokens: Int32Array.from([1, 2, 3, 4]),
    positions: Int32Array.from([0, 1, 2, 3]),
    contextDigest: createHash("sha256").update("ctx").digest("hex"),
    byteLength: payload.byteLength,
    checksum: createHash("sha256").update(payload).digest("hex"),
    stateFormatVersion: 3,
  };
}
