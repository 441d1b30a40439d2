import { readFile } from "node:fs/promises";
import { connect, nkeyAuthenticator, type NatsConnection } from "@nats-io/transport-node";
// Submodules, not the "effect" barrel: the barrel loads every module (docs/effect.md has the start-up cost).
import * as Context from "effect/Context";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import * as ManagedRuntime from "effect/ManagedRuntime";
import * as Schedule from "effect/Schedule";
import { splitHostPort, type BrokerConfig } from "./broker-config.js";
import { withAnchorThreads } from "../kernels/native-cpu.js";
import { selectKernelBackend } from "../kernels/select-backend.js";
import { AnchorPools, type StoredSegmentReader } from "./anchor-pools.js";
import { DiskTier } from "./disk-tier.js";
import { BrokerConfigError, InsecureNatsError, ListenError, NatsAuthError, NatsUnreachableError, ProjectorLoadError, StoreOpenError } from "./errors.js";
import { GrpcTransport } from "./grpc-transport.js";
import type { GrpcServerTls } from "./grpc-server.js";
import { jsonLogger, type Logger } from "./logger.js";
import { MemoryTier } from "./memory-tier.js";
import { BrokerMetrics } from "./metrics.js";
import { MetricsHttpServer } from "./metrics-http.js";
import { NatsLink } from "./nats-link.js";
import { NatsTransport } from "./nats-transport.js";
import { ProjectionService } from "./projection-service.js";
import { ProjectorSet } from "./projector-set.js";
import { SegmentEventFanout } from "./segment-events.js";
import { SegmentService } from "./segment-service.js";
import { ShmExporter } from "./shm-exporter.js";
import { TenantAuth, type NamespacesConfig } from "./tenant-auth.js";
import { TieredStore } from "./tiered-store.js";

/**
 * Broker wiring with Effect: each resource is a service built by a layer that
 * acquires it and registers its release. Releases run in reverse order, which
 * is the graceful drain: metrics HTTP closes, gRPC stops accepting and waits
 * for in-flight calls, NATS unsubscribes and drains, the core waits for the
 * rest, then shm files go and stores close.
 *
 * Start-up failures are typed (errors.ts: BrokerConfigError, StoreOpenError,
 * ListenError, NatsAuthError, InsecureNatsError, ProjectorLoadError) and reach the caller of
 * startBroker() as themselves; NATS's absence is not a failure: a scoped fiber
 * retries on a schedule until it connects, and dies with the broker.
 * docs/effect.md says why Effect stays here and nowhere else.
 */
export class Settings extends Context.Service<Settings, BrokerConfig>()("kvmesh/broker/Settings") {}
export class Log extends Context.Service<Log, Logger>()("kvmesh/broker/Log") {}
export class Metrics extends Context.Service<Metrics, BrokerMetrics>()("kvmesh/broker/Metrics") {}
export class Events extends Context.Service<Events, SegmentEventFanout>()("kvmesh/broker/Events") {}
export class Store extends Context.Service<Store, TieredStore>()("kvmesh/broker/Store") {}
export class Shm extends Context.Service<Shm, ShmExporter | undefined>()("kvmesh/broker/Shm") {}
export class Core extends Context.Service<Core, SegmentService>()("kvmesh/broker/Core") {}
export class Grpc extends Context.Service<Grpc, GrpcTransport>()("kvmesh/broker/Grpc") {}
export class Nats extends Context.Service<Nats, NatsLink | undefined>()("kvmesh/broker/Nats") {}
export class MetricsHttp extends Context.Service<MetricsHttp, MetricsHttpServer | undefined>()("kvmesh/broker/MetricsHttp") {}

const StoreLive = Layer.effect(Store, Effect.gen(function* () {
  const cfg = yield* Settings;
  const logger = yield* Log;
  const metrics = yield* Metrics;
  const memory = new MemoryTier(cfg.memoryBytes);
  const disk = cfg.store
    ? yield* Effect.acquireRelease(
      Effect.tryPromise({
        try: () => DiskTier.open({ dir: cfg.store!, budgetBytes: cfg.diskBytes, logger }),
        catch: (err) => new StoreOpenError(`cannot open the store ${cfg.store}: ${messageOf(err)}`, { cause: err }),
      }),
      (d) => Effect.promise(() => d.close()))
    : undefined;
  const store = new TieredStore(memory, disk);
  metrics.memoryBytes.set(() => memory.bytes);
  metrics.memoryBudget.set(cfg.memoryBytes);
  metrics.diskBytes.set(() => disk?.bytes ?? 0);
  metrics.segments.set(() => store.usage().segments);
  yield* Effect.addFinalizer(() => Effect.promise(() => memory.close()));
  return store;
}));

