import { hostname } from "node:os";
import { parseArgs } from "node:util";
import { BrokerConfigError } from "./errors.js";
import type { LogFormat, LogLevel } from "./logger.js";
import { ANCHOR_SHRINKS, type AnchorShrink } from "../anchors/anchor-service.js";

/** Everything `kvmesh broker` can be told, from flags or KVMESH_* env. */
export interface BrokerConfig {
  /** gRPC listen address host:port (port 0 = any free port). */
  readonly grpc: string;
  readonly nats?: string;
  /** File holding the broker's NATS NKey seed (nats-permissions.ts). */
  readonly natsSeedFile?: string;
  /**
   * Run on an unauthenticated NATS (anyone on the bus reads events and could
   * pose as the broker) and without TLS on gRPC. Refused unless asked for.
   */
  readonly insecure: boolean;
  /** PEM certificate (chain) and key: gRPC is served over TLS. */
  readonly tlsCert?: string;
  readonly tlsKey?: string;
  /** PEM CA: clients must present a certificate it signed (mutual TLS). */
  readonly tlsClientCa?: string;
  /** Disk tier directory; absent = memory only. */
  readonly store?: string;
  readonly memoryBytes: number;
  readonly diskBytes?: number;
  /** Path of the JSON namespace -> token file. */
  readonly namespacesFile: string;
  readonly metrics?: string;
  /** Same-host shm dir; absent = off. */
  readonly shmDir?: string;
  readonly shmTtlMs: number;
  readonly maxSegmentBytes: number;
  readonly chunkBytes: number;
  readonly drainTimeoutMs: number;
  readonly logLevel: LogLevel;
  /** Log lines as text (default) or JSON objects. */
  readonly logFormat: LogFormat;
  readonly brokerId: string;
  /** Most keys in one lookup. */
  readonly maxLookupKeys: number;
  /** Payload bytes of puts being received at once. */
  readonly maxPutBytesInFlight: number;
  /** Largest gRPC request message (absent: chunkBytes + 16 MiB + 64 KiB). */
  readonly maxMessageBytes?: number;
  /** Rejected tokens per peer and minute before the peer is paused. */
  readonly authFailureLimit: number;
  /** Anchor gate gamma for the broker's anchor pools (entropy threshold as a share of log2 N; default 1). */
  readonly anchorGamma: number;
  /** How corrections scale the anchors' deltas (AnchorServiceOptions.shrink). */
  readonly anchorShrink: AnchorShrink;
  /** Threads of the anchors' native passes (undefined: every core). */
  readonly anchorThreads?: number;
  /** C2C projector files, or directories of `*.kvpj` files, served by kvmesh.v1.Projection (absent: none held). */
  readonly projectors?: readonly string[];
}

interface Option {
  readonly flag: string;
  readonly env: string;
  readonly key: keyof BrokerConfig;
  readonly kind: "string" | "bytes" | "int" | "number" | "bool";
  /** Placeholder in usage lines ("" for a bool flag). */
  readonly value: string;
  readonly help: string;
}

