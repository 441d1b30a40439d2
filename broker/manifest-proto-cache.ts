import { manifestToProto, type WireManifest } from "../proto/manifest.js";
import { pb } from "../proto/wire.js";

/**
 * The proto form and the encoded bytes of stored manifests, built once per
 * manifest rather than on every lookup hit (the proto form copies the token
 * and position arrays; encoding walks them). Stored manifests are never
 * mutated (a put stores a fresh object), so an entry stays valid for as long
 * as the store holds the manifest, and goes with it.
 */
const protos = new WeakMap<WireManifest, ReturnType<typeof manifestToProto>>();
const encoded = new WeakMap<WireManifest, Uint8Array>();

export function storedManifestProto(m: WireManifest): ReturnType<typeof manifestToProto> {
  let p = protos.get(m);
  if (!p) { p = manifestToProto(m); protos.set(m, p); }
  return p;
}

/** The manifest as an encoded `SegmentManifest` message. */
export function storedManifestBytes(m: WireManifest): Uint8Array {
  let b = encoded.get(m);
  if (!b) { b = pb.SegmentManifest.encode(storedManifestProto(m)).finish(); encoded.set(m, b); }
  return b;
}