const ShmLive = Layer.effect(Shm, Effect.gen(function* () {
  const cfg = yield* Settings;
  const metrics = yield* Metrics;
  if (!cfg.shmDir) return undefined;
  const shm = yield* Effect.acquireRelease(
    Effect.tryPromise({
      try: () => ShmExporter.open(cfg.shmDir!, cfg.shmTtlMs),
      catch: (err) => new StoreOpenError(`cannot open the shm dir ${cfg.shmDir}: ${messageOf(err)}`, { cause: err }),
    }),
    (s) => Effect.promise(() => s.close()));
  metrics.shmFiles.set(() => shm.liveFiles);
  return shm;
}));

const CoreLive = Layer.effect(Core, Effect.gen(function* () {
  const cfg = yield* Settings;
  const logger = yield* Log;
  const namespaces = yield* Effect.tryPromise({
    try: async () => JSON.parse(await readFile(cfg.namespacesFile, "utf8")) as NamespacesConfig,
    catch: (err) => new BrokerConfigError(`cannot read namespaces file ${cfg.namespacesFile}`, { cause: err }),
  });
  const auth = yield* Effect.try({
    try: () => new TenantAuth(namespaces),
    catch: (err) => err instanceof BrokerConfigError ? err : new BrokerConfigError(`namespaces file ${cfg.namespacesFile}: ${messageOf(err)}`, { cause: err }),
  });
  const store = yield* Store;
  const service = new SegmentService({
    store, auth, metrics: yield* Metrics, events: yield* Events, logger, shm: yield* Shm,
    maxSegmentBytes: cfg.maxSegmentBytes, memoryBytes: () => store.memory.bytes, memoryBudget: cfg.memoryBytes,
    brokerId: cfg.brokerId, maxLookupKeys: cfg.maxLookupKeys, maxPutBytesInFlight: cfg.maxPutBytesInFlight,
  });
  yield* Effect.addFinalizer(() => Effect.promise(() => withTimeout(service.drain(), cfg.drainTimeoutMs)));
  return service;
}));

const GrpcLive = Layer.effect(Grpc, Effect.gen(function* () {
  const cfg = yield* Settings;
  const logger = yield* Log;
  const service = yield* Core;
  // The pools and the projection service read stored segments (correct-by-key, correct-ahead, fuse-by-key) through the core, as a Get would.
  const kernels = cfg.anchorThreads ? withAnchorThreads(selectKernelBackend(), cfg.anchorThreads) : selectKernelBackend();
  const stored: StoredSegmentReader = async (t, key) => {
    const r = await service.get(t, key, false);
    return r.hit ? { manifest: r.manifest, payload: r.payload } : undefined;
  };
  const anchors = new AnchorPools(kernels, { gamma: cfg.anchorGamma, shrink: cfg.anchorShrink }, stored);
  yield* Effect.addFinalizer(() => Effect.sync(() => anchors.dispose()));
  // C2C projectors (--projectors): every file checked at start; one that fails stops the start (ProjectorLoadError).
  const projectors = cfg.projectors ? yield* Effect.tryPromise({
    try: () => ProjectorSet.load(cfg.projectors!),
    catch: (err) => err instanceof ProjectorLoadError ? err : new ProjectorLoadError(cfg.projectors!.join(","), messageOf(err), { cause: err }),
  }) : ProjectorSet.empty;
  if (projectors.size > 0) logger.info("projectors loaded", { projectors: projectors.list().map((p) => `${p.projectorId} (${p.sharerModelFingerprint} -> ${p.receiverModelFingerprint})`) });
  const projection = new ProjectionService(projectors, stored);
  const tls = cfg.tlsCert && cfg.tlsKey ? yield* readTls(cfg.tlsCert, cfg.tlsKey, cfg.tlsClientCa) : undefined;
  if (!tls) logger.warn("gRPC without TLS: tokens and KV travel in cleartext (fine on loopback; see SECURITY.md)", { grpc: cfg.grpc });
  return yield* Effect.acquireRelease(
    Effect.tryPromise({
      try: () => GrpcTransport.start({
        service, logger, address: cfg.grpc, chunkBytes: cfg.chunkBytes, anchors, projection, tls,
        maxMessageBytes: cfg.maxMessageBytes, authFailureLimit: cfg.authFailureLimit,
      }),
      catch: (err) => new ListenError(`gRPC cannot listen on ${cfg.grpc}: ${messageOf(err)}`, { cause: err }),
    }),
    (g) => Effect.promise(async () => {
      logger.info("grpc draining");
      await g.shutdown(cfg.drainTimeoutMs);
    }));
}));

