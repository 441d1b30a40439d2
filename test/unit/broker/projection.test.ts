/**
 * The broker's C2C projectors without a network: --projectors parsing, loading and its refusals
 * (each naming the file), and ProjectionService.fuse against the in-process fuser on the same inputs.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { parseBrokerConfig } from "../../../broker/broker-config.js";
import { BrokerConfigError, InvalidRequestError, ProjectorLoadError } from "../../../broker/errors.js";
import { ProjectionService } from "../../../broker/projection-service.js";
import { ProjectorSet } from "../../../broker/projector-set.js";
import { TenantAuth } from "../../../broker/tenant-auth.js";
import { f16ToF32Array, f32ToF16Array } from "../../../kernels/f16.js";
import { ProjectorFormatError } from "../../../models/errors.js";
import { fuseCache } from "../../../models/projector-apply.js";
import { encodeProjector } from "../../../models/projector-encode.js";
import { parseProjector, stampProjector } from "../../../models/projector-file.js";
import type { WireKvTensor } from "../../../proto/kv-tensor-wire.js";

const FIXTURE = new Uint8Array(readFileSync(new URL("../../fixtures/c2c/tiny.kvpj", import.meta.url)));
const SHARER = "0123456789abcdef0123456789abcdef";
const RECEIVER = "fedcba9876543210fedcba9876543210";
const OTHER = "00000000000000000000000000000001";
const stamped = stampProjector(FIXTURE, { sharer: SHARER, receiver: RECEIVER });
const tenant = new TenantAuth({ team: { token: "t".repeat(32) } }).byNamespace("team");

/** Random f16-exact KV of the fixture's shapes: sharer 3 layers x 12, receiver 2 layers x 8. */
function kv(nLayer: number, row: number, nTokens: number, seed: number): WireKvTensor {
  let s = seed;
  const rnd = (n: number) => f16ToF32Array(f32ToF16Array(Float32Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s / 2 ** 32 - 0.5) * 4;
  })));
  return { nLayer, nTokens, rowK: row, rowV: row, k: Array.from({ length: nLayer }, () => rnd(nTokens * row)), v: Array.from({ length: nLayer }, () => rnd(nTokens * row)) };
}

describe("--projectors", () => {
  it("takes a comma-separated list of paths from the flag or KVMESH_PROJECTORS; absent: none", () => {
    assert.equal(parseBrokerConfig(["--namespaces", "ns.json"], {}).projectors, undefined);
    assert.deepEqual(parseBrokerConfig(["--namespaces", "ns.json", "--projectors", "a.kvpj, dir"], {}).projectors, ["a.kvpj", "dir"]);
    assert.deepEqual(parseBrokerConfig(["--namespaces", "ns.json"], { KVMESH_PROJECTORS: "/p" }).projectors, ["/p"]);
    assert.throws(() => parseBrokerConfig(["--namespaces", "ns.json", "--projectors", "a,,b"], {}), BrokerConfigError);
  });
});

