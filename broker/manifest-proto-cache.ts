import { manifestToProto, type WireManifest } from "../proto/manifest.js";

/**
 * The proto form of stored manifests, built once per manifest rather than on
 * every lookup hit (it copies the token and position arrays). Stored manifests
 * are never mutated (a put stores a fresh object), so an entry stays valid for
 * as long as the store holds the manifest, and goes with it.
 */
const cache = new WeakMap<WireManifest, ReturnType<typeof manifestToProto>>();

export function storedManifestProto(m: WireManifest): ReturnType<typeof manifestToProto> {
  let p = cache.get(m);
  if (!p) { p = manifestToProto(m); cache.set(m, p); }
  return p;
}
