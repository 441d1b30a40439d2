import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import { StateFormatError } from "../../../segments/errors.js";
import { parseState, serializeState } from "../../../segments/state-codec.js";
import { syntheticState } from "../../kit/synthetic-state.js";

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

describe("state codec", () => {
  const variants = [
    { name: "f16, V plain", o: { cells: 5 } },
    { name: "f16, V transposed", o: { cells: 5, vTrans: true } },
    { name: "f32", o: { cells: 3, kType: "f32", vType: "f32" } },
    { name: "q8_0", o: { cells: 4, kType: "q8_0", vType: "q8_0" } },
    { name: "two streams, cells in the second", o: { cells: 4, nStream: 2, stream: 1 } },
    { name: "gapped, unsorted positions", o: { cells: 3, positions: [9, 2, 5] } },
    { name: "empty", o: { cells: 0 } },
  ] as const;
  for (const v of variants) {
    it(`round-trips byte-identically: ${v.name}`, () => {
      const bytes = serializeState(syntheticState(v.o));
      const again = serializeState(parseState(bytes));
      assert.equal(sha(again), sha(bytes));
      assert.equal(again.length, bytes.length);
    });
  }

  it("reads the fields where the format puts them (golden layout)", () => {
    // 1 cell, 1 layer, row 32 (f16), plain V: header 12 + tokens 4*1 + n_stream 4 + cell_count 4 + cell 12 +
    // v_trans 4 + n_layer 4 + (k_type 4 + k_row 8 + 64) + (v_type 4 + v_row 8 + 64) = 196 bytes.
    const s = syntheticState({ cells: 1, nLayer: 1, rowK: 32, rowV: 32 });
    const b = serializeState(s);
    assert.equal(b.length, 196);
    const dv = new DataView(b.buffer);
    assert.equal(dv.getUint32(0, true), 0x67677371);
    assert.equal(dv.getUint32(4, true), 3);
    assert.equal(dv.getUint32(8, true), 1); // n_tokens
    assert.equal(dv.getUint32(16, true), 1); // n_stream
    assert.equal(dv.getUint32(20, true), 1); // cell_count
    assert.equal(dv.getInt32(24, true), 0); // pos
    assert.equal(dv.getUint32(28, true), 1); // n_seq_id
    assert.equal(dv.getUint32(36, true), 0); // v_trans
    assert.equal(dv.getUint32(40, true), 1); // n_layer
    assert.equal(dv.getInt32(44, true), 1); // k_type f16
    assert.equal(Number(dv.getBigUint64(48, true)), 64); // k row bytes
    const p = parseState(b);
    assert.deepEqual(Array.from(p.streams[0].data!.layers[0].k), Array.from(s.streams[0].data!.layers[0].k));
  });

  describe("garbage gives StateFormatError", () => {
    const good = serializeState(syntheticState({ cells: 4, vTrans: true }));
    const cases: [string, () => Uint8Array][] = [
      ["empty input", () => new Uint8Array(0)],
      ["wrong magic", () => { const b = good.slice(); b[0] ^= 0xff; return b; }],
      ["wrong version", () => { const b = good.slice(); b[4] = 2; return b; }],
      ["truncated in the header", () => good.subarray(0, 10)],
      ["truncated in the KV", () => good.subarray(0, good.length - 7)],
      ["trailing bytes", () => { const b = new Uint8Array(good.length + 3); b.set(good); return b; }],
      ["absurd token count", () => { const b = good.slice(); new DataView(b.buffer).setUint32(8, 0x7fffffff, true); return b; }],
      ["absurd cell count", () => { const b = good.slice(); const nt = new DataView(b.buffer).getUint32(8, true); new DataView(b.buffer).setUint32(16 + 4 * nt, 0xffffffff, true); return b; }],
      ["absurd row size", () => {
        const b = good.slice();
        const dv = new DataView(b.buffer);
        const nt = dv.getUint32(8, true);
        const cellsAt = 16 + 4 * nt;
        const kRowAt = cellsAt + 4 + 4 * 12 + 8 + 4;
        dv.setBigUint64(kRowAt, 1n << 40n, true);
        return b;
      }],
      ["zero streams", () => { const b = good.slice(); const nt = new DataView(b.buffer).getUint32(8, true); new DataView(b.buffer).setUint32(12 + 4 * nt, 0, true); return b; }],
      ["v_trans not boolean", () => {
        const b = good.slice();
        const dv = new DataView(b.buffer);
        const nt = dv.getUint32(8, true);
        dv.setUint32(16 + 4 * nt + 4 + 4 * 12, 7, true);
        return b;
      }],
    ];
    for (const [name, make] of cases) {
      it(name, () => assert.throws(() => parseState(make()), StateFormatError));
    }
    it("random bytes never escape as another error", () => {
      let x = 99;
      for (let trial = 0; trial < 300; trial++) {
        const b = good.slice();
        for (let k = 0; k < 4; k++) {
          x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
          b[x % Math.min(b.length, 120)] = x >>> 24;
        }
        try {
          parseState(b);
        } catch (e) {
          assert.ok(e instanceof StateFormatError, `unexpected ${String(e)}`);
        }
      }
    });
  });
});