function readTls(certFile: string, keyFile: string, clientCaFile: string | undefined): Effect.Effect<GrpcServerTls, BrokerConfigError> {
  return Effect.tryPromise({
    try: async () => ({
      cert: await readFile(certFile), key: await readFile(keyFile),
      clientCa: clientCaFile ? await readFile(clientCaFile) : undefined,
    }),
    catch: (err) => new BrokerConfigError(`cannot read the TLS files: ${messageOf(err)}`, { cause: err }),
  });
}

/** One connection attempt; a refusal of our credentials is told apart (it is not retried). */
function connectNats(url: string, name: string, seed: string | undefined): Effect.Effect<NatsConnection, NatsAuthError | NatsUnreachableError> {
  return Effect.tryPromise({
    try: () => connect({
      servers: url, name, timeout: 2000, maxReconnectAttempts: -1, reconnectTimeWait: 250,
      ...(seed ? { authenticator: nkeyAuthenticator(new TextEncoder().encode(seed)) } : {}),
    }),
    catch: (err) => /authori[sz]ation/i.test(`${messageOf(err)} ${messageOf((err as { cause?: unknown })?.cause)}`)
      ? new NatsAuthError(`NATS at ${url} refused the broker's credentials`, { cause: err })
      : new NatsUnreachableError(`NATS at ${url} unreachable: ${messageOf(err)}`, { cause: err }),
  });
}

const NatsLive = Layer.effect(Nats, Effect.gen(function* () {
  const cfg = yield* Settings;
  const logger = yield* Log;
  if (!cfg.nats) return undefined;
  const url = cfg.nats;
  const seedFile = cfg.natsSeedFile;
  const seed = seedFile
    ? yield* Effect.tryPromise({
      try: async () => (await readFile(seedFile, "utf8")).trim(),
      catch: (err) => new BrokerConfigError(`cannot read the NATS seed file ${seedFile}`, { cause: err }),
    })
    : undefined;
  if (!seed && !cfg.insecure) {
    return yield* Effect.fail(new BrokerConfigError(
      "--nats needs --nats-seed FILE (the broker's NKey; SECURITY.md): on a NATS without authentication anyone reads events and poses as a tenant. " +
      "Pass --insecure to run that way anyway"));
  }
  const grpc = yield* Grpc;
  const service = yield* Core;
  const store = yield* Store;
  const link = new NatsLink({
    url, logger, insecure: cfg.insecure, events: yield* Events,
    makeTransport: (nc, authenticated) => new NatsTransport({
      connection: nc, service, logger, brokerId: cfg.brokerId, grpcAddress: grpc.address,
      memoryBytes: () => store.memory.bytes, authenticated,
    }),
  });
  yield* Effect.addFinalizer(() => Effect.promise(() => link.close()));
  const name = `kvmesh-broker-${cfg.brokerId}`;
  const attach = (nc: NatsConnection) => Effect.tryPromise({
    try: () => link.attach(nc),
    catch: (err) => err instanceof InsecureNatsError ? err : new NatsUnreachableError(`NATS at ${url}: ${messageOf(err)}`, { cause: err }),
  });
  const first = yield* Effect.result(connectNats(url, name, seed));
  if (first._tag === "Success") {
    yield* attach(first.success);
  } else if (first.failure instanceof NatsAuthError) {
    return yield* Effect.fail(first.failure);
  } else {
    // gRPC serves without NATS; NATS joins when it comes (lookups and events over it meanwhile: none).
    logger.warn("nats unreachable at start; serving gRPC and connecting in the background", { url, err: first.failure.message });
    yield* Effect.forkScoped(connectNats(url, name, seed).pipe(
      Effect.retry({ schedule: Schedule.spaced("1 second"), while: (e) => e instanceof NatsUnreachableError }),
      Effect.flatMap(attach),
      Effect.catch((err) => Effect.sync(() => logger.error("nats not used", { url, err }))),
    ));
  }
  return link;
}));

