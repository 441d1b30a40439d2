import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { NamespaceAuthError, BrokerConfigError } from "../../../broker/errors.js";
import { Tenant, TenantAuth } from "../../../broker/tenant-auth.js";

describe("TenantAuth", () => {
  const auth = new TenantAuth({ alpha: "alpha-token-1", beta: { token: "beta-token-22", salt: "s3cret" } });
  const digest = "ab".repeat(32);

  it("authenticates the right token and salts storage keys per tenant", () => {
    const a = auth.authenticate("alpha", "alpha-token-1");
    const b = auth.authenticate("beta", "beta-token-22");
    assert.match(a.storageKey(digest), /^[0-9a-f]{64}$/);
    assert.notEqual(a.storageKey(digest), b.storageKey(digest));
    assert.notEqual(a.storageKey(digest), digest);
    assert.equal(a.storageKey(digest), new TenantAuth({ alpha: "alpha-token-1" }).authenticate("alpha", "alpha-token-1").storageKey(digest));
  });

  it("storage keys stay the same when remembered and after being forgotten", () => {
    const t = new Tenant("alpha", Buffer.from("salt"), 2);
    const fresh = (d: string) => new Tenant("alpha", Buffer.from("salt"), 2).storageKey(d);
    const digests = ["01".repeat(32), "02".repeat(32), "03".repeat(32)];
    for (let round = 0; round < 2; round++) {
      for (const d of digests) assert.equal(t.storageKey(d), fresh(d));
    }
    assert.notEqual(t.storageKey(digests[0]), new Tenant("alpha", Buffer.from("other"), 2).storageKey(digests[0]));
  });

  it("rejects wrong, missing and cross-namespace tokens alike", () => {
    for (const [ns, tok] of [["alpha", "beta-token-22"], ["alpha", undefined], ["gamma", "alpha-token-1"], [undefined, "x"]] as const) {
      assert.throws(() => auth.authenticate(ns, tok), NamespaceAuthError);
    }
  });

  it("refuses bad configuration", () => {
    assert.throws(() => new TenantAuth({}), BrokerConfigError);
    assert.throws(() => new TenantAuth({ "bad.ns": "long-enough-token" }), BrokerConfigError);
    assert.throws(() => new TenantAuth({ ok: "short" }), BrokerConfigError);
  });
});