/** The one table of options: flag, env var, type, meaning. */
export const BROKER_OPTIONS: readonly Option[] = [
  { flag: "--grpc", env: "KVMESH_GRPC", key: "grpc", kind: "string", value: "HOST:PORT", help: "gRPC listen host:port (default 127.0.0.1:7400)" },
  { flag: "--nats", env: "KVMESH_NATS", key: "nats", kind: "string", value: "URL", help: "NATS server URL (events, lookup, health)" },
  { flag: "--nats-seed", env: "KVMESH_NATS_SEED", key: "natsSeedFile", kind: "string", value: "FILE", help: "file with the broker's NATS NKey seed (SECURITY.md)" },
  { flag: "--insecure", env: "KVMESH_INSECURE", key: "insecure", kind: "bool", value: "", help: "allow an unauthenticated NATS and plaintext gRPC (development only)" },
  { flag: "--tls-cert", env: "KVMESH_TLS_CERT", key: "tlsCert", kind: "string", value: "FILE", help: "PEM certificate: serve gRPC over TLS (with --tls-key)" },
  { flag: "--tls-key", env: "KVMESH_TLS_KEY", key: "tlsKey", kind: "string", value: "FILE", help: "PEM private key of --tls-cert" },
  { flag: "--tls-client-ca", env: "KVMESH_TLS_CLIENT_CA", key: "tlsClientCa", kind: "string", value: "FILE", help: "PEM CA: require client certificates it signed (mTLS)" },
  { flag: "--store", env: "KVMESH_STORE", key: "store", kind: "string", value: "DIR", help: "disk tier directory (default: memory only)" },
  { flag: "--memory-bytes", env: "KVMESH_MEMORY_BYTES", key: "memoryBytes", kind: "bytes", value: "BYTES", help: "memory tier budget (default 1Gi)" },
  { flag: "--disk-bytes", env: "KVMESH_DISK_BYTES", key: "diskBytes", kind: "bytes", value: "BYTES", help: "disk tier budget (default unlimited)" },
  { flag: "--namespaces", env: "KVMESH_NAMESPACES", key: "namespacesFile", kind: "string", value: "FILE", help: "JSON file namespace -> token (required)" },
  { flag: "--metrics", env: "KVMESH_METRICS", key: "metrics", kind: "string", value: "HOST:PORT", help: "Prometheus /metrics host:port" },
  { flag: "--shm-dir", env: "KVMESH_SHM_DIR", key: "shmDir", kind: "string", value: "DIR|off", help: "same-host shm dir (default /dev/shm/kvmesh-<pid>; 'off' disables)" },
  { flag: "--shm-ttl-ms", env: "KVMESH_SHM_TTL_MS", key: "shmTtlMs", kind: "int", value: "MS", help: "shm lease TTL (default 30000)" },
  { flag: "--max-segment-bytes", env: "KVMESH_MAX_SEGMENT_BYTES", key: "maxSegmentBytes", kind: "bytes", value: "BYTES", help: "largest accepted segment (default 1Gi)" },
  { flag: "--chunk-bytes", env: "KVMESH_CHUNK_BYTES", key: "chunkBytes", kind: "bytes", value: "BYTES", help: "Get stream chunk size (default 1Mi)" },
  { flag: "--max-lookup-keys", env: "KVMESH_MAX_LOOKUP_KEYS", key: "maxLookupKeys", kind: "int", value: "N", help: "most keys in one lookup (default 10000)" },
  { flag: "--max-inflight-put-bytes", env: "KVMESH_MAX_INFLIGHT_PUT_BYTES", key: "maxPutBytesInFlight", kind: "bytes", value: "BYTES", help: "payload bytes of puts received at once (default 256Mi)" },
  { flag: "--max-message-bytes", env: "KVMESH_MAX_MESSAGE_BYTES", key: "maxMessageBytes", kind: "bytes", value: "BYTES", help: "largest gRPC request message (default chunk + 16Mi)" },
  { flag: "--auth-failure-limit", env: "KVMESH_AUTH_FAILURE_LIMIT", key: "authFailureLimit", kind: "int", value: "N", help: "rejected tokens per peer a minute before pausing it (default 20)" },
  { flag: "--drain-timeout-ms", env: "KVMESH_DRAIN_TIMEOUT_MS", key: "drainTimeoutMs", kind: "int", value: "MS", help: "SIGTERM drain limit (default 30000)" },
  { flag: "--log-level", env: "KVMESH_LOG_LEVEL", key: "logLevel", kind: "string", value: "LEVEL", help: "debug|info|warn|error (default info)" },
  { flag: "--log-format", env: "KVMESH_LOG_FORMAT", key: "logFormat", kind: "string", value: "text|json", help: "log lines as text or JSON lines (default text)" },
  { flag: "--broker-id", env: "KVMESH_BROKER_ID", key: "brokerId", kind: "string", value: "ID", help: "name in events and health (default host-pid)" },
  { flag: "--anchor-threads", env: "KVMESH_ANCHOR_THREADS", key: "anchorThreads", kind: "int", value: "N", help: "threads of the anchors' native passes (default: every core; fewer when agents share the host)" },
  { flag: "--anchor-gamma", env: "KVMESH_ANCHOR_GAMMA", key: "anchorGamma", kind: "number", value: "G", help: "anchor gate gamma, 0..1 (default 1: reuse once two anchors know the consumer)" },
  { flag: "--anchor-shrink", env: "KVMESH_ANCHOR_SHRINK", key: "anchorShrink", kind: "string", value: "calibrated|off", help: "anchors' deltas scaled by how well they predicted the dense calls they learned from, or added in full (default calibrated)" },
  { flag: "--projectors", env: "KVMESH_PROJECTORS", key: "projectors", kind: "string", value: "PATH[,PATH]", help: "C2C projector files or dirs of *.kvpj (stamped; one per model pair) served by kvmesh.v1.Projection" },
];

