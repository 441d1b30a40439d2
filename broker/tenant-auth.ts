import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { BrokerConfigError, NamespaceAuthError } from "./errors.js";
import type { StorageKey } from "./segment-store.js";

/** One namespace's credentials: the token clients present and the secret key salt. */
export interface NamespaceEntry {
  readonly token: string;
  /** Secret salt for storage keys; derived from the namespace and token when absent. */
  readonly salt?: string;
}

/** The namespaces file: `{"ns": "token"}` or `{"ns": {"token": "...", "salt": "..."}}`. */
export type NamespacesConfig = Readonly<Record<string, string | NamespaceEntry>>;

/** Namespace names double as NATS subject tokens. */
export const NAMESPACE_RE = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * An authenticated namespace. Its storage keys are HMAC-SHA256(salt, key
 * digest), so equal content in two namespaces lands under unrelated keys: one
 * tenant cannot address, detect (hit vs miss or timing) or delete another's.
 */
export class Tenant {
  /**
   * Recent keyDigest -> storage key. An HMAC costs microseconds and a lookup
   * batch needs one per key; the cache is per tenant, so its timing tells a
   * tenant only about its own recent keys.
   */
  private readonly keys = new Map<string, StorageKey>();

  constructor(readonly namespace: string, private readonly salt: Buffer, private readonly cacheSize = 16384) {}

  storageKey(keyDigest: string): StorageKey {
    let k = this.keys.get(keyDigest);
    if (k === undefined) {
      k = createHmac("sha256", this.salt).update(keyDigest).digest("hex");
      if (this.keys.size >= this.cacheSize) this.keys.delete(this.keys.keys().next().value!);
      this.keys.set(keyDigest, k);
    }
    return k;
  }
}

export class TenantAuth {
  private readonly tenants = new Map<string, { tokenHash: Buffer; tenant: Tenant }>();

  constructor(config: NamespacesConfig) {
    for (const [ns, v] of Object.entries(config)) {
      if (!NAMESPACE_RE.test(ns)) throw new BrokerConfigError(`namespace "${ns}" must match ${NAMESPACE_RE}`);
      const entry: NamespaceEntry = typeof v === "string" ? { token: v } : v;
      if (!entry || typeof entry.token !== "string" || entry.token.length < 8) {
        throw new BrokerConfigError(`namespace "${ns}" needs a token of at least 8 characters`);
      }
      const salt = entry.salt !== undefined
        ? Buffer.from(entry.salt, "utf8")
        : createHash("sha256").update("kvmesh.tenant-salt.v1\0").update(ns).update("\0").update(entry.token).digest();
      this.tenants.set(ns, { tokenHash: sha256(entry.token), tenant: new Tenant(ns, salt) });
    }
    if (this.tenants.size === 0) throw new BrokerConfigError("no namespaces configured");
  }

  get namespaces(): string[] { return [...this.tenants.keys()]; }

  /** A configured namespace's tenant without a token (its identity was proved elsewhere: NATS permissions). */
  byNamespace(namespace: string): Tenant {
    const t = this.tenants.get(namespace);
    if (!t) throw new NamespaceAuthError("namespace rejected");
    return t.tenant;
  }

  /** The tenant, or a NamespaceAuthError (same message for unknown namespace and wrong token). */
  authenticate(namespace: string | undefined, token: string | undefined): Tenant {
    const t = namespace !== undefined ? this.tenants.get(namespace) : undefined;
    // Compare hashes in constant time; compare against a dummy when the namespace is unknown.
    const presented = sha256(token ?? "");
    const expected = t?.tokenHash ?? sha256("\0no-such-namespace\0");
    const ok = timingSafeEqual(presented, expected) && t !== undefined && token !== undefined;
    if (!ok) throw new NamespaceAuthError("namespace or token rejected");
    return t.tenant;
  }
}

function sha256(s: string): Buffer {
  return createHash("sha256").update(s).digest();
}
