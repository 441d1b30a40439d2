import { nkeys } from "@nats-io/transport-node";
import { natsSubjects } from "../proto/broker-service.js";
import { BrokerConfigError } from "./errors.js";
import { NAMESPACE_RE } from "./tenant-auth.js";

/**
 * Who may do what on the NATS bus, as nats-server authorization: one NKey
 * user for the broker and one per namespace. NKeys: the server's config holds
 * only public keys; each party keeps its seed (secret) to itself.
 *
 * - broker: subscribes to every namespace's lookup subject and to health,
 *   publishes events, answers requests (allow_responses);
 * - namespace `ns`: publishes only `kvmesh.ns.lookup` and `kvmesh.health`,
 *   subscribes only to its own events and its own reply inbox `_INBOX.ns.>`.
 *
 * So only the broker can answer a lookup (no one else may subscribe to the
 * subject or publish into another's inbox), a tenant's identity is the NATS
 * user it logged in as (no token travels in a payload), and one tenant sees
 * nothing of another's traffic.
 */
export interface NatsPermissions {
  readonly publish: readonly string[];
  readonly subscribe: readonly string[];
  readonly allowResponses: boolean;
}

export interface NatsUser {
  /** "broker", a namespace, or an extra user's name. */
  readonly name: string;
  /** The public NKey (U...), what the server config holds. */
  readonly publicKey: string;
  /** The NKey seed (SU...): the secret to connect with. */
  readonly seed: string;
  readonly permissions: NatsPermissions;
}

export interface NatsAuthorization {
  readonly broker: NatsUser;
  readonly tenants: ReadonlyMap<string, NatsUser>;
  readonly extra: readonly NatsUser[];
  /** The nats-server `authorization { ... }` block for these users. */
  serverConfig(): string;
}

export function brokerNatsPermissions(): NatsPermissions {
  return {
    publish: ["kvmesh.*.segment.>"],
    subscribe: [natsSubjects.lookupWildcard, natsSubjects.health],
    allowResponses: true,
  };
}

export function tenantNatsPermissions(namespace: string): NatsPermissions {
  if (!NAMESPACE_RE.test(namespace)) throw new BrokerConfigError(`namespace "${namespace}" must match ${NAMESPACE_RE}`);
  return {
    publish: [natsSubjects.lookup(namespace), natsSubjects.health],
    subscribe: [`kvmesh.${namespace}.segment.>`, `${natsSubjects.inbox(namespace)}.>`],
    allowResponses: false,
  };
}

function user(name: string, permissions: NatsPermissions): NatsUser {
  const kp = nkeys.createUser();
  return { name, publicKey: kp.getPublicKey(), seed: new TextDecoder().decode(kp.getSeed()), permissions };
}

/**
 * Fresh NKeys for the broker and each namespace (and `extra` users with the
 * permissions given, e.g. a monitor in tests).
 */
export function generateNatsAuthorization(
  namespaces: readonly string[], extra: readonly { name: string; permissions: NatsPermissions }[] = [],
): NatsAuthorization {
  const broker = user("broker", brokerNatsPermissions());
  const tenants = new Map(namespaces.map((ns) => [ns, user(ns, tenantNatsPermissions(ns))] as const));
  const others = extra.map((e) => user(e.name, e.permissions));
  return {
    broker, tenants, extra: others,
    serverConfig: () => natsAuthorizationBlock([broker, ...tenants.values(), ...others]),
  };
}

/** nats-server config text (its JSON-like syntax accepts JSON values). */
export function natsAuthorizationBlock(users: readonly Pick<NatsUser, "name" | "publicKey" | "permissions">[]): string {
  const entries = users.map((u) => {
    const p: Record<string, unknown> = {
      publish: u.permissions.publish.length ? { allow: u.permissions.publish } : { deny: [">"] },
      subscribe: u.permissions.subscribe.length ? { allow: u.permissions.subscribe } : { deny: [">"] },
    };
    if (u.permissions.allowResponses) p.allow_responses = true;
    return `    # ${u.name}\n    { nkey: ${JSON.stringify(u.publicKey)}, permissions: ${JSON.stringify(p)} }`;
  });
  return `authorization {\n  users = [\n${entries.join(",\n")}\n  ]\n}\n`;
}
