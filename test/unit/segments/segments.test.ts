import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assembleState } from "../../../segments/assemble-state.js";
import { profileFromProbe, type ContextProfile } from "../../../segments/context-profile.js";
import { cutSegment } from "../../../segments/cut-segment.js";
import { SegmentContentError, SegmentIntegrityError, SegmentMismatchError } from "../../../segments/errors.js";
import type { KvSegment } from "../../../segments/kv-segment.js";
import { contextDigest, SegmentKey } from "../../../segments/segment-key.js";
import { segmentFromWire, segmentManifest, segmentPayload } from "../../../segments/segment-wire.js";
import { serializeState } from "../../../segments/state-codec.js";
import { checkFinite, validateSegment, validateState } from "../../../segments/validate.js";
import { syntheticState } from "../../kit/synthetic-state.js";

const FP = "0123456789abcdef0123456789abcdef";

function profileOf(vTrans: boolean): ContextProfile {
  return profileFromProbe(syntheticState({ cells: 1, vTrans }), 64, 512);
}

describe("cut and assemble", () => {
  for (const vTrans of [false, true]) {
    it(`cutting every cell and assembling again gives the same bytes (vTrans=${vTrans})`, () => {
      const state = syntheticState({ cells: 6, vTrans });
      const a = cutSegment(state, { start: 0, end: 3, modelFingerprint: FP, context: contextDigest([]) });
      const b = cutSegment(state, { start: 3, end: 6, modelFingerprint: FP, context: contextDigest(state.tokens.subarray(0, 3)) });
      const again = assembleState([a, b], profileOf(vTrans), 0);
      assert.deepEqual(serializeState(again), serializeState(state));
    });
  }

  it("de-transposes V: a cut from a transposed state equals the cut from the same state untransposed", () => {
    const plain = syntheticState({ cells: 4, vTrans: false });
    const seg = cutSegment(plain, { start: 1, end: 3, modelFingerprint: FP, context: "" });
    const trans = assembleState([cutSegment(plain, { start: 0, end: 4, modelFingerprint: FP, context: "" })], profileOf(true), 0);
    const seg2 = cutSegment(trans, { start: 1, end: 3, modelFingerprint: FP, context: "" });
    assert.deepEqual(seg2.v.map((x) => Array.from(x)), seg.v.map((x) => Array.from(x)));
    assert.deepEqual(Array.from(seg2.tokens), Array.from(seg.tokens));
  });

  it("cuts by position even when cells are out of order, and refuses holes", () => {
    const state = syntheticState({ cells: 3, positions: [2, 0, 1] });
    const seg = cutSegment(state, { start: 0, end: 1, modelFingerprint: FP, context: "" });
    const rowBytes = state.streams[0].data!.layers[0].kRowBytes;
    assert.deepEqual(Array.from(seg.k[0]), Array.from(state.streams[0].data!.layers[0].k.subarray(rowBytes, 2 * rowBytes)));
    assert.throws(() => cutSegment(syntheticState({ cells: 2, positions: [0, 2] }), { start: 0, end: 3, modelFingerprint: FP, context: "" }), SegmentContentError);
  });

  it("pads the token list over gaps so that n_tokens = max pos + 1", () => {
    const state = syntheticState({ cells: 2 });
    const seg = cutSegment(state, { start: 0, end: 2, modelFingerprint: FP, context: "" });
    const moved = { ...seg, positions: Int32Array.from([10, 11]) };
    const s = assembleState([moved], profileOf(false), 1);
    assert.equal(s.tokens.length, 12);
    assert.equal(s.tokens[5], 1);
    assert.equal(s.tokens[10], seg.tokens[0]);
    validateState(s, { profile: profileOf(false) });
  });
});

