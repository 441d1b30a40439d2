/**
 * A batch's corrected KV read back from the broker's shm dir: the bytes go
 * to the parts in order (kv, then following text); a file outside the dir,
 * a symlink, a missing file or one of the wrong size is a typed error, and
 * no answer gets bytes from it.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { fillAnswersFromShm } from "../../../agents/correct/remote-corrector.js";
import { BrokerRequestError, BrokerUnavailableError } from "../../../agents/transport/transport-errors.js";
import type { AnchorCorrectStoredReply } from "../../../proto/broker-service.js";
import { pb } from "../../../proto/wire.js";

// 1 layer, rows of 2: a token takes (2 + 2) * 2 = 8 bytes.
const shape = (nTokens: number) => ({ nLayer: 1, nTokens, rowK: 2, rowV: 2 });

function answers(): AnchorCorrectStoredReply[] {
  return [
    pb.AnchorCorrectStoredReply.create({ corrected: { kv: shape(2) }, following: shape(1) }),
    pb.AnchorCorrectStoredReply.create({ prefill: { reason: "gate" } }),
    pb.AnchorCorrectStoredReply.create({ corrected: { kv: shape(3) } }),
  ];
}

function dirs(): { out: string; elsewhere: string } {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), "kvmesh-shm-answers-")));
  const out = path.join(root, "out");
  const elsewhere = path.join(root, "elsewhere");
  mkdirSync(out);
  mkdirSync(elsewhere);
  return { out, elsewhere };
}

describe("fillAnswersFromShm", () => {
  it("hands each corrected part its bytes in order: kv, following, then the next part", () => {
    const { out } = dirs();
    const file = path.join(out, "once-a");
    const bytes = Uint8Array.from({ length: 48 }, (_, i) => i);
    writeFileSync(file, bytes);
    const a = answers();
    fillAnswersFromShm(a, { path: file, byteLength: 48 }, out);
    assert.deepEqual([...a[0].corrected!.kv!.data!], [...bytes.subarray(0, 16)]);
    assert.deepEqual([...a[0].following!.data!], [...bytes.subarray(16, 24)]);
    assert.deepEqual([...a[2].corrected!.kv!.data!], [...bytes.subarray(24, 48)]);
  });

  it("refuses garbage: outside the dir, a symlink, the wrong size, a reference that disagrees, no dir known, a missing file", () => {
    const { out, elsewhere } = dirs();
    const outside = path.join(elsewhere, "once-x");
    writeFileSync(outside, new Uint8Array(48));
    const link = path.join(out, "once-link");
    symlinkSync(outside, link);
    const short = path.join(out, "once-short");
    writeFileSync(short, new Uint8Array(40));
    const good = path.join(out, "once-good");
    writeFileSync(good, new Uint8Array(48));
    const cases: [string, () => void, new (...a: never[]) => Error][] = [
      ["outside", () => fillAnswersFromShm(answers(), { path: outside, byteLength: 48 }, out), BrokerRequestError],
      ["traversal", () => fillAnswersFromShm(answers(), { path: path.join(out, "..", "elsewhere", "once-x"), byteLength: 48 }, out), BrokerRequestError],
      ["symlink", () => fillAnswersFromShm(answers(), { path: link, byteLength: 48 }, out), BrokerRequestError],
      ["short file", () => fillAnswersFromShm(answers(), { path: short, byteLength: 48 }, out), BrokerRequestError],
      ["reference size", () => fillAnswersFromShm(answers(), { path: good, byteLength: 40 }, out), BrokerRequestError],
      ["no dir known", () => fillAnswersFromShm(answers(), { path: good, byteLength: 48 }, undefined), BrokerRequestError],
      ["missing", () => fillAnswersFromShm(answers(), { path: path.join(out, "once-gone"), byteLength: 48 }, out), BrokerUnavailableError],
    ];
    for (const [what, run, type] of cases) assert.throws(run, (e: unknown) => e instanceof type, what);
    const a = answers();
    assert.throws(() => fillAnswersFromShm(a, { path: short, byteLength: 48 }, out));
    assert.equal(a[0].corrected!.kv!.data?.length ?? 0, 0, "no answer got bytes from a bad file");
  });
});
