import { encodeLookupResults } from "../proto/lookup-codec.js";
import { storedManifestBytes } from "./manifest-proto-cache.js";
import type { LookupEntry } from "./segment-service.js";

/**
 * Lookup results as the encoded reply both transports send: gRPC's
 * BatchLookupReply and NATS's LookupReply are the same bytes. Hits carry their
 * manifest's cached encoding (see manifest-proto-cache.ts).
 */
export function lookupReplyBytes(results: readonly LookupEntry[]): Buffer {
  return encodeLookupResults(results.map((r) => ({
    keyDigest: r.keyDigest, hit: r.hit, manifest: r.manifest && storedManifestBytes(r.manifest),
  })));
}