describe("validation refuses what could crash llama.cpp", () => {
  const profile = profileOf(false);
  const good: KvSegment = cutSegment(syntheticState({ cells: 4 }), { start: 0, end: 4, modelFingerprint: FP, context: "" });
  const ok = () => validateSegment(good, { fingerprint: FP, profile });
  it("accepts a good segment", ok);
  const bad: [string, () => KvSegment, new (...a: never[]) => Error][] = [
    ["another model", () => ({ ...good, modelFingerprint: "ffff" }), SegmentMismatchError],
    ["other KV types", () => ({ ...good, kType: "f32" }), SegmentMismatchError],
    ["other layer count", () => ({ ...good, nLayer: 3 }), SegmentMismatchError],
    ["other row width", () => ({ ...good, rowK: 128 }), SegmentMismatchError],
    ["missing layer arrays", () => ({ ...good, k: good.k.slice(0, 1) }), SegmentMismatchError],
    ["short K bytes", () => ({ ...good, k: [good.k[0].subarray(2), good.k[1]] }), SegmentContentError],
    ["positions and tokens disagree", () => ({ ...good, positions: good.positions.subarray(1) }), SegmentContentError],
    ["duplicate positions", () => ({ ...good, positions: Int32Array.from([0, 1, 1, 2]) }), SegmentContentError],
    ["negative position", () => ({ ...good, positions: Int32Array.from([-1, 0, 1, 2]) }), SegmentContentError],
    ["position past the context", () => ({ ...good, positions: Int32Array.from([0, 1, 2, 64]) }), SegmentContentError],
    ["token outside the vocabulary", () => ({ ...good, tokens: Int32Array.from([0, 1, 512, 2]) }), SegmentContentError],
    ["NaN in K", () => { const k = good.k.map((x) => x.slice()); k[1][7] = 0x7e; return { ...good, k }; }, SegmentContentError],
    ["infinity in V", () => { const v = good.v.map((x) => x.slice()); v[0][5] = 0x7c; v[0][4] = 0; return { ...good, v }; }, SegmentContentError],
  ];
  for (const [name, make, cls] of bad) {
    it(name, () => assert.throws(() => validateSegment(make(), { fingerprint: FP, profile }), cls));
  }
  it("states: wrong stream count, v_trans, n_tokens, seq ids", () => {
    const s = syntheticState({ cells: 3 });
    assert.throws(() => validateState(syntheticState({ cells: 3, nStream: 2 }), { profile }), SegmentMismatchError);
    assert.throws(() => validateState(syntheticState({ cells: 3, vTrans: true }), { profile }), SegmentMismatchError);
    assert.throws(() => validateState({ ...s, tokens: s.tokens.subarray(1) }, { profile }), SegmentMismatchError);
    const multi = { ...s, streams: [{ ...s.streams[0], seqIds: s.streams[0].seqIds.map(() => new Int32Array([0, 1])) }] };
    assert.throws(() => validateState(multi, { profile }), SegmentMismatchError);
    assert.throws(() => validateState(syntheticState({ cells: 3, nLayer: 3 }), { profile }), SegmentMismatchError);
    assert.throws(() => validateState(syntheticState({ cells: 80 }), { profile }), SegmentMismatchError);
  });
});

describe("segment wire codec", () => {
  const seg = cutSegment(syntheticState({ cells: 3 }), { start: 0, end: 3, modelFingerprint: FP, context: contextDigest([]) });
  const key = SegmentKey.of({ modelFingerprint: FP, kType: "f16", vType: "f16", stateFormatVersion: 3, tenant: "t", tokens: seg.tokens, context: seg.context, startPos: 0 });
  it("round-trips", () => {
    const payload = segmentPayload(seg);
    const back = segmentFromWire(segmentManifest(seg, key, payload), payload);
    assert.deepEqual(back.k.map((x) => Array.from(x)), seg.k.map((x) => Array.from(x)));
    assert.deepEqual(back.v.map((x) => Array.from(x)), seg.v.map((x) => Array.from(x)));
  });
  it("a flipped payload byte, a short payload or a lying manifest is a SegmentIntegrityError", () => {
    const payload = segmentPayload(seg);
    const m = segmentManifest(seg, key, payload);
    const flipped = payload.slice();
    flipped[10] ^= 1;
    assert.throws(() => segmentFromWire(m, flipped), SegmentIntegrityError);
    assert.throws(() => segmentFromWire(m, payload.subarray(1)), SegmentIntegrityError);
    assert.throws(() => segmentFromWire({ ...m, nLayer: 5000 }, payload), SegmentIntegrityError);
    assert.throws(() => segmentFromWire({ ...m, rowK: 1e12 }, payload), SegmentIntegrityError);
  });
});