/** "1048576", "64Mi", "1Gi", "500k". */
export function parseBytes(s: string): number {
  const m = /^(\d+)\s*(k|ki|m|mi|g|gi)?b?$/i.exec(s.trim());
  if (!m) throw new BrokerConfigError(`not a byte count: "${s}"`);
  const mult: Record<string, number> = { "": 1, k: 1e3, ki: 1024, m: 1e6, mi: 1024 ** 2, g: 1e9, gi: 1024 ** 3 };
  return Number(m[1]) * mult[(m[2] ?? "").toLowerCase()];
}

/** Flags win over env, env over defaults. */
export function parseBrokerConfig(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): BrokerConfig {
  let flags: Record<string, string | boolean | undefined>;
  try {
    flags = parseArgs({
      args: [...argv], strict: true, allowPositionals: false,
      options: Object.fromEntries(BROKER_OPTIONS.map((o) => [o.flag.slice(2), { type: o.kind === "bool" ? ("boolean" as const) : ("string" as const) }])),
    }).values;
  } catch (e) {
    throw new BrokerConfigError(`${(e as Error).message.split(". To specify")[0]}\n${brokerUsage()}`, { cause: e });
  }
  return brokerConfigFrom(flags, env);
}

/** The config from flag values by name without dashes ({ grpc: "127.0.0.1:0" }), then env, then defaults. */
export function brokerConfigFrom(flags: Readonly<Record<string, string | boolean | undefined>>, env: NodeJS.ProcessEnv = process.env): BrokerConfig {
  const raw = new Map<keyof BrokerConfig, string>();
  for (const o of BROKER_OPTIONS) {
    const flag = flags[o.flag.slice(2)];
    // A bool flag left off is false here: the env var may still turn it on.
    if (flag !== undefined && flag !== false) raw.set(o.key, String(flag));
    else if (env[o.env] !== undefined && env[o.env] !== "") raw.set(o.key, env[o.env]!);
  }
  const out: Record<string, unknown> = {
    grpc: "127.0.0.1:7400", memoryBytes: 1024 ** 3, shmTtlMs: 30_000, maxSegmentBytes: 1024 ** 3,
    chunkBytes: 1024 * 1024, drainTimeoutMs: 30_000, logLevel: "info", logFormat: "text", brokerId: `${hostName()}-${process.pid}`,
    shmDir: `/dev/shm/kvmesh-${process.pid}`, anchorGamma: 1, anchorShrink: "calibrated", insecure: false,
    maxLookupKeys: 10_000, maxPutBytesInFlight: 256 * 1024 * 1024, authFailureLimit: 20,
  };
  for (const [key, v] of raw) {
    const o = BROKER_OPTIONS.find((x) => x.key === key)!;
    if (o.kind === "bytes") out[key] = parseBytes(v);
    else if (o.kind === "bool") {
      if (!/^(true|false|1|0)$/.test(v)) throw new BrokerConfigError(`${o.flag} must be true or false`);
      out[key] = v === "true" || v === "1";
    } else if (o.kind === "int") {
      if (!/^\d+$/.test(v)) throw new BrokerConfigError(`${o.flag} must be an integer`);
      out[key] = Number(v);
    } else if (o.kind === "number") {
      const n = Number(v);
      if (!Number.isFinite(n) || n < 0 || n > 1) throw new BrokerConfigError(`${o.flag} must be a number in 0..1`);
      out[key] = n;
    } else out[key] = v;
  }
  if (out.shmDir === "off" || out.shmDir === "") delete out.shmDir;
  if (typeof out.projectors === "string") {
    const paths = out.projectors.split(",").map((p) => p.trim());
    if (paths.some((p) => p === "")) throw new BrokerConfigError("--projectors must be a comma-separated list of files or directories, none empty");
    out.projectors = paths;
  }
  if (!out.namespacesFile) throw new BrokerConfigError(`--namespaces FILE (or KVMESH_NAMESPACES) is required\n${brokerUsage()}`);
  if (!["debug", "info", "warn", "error"].includes(out.logLevel as string)) throw new BrokerConfigError("--log-level must be debug, info, warn or error");
  if (!(ANCHOR_SHRINKS as readonly unknown[]).includes(out.anchorShrink)) throw new BrokerConfigError(`--anchor-shrink must be ${ANCHOR_SHRINKS.join(" or ")}`);
  if (out.logFormat !== "text" && out.logFormat !== "json") throw new BrokerConfigError("--log-format must be text or json");
  const { host } = splitHostPort(out.grpc as string);
  if ((out.tlsCert === undefined) !== (out.tlsKey === undefined)) throw new BrokerConfigError("--tls-cert and --tls-key go together");
  if (out.tlsClientCa && !out.tlsCert) throw new BrokerConfigError("--tls-client-ca needs --tls-cert and --tls-key");
  // Tokens travel in gRPC metadata: in cleartext only where no one else can listen.
  if (!out.tlsCert && !out.insecure && !isLoopback(host)) {
    throw new BrokerConfigError(`gRPC on ${out.grpc} without TLS would send namespace tokens and KV in cleartext: give --tls-cert/--tls-key, or --insecure`);
  }
  if (out.metrics) splitHostPort(out.metrics as string);
  for (const k of ["maxLookupKeys", "maxPutBytesInFlight", "authFailureLimit"] as const) {
    if (!((out[k] as number) >= 1)) throw new BrokerConfigError(`${BROKER_OPTIONS.find((o) => o.key === k)!.flag} must be at least 1`);
  }
  if (out.anchorThreads !== undefined && !((out.anchorThreads as number) >= 1 && (out.anchorThreads as number) <= 1024)) throw new BrokerConfigError("--anchor-threads must be within 1..1024");
  if (out.maxMessageBytes !== undefined && (out.maxMessageBytes as number) < 64 * 1024) throw new BrokerConfigError("--max-message-bytes must be at least 64Ki");
  if ((out.chunkBytes as number) < 1024 || (out.chunkBytes as number) > 16 * 1024 * 1024) {
    throw new BrokerConfigError("--chunk-bytes must be within 1Ki..16Mi");
  }
  return out as unknown as BrokerConfig;
}

export function splitHostPort(s: string): { host: string; port: number } {
  const i = s.lastIndexOf(":");
  const host = i > 0 ? s.slice(0, i).replace(/^\[|\]$/g, "") : "";
  const port = Number(s.slice(i + 1));
  if (!host || !Number.isInteger(port) || port < 0 || port > 65535) throw new BrokerConfigError(`not host:port: "${s}"`);
  return { host, port };
}

export function brokerUsage(): string {
  return "usage: kvmesh broker [options]\n" +
    BROKER_OPTIONS.map((o) => `  ${`${o.flag} ${o.value}`.padEnd(30)} ${o.env.padEnd(26)} ${o.help}`).join("\n") + "\n";
}

function hostName(): string {
  return hostname() || "broker";
}

/** 127.0.0.0/8, ::1, localhost. */
export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}
