import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { NamespaceAuthError, BrokerConfigError } from "../../../broker/errors.js";
import { TenantAuth } from "../../../broker/tenant-auth.js";

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