describe("segment key", () => {
  const base = { modelFingerprint: FP, kType: "f16", vType: "f16", stateFormatVersion: 3, tenant: "acme", tokens: [1, 2, 3], context: contextDigest([]), startPos: 0 } as const;
  it("is a fixed function of its fields (golden digest)", () => {
    assert.equal(SegmentKey.of(base).digest, SegmentKey.of({ ...base, tokens: Int32Array.from([1, 2, 3]) }).digest);
    // Computed independently with Python hashlib from the encoding documented in segment-key.ts.
    assert.equal(SegmentKey.of(base).digest, "8f3323e2951620c090a9fb352681de873333a6b11c67c4c82e3da46d1a3ae80f");
  });
  for (const [field, value] of [["modelFingerprint", "x"], ["kType", "q8_0"], ["vType", "f32"], ["stateFormatVersion", 4], ["tenant", "other"], ["tokens", [1, 2, 4]], ["context", "c"], ["startPos", 1]] as const) {
    it(`changes with ${field}`, () => assert.notEqual(SegmentKey.of({ ...base, [field]: value }).digest, SegmentKey.of(base).digest));
  }
});

describe("segments over Node Buffers", () => {
  it("decoding a payload that is a Buffer view gives segments that own their bytes", async () => {
    const { segmentToTensor } = await import("../../../segments/kv-tensor-convert.js");
    const { cpuBackend } = await import("../../../kernels/cpu-backend.js");
    const seg = cutSegment(syntheticState({ cells: 3, rowK: 64, rowV: 64 }), { start: 0, end: 3, modelFingerprint: FP, context: "" });
    const key = SegmentKey.of({ modelFingerprint: FP, kType: "f16", vType: "f16", stateFormatVersion: 3, tenant: "t", tokens: seg.tokens, context: "", startPos: 0 });
    const payload = segmentPayload(seg);
    // A Buffer inside a larger pool, as gRPC hands payloads over.
    const pool = Buffer.alloc(payload.length + 4096);
    pool.set(payload, 100);
    const view = pool.subarray(100, 100 + payload.length);
    const back = segmentFromWire(segmentManifest(seg, key, payload), view);
    for (const l of back.k) assert.equal(l.buffer.byteLength, l.length);
    const t = segmentToTensor(back, cpuBackend, { style: "normal", nRot: 32, headDim: 32, freqBase: 10000, freqScale: 1 }, 5);
    assert.equal(t.k[0].length, 3 * 64);
  });
});

describe("f16 value scan", () => {
  // Word-aligned buffers take the two-halves-a-word path, odd offsets the byte path: both must find every element.
  for (const offset of [0, 2]) {
    it(`finds an inf or NaN at every element, and names it (byte offset ${offset})`, () => {
      const n = 9;
      for (let at = 0; at < n; at++) {
        for (const bad of [0x7c00, 0x7e01, 0xfc00]) {
          const buf = new Uint8Array(offset + 2 * n + 2);
          const view = new Uint8Array(buf.buffer, offset, 2 * (n + (offset ? 0 : 1)));
          for (let i = 0; i < view.length; i += 2) { view[i] = 0; view[i + 1] = 0x3c; } // 1.0
          view[2 * at] = bad & 0xff;
          view[2 * at + 1] = bad >> 8;
          assert.throws(() => checkFinite(view, "f16", "K"), (e: unknown) => e instanceof SegmentContentError && e.message.includes(`element ${at}`));
        }
      }
    });
  }
  it("passes finite values, the largest and negative ones included", () => {
    const buf = Uint16Array.from([0x3c00, 0x7bff, 0xfbff, 0x0001, 0x8000, 0x0000]);
    assert.doesNotThrow(() => checkFinite(new Uint8Array(buf.buffer), "f16", "K"));
  });
});