const MetricsHttpLive = Layer.effect(MetricsHttp, Effect.gen(function* () {
  const cfg = yield* Settings;
  const metrics = yield* Metrics;
  if (!cfg.metrics) return undefined;
  const { host, port } = splitHostPort(cfg.metrics);
  return yield* Effect.acquireRelease(
    Effect.tryPromise({
      try: () => MetricsHttpServer.start(host, port, metrics.registry),
      catch: (err) => new ListenError(`metrics cannot listen on ${cfg.metrics}: ${messageOf(err)}`, { cause: err }),
    }),
    (m) => Effect.promise(() => m.close()));
}));

/** The whole broker as one layer (outputs every service, for tests and the CLI). */
export function brokerLayer(cfg: BrokerConfig, logger: Logger = jsonLogger(cfg.logLevel)) {
  const base = Layer.mergeAll(
    Layer.succeed(Settings)(cfg), Layer.succeed(Log)(logger), Layer.succeed(Metrics)(new BrokerMetrics()),
    Layer.succeed(Events)(new SegmentEventFanout()),
  );
  return MetricsHttpLive.pipe(
    Layer.provideMerge(NatsLive),
    Layer.provideMerge(GrpcLive),
    Layer.provideMerge(CoreLive),
    Layer.provideMerge(Layer.mergeAll(StoreLive, ShmLive)),
    Layer.provideMerge(base),
  );
}

/** Where a started broker listens (printed as one JSON line by `kvmesh broker`). */
export interface BrokerAddresses {
  readonly grpc: string;
  /** True when gRPC is served over TLS (mutual TLS: "mutual"). */
  readonly tls: boolean | "mutual";
  readonly nats?: string;
  readonly metrics?: string;
  readonly shmDir?: string;
  readonly store?: string;
  readonly brokerId: string;
  readonly pid: number;
}

export interface RunningBroker extends AsyncDisposable {
  readonly addresses: BrokerAddresses;
  readonly service: SegmentService;
  readonly metrics: BrokerMetrics;
  /** Open gRPC client connections. */
  readonly grpcConnections: number;
  /** Graceful drain and close (idempotent). */
  close(): Promise<void>;
}

/** Start every part of the broker; `close()` drains and releases in reverse order. */
export async function startBroker(cfg: BrokerConfig, logger?: Logger): Promise<RunningBroker> {
  const runtime = ManagedRuntime.make(brokerLayer(cfg, logger));
  let parts;
  try {
    parts = await runtime.runPromise(Effect.gen(function* () {
      return {
        grpc: yield* Grpc, service: yield* Core, metrics: yield* Metrics,
        http: yield* MetricsHttp, shm: yield* Shm,
      };
    }));
  } catch (err) {
    await runtime.dispose();
    throw err;
  }
  const addresses: BrokerAddresses = {
    grpc: parts.grpc.address, tls: cfg.tlsCert ? (cfg.tlsClientCa ? "mutual" : true) : false, nats: cfg.nats, metrics: parts.http?.address, shmDir: parts.shm?.dir,
    store: cfg.store, brokerId: cfg.brokerId, pid: process.pid,
  };
  let closing: Promise<void> | undefined;
  // gRPC drains first (stop accepting, finish in-flight calls) while NATS can still
  // announce what those calls store; then the layers release in reverse order.
  const close = () => (closing ??= parts.grpc.shutdown(cfg.drainTimeoutMs).then(() => runtime.dispose()));
  const grpc = parts.grpc;
  return {
    addresses, service: parts.service, metrics: parts.metrics, close, [Symbol.asyncDispose]: close,
    get grpcConnections() { return grpc.connections; },
  };
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

async function withTimeout(p: Promise<void>, ms: number): Promise<void> {
  let t: NodeJS.Timeout | undefined;
  await Promise.race([p, new Promise<void>((r) => { t = setTimeout(r, ms); })]);
  clearTimeout(t);
}