describe("ProjectorSet: what a broker holds", () => {
  let dir: string;
  before(async () => { dir = await mkdtemp(path.join(os.tmpdir(), "h18-projset-")); });
  after(async () => { await rm(dir, { recursive: true, force: true }); });

  it("loads a directory's stamped .kvpj files and lists pair, version, size, digest and parameters", async () => {
    const d = path.join(dir, "good");
    await mkdir(d);
    await writeFile(path.join(d, "a.kvpj"), stamped);
    await writeFile(path.join(d, "README.txt"), "not a projector, not picked up");
    const set = await ProjectorSet.load([d]);
    assert.equal(set.size, 1);
    const [info] = set.list();
    assert.equal(info.sharerModelFingerprint, SHARER);
    assert.equal(info.receiverModelFingerprint, RECEIVER);
    assert.equal(info.projectorId, "golden-sharer -> golden-receiver");
    assert.equal(info.formatVersion, 1);
    assert.equal(info.byteLength, stamped.byteLength);
    assert.match(info.sha256, /^[0-9a-f]{64}$/);
    // 2 receiver layers x K/V x (w_in 6x20+6, norm1 6, w1 36+6, w2 36+6, norm2 6, w_out 8x6+8, w_weight 2x6+2)
    assert.equal(info.parameters, 2 * 2 * (126 + 6 + 42 + 42 + 6 + 56 + 14));
    assert.equal(set.find(SHARER, RECEIVER)?.info, info);
    assert.equal(set.find(RECEIVER, SHARER), undefined, "swapped roles are another pair");
  });

  it("refuses an unstamped file, a malformed one, a same-model one and a second file for one pair, naming the file", async () => {
    const refuses = async (name: string, bytes: Uint8Array | string, re: RegExp, cause?: new (...a: never[]) => Error) => {
      const f = path.join(dir, name);
      await writeFile(f, bytes);
      await assert.rejects(ProjectorSet.load([f]), (e: unknown) => {
        assert.ok(e instanceof ProjectorLoadError, String(e));
        assert.equal(e.file, f);
        assert.ok(e.message.startsWith(`projector ${f}: `), e.message);
        assert.match(e.message, re);
        if (cause) assert.ok(e.cause instanceof cause);
        return true;
      });
    };
    await refuses("unstamped.kvpj", FIXTURE, /not stamped with its sharer's model fingerprint/);
    const bad = Uint8Array.from(stamped);
    bad[0] = 0x58;
    await refuses("bad-magic.kvpj", bad, /bad magic/, ProjectorFormatError);
    await refuses("truncated.kvpj", stamped.subarray(0, stamped.length - 100), /runs past the end/, ProjectorFormatError);
    await refuses("text.kvpj", "hello", /shorter than the 16-byte preamble/, ProjectorFormatError);
    await refuses("same.kvpj", stampProjector(FIXTURE, { sharer: SHARER, receiver: SHARER }), /same model/);
    const a = path.join(dir, "dup-a.kvpj");
    const b = path.join(dir, "dup-b.kvpj");
    await writeFile(a, stamped);
    await writeFile(b, stamped);
    await assert.rejects(ProjectorSet.load([a, b]), (e: unknown) => e instanceof ProjectorLoadError && e.file === b && e.message.includes(a) && e.message.includes(`${SHARER} -> receiver ${RECEIVER}`));
    await assert.rejects(ProjectorSet.load([path.join(dir, "missing.kvpj")]), (e: unknown) => e instanceof ProjectorLoadError && /cannot read it/.test(e.message));
    const empty = path.join(dir, "empty");
    await mkdir(empty);
    await assert.rejects(ProjectorSet.load([empty]), (e: unknown) => e instanceof ProjectorLoadError && e.file === empty && /no \.kvpj files/.test(e.message));
  });

  it("encodeProjector writes what parseProjector reads back (tensors equal after f16 rounding)", () => {
    const p = parseProjector(stamped);
    const again = parseProjector(encodeProjector(p.header, p.tensors));
    assert.deepEqual(again.header.sharer, p.header.sharer);
    for (const [name, t] of p.tensors) assert.deepEqual(again.tensors.get(name), t, name);
  });
});

describe("ProjectionService.fuse", () => {
  const set = ProjectorSet.fromBytes([{ file: "golden.kvpj", bytes: stamped }]);
  const svc = new ProjectionService(set);
  const T = 5;
  const s = kv(3, 12, T, 1);
  const r = kv(2, 8, T, 2);

  it("fuses uploaded KV exactly as the in-process fuser does, with the pair's projector", async () => {
    const out = await svc.fuse(tenant, { receiverModel: RECEIVER, sharer: { kind: "uploaded", modelFingerprint: SHARER, kv: s }, receiver: r });
    assert.equal(out.kind, "fused");
    if (out.kind !== "fused") return;
    const want = fuseCache(parseProjector(stamped), s.k.map((k, l) => ({ k, v: s.v[l] })), r.k.map((k, l) => ({ k, v: r.v[l] })), T);
    for (let l = 0; l < 2; l++) {
      assert.deepEqual(out.kv.k[l], want[l].k, `layer ${l} K`);
      assert.deepEqual(out.kv.v[l], want[l].v, `layer ${l} V`);
    }
    // Not the receiver's own KV: the open gates changed it (layer 0 V's gate is closed in the fixture).
    assert.notDeepEqual(out.kv.k[0], r.k[0]);
    assert.deepEqual(out.kv.v[0], r.v[0]);
    assert.equal(out.projector.sharerModelFingerprint, SHARER);
  });

  it("refuses a pair it holds no projector for (swapped roles included), naming both models", async () => {
    for (const [sharer, receiver] of [[OTHER, RECEIVER], [SHARER, OTHER], [RECEIVER, SHARER]]) {
      const out = await svc.fuse(tenant, { receiverModel: receiver, sharer: { kind: "uploaded", modelFingerprint: sharer, kv: s }, receiver: r });
      assert.equal(out.kind, "refused");
      if (out.kind !== "refused") return;
      assert.equal(out.reason, "no-projector");
      assert.equal(out.sharer, sharer);
      assert.equal(out.receiver, receiver);
      assert.ok(out.detail.includes(`sharer model ${sharer} -> receiver model ${receiver}`), out.detail);
    }
    const same = await svc.fuse(tenant, { receiverModel: SHARER, sharer: { kind: "uploaded", modelFingerprint: SHARER, kv: s }, receiver: r });
    assert.equal(same.kind === "refused" && same.reason, "same-model");
  });

  it("takes KV that does not fit the projector as an invalid request", async () => {
    await assert.rejects(svc.fuse(tenant, { receiverModel: RECEIVER, sharer: { kind: "uploaded", modelFingerprint: SHARER, kv: s }, receiver: kv(3, 8, T, 3) }), InvalidRequestError);
    await assert.rejects(svc.fuse(tenant, { receiverModel: RECEIVER, sharer: { kind: "uploaded", modelFingerprint: SHARER, kv: kv(3, 8, T, 3) }, receiver: r }), /sharer KV 3 layers x \(8\+8\)/);
    await assert.rejects(svc.fuse(tenant, { receiverModel: RECEIVER, sharer: { kind: "uploaded", modelFingerprint: SHARER, kv: kv(3, 12, T + 1, 3) }, receiver: r }), /6 tokens, receiver KV 5/);
  });
});
