/**
 * Makes NATS credentials for a kvmesh deployment: one NKey user for the
 * broker and one per namespace, with the subject permissions of
 * broker/nats-permissions.ts.
 *
 *   tsx scripts/nats-auth.ts --namespaces namespaces.json --out DIR
 *
 * Writes DIR/nats-auth.conf (include it in nats-server's config: it holds
 * public keys only), DIR/broker.nkey (for `kvmesh broker --nats-seed`) and
 * DIR/<namespace>.nkey (each namespace's agents: BrokerClientOptions.natsSeed).
 * Seed files are secrets, written 0600.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateNatsAuthorization } from "../broker/nats-permissions.js";

const { values } = parseArgs({ options: { namespaces: { type: "string" }, out: { type: "string" } } });
if (!values.namespaces || !values.out) {
  process.stderr.write("usage: tsx scripts/nats-auth.ts --namespaces namespaces.json --out DIR\n");
  process.exit(2);
}
const namespaces = Object.keys(JSON.parse(await readFile(values.namespaces, "utf8")) as Record<string, unknown>);
const auth = generateNatsAuthorization(namespaces);
await mkdir(values.out, { recursive: true, mode: 0o700 });
await writeFile(path.join(values.out, "nats-auth.conf"), auth.serverConfig());
await writeFile(path.join(values.out, "broker.nkey"), auth.broker.seed + "\n", { mode: 0o600 });
for (const [ns, u] of auth.tenants) await writeFile(path.join(values.out, `${ns}.nkey`), u.seed + "\n", { mode: 0o600 });
process.stdout.write(`wrote ${values.out}/nats-auth.conf, broker.nkey and ${namespaces.length} namespace seed(s)\n`);
