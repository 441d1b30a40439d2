/** `kvmesh/segments`: KV segment values, their keys, wire form and validation, and llama.cpp's sequence-state codec. */
export { segmentLength, type KvSegment } from "./kv-segment.js";
export { GGML_TYPE_ID, kvTypeBytes, kvTypeFromGgml, type KvType } from "./kv-type.js";
export { contextDigest, SegmentKey, STATE_FORMAT_VERSION, type SegmentKeyFields } from "./segment-key.js";
export { payloadChecksum, segmentFromWire, segmentManifest, segmentPayload, type SegmentManifestFields } from "./segment-wire.js";
export { cutSegment, type CutOptions } from "./cut-segment.js";
export { assembleState } from "./assemble-state.js";
export { repositionSegment } from "./reposition.js";
export { checkFinite, validateSegment, validateState } from "./validate.js";
export { parseState, serializeState, serializedSize } from "./state-codec.js";
export type { LayerState, SequenceState, StreamData, StreamState } from "./sequence-state.js";
export type { ContextProfile } from "./context-profile.js";
export * from "./errors.js";
