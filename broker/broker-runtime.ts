import { readFile } from "node:fs/promises";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { Context, Effect, Layer, ManagedRuntime, Schedule } from "effect";
import { splitHostPort, type BrokerConfig } from "./broker-config.js";
import { selectKernelBackend } from "../kernels/select-backend.js";
import { AnchorPools } from "./anchor-pools.js";
import { DiskTier } from "./disk-tier.js";
import { BrokerConfigError } from "./errors.js";
import { GrpcTransport } from "./grpc-transport.js";
import { jsonLogger, type Logger } from "./logger.js";
import { MemoryTier } from "./memory-tier.js";
import { BrokerMetrics } from "./metrics.js";
import { MetricsHttpServer } from "./metrics-http.js";
import { NatsTransport } from "./nats-transport.js";
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
 */
export class Settings extends Context.Service<Settings, BrokerConfig>()("kvmesh/broker/Settings") {}
export class Log extends Context.Service<Log, Logger>()("kvmesh/broker/Log") {}
export class Metrics extends Context.Service<Metrics, BrokerMetrics>()("kvmesh/broker/Metrics") {}
export class Events extends Context.Service<Events, SegmentEventFanout>()("kvmesh/broker/Events") {}
export class Store extends Context.Service<Store, TieredStore>()("kvmesh/broker/Store") {}
export class Shm extends Context.Service<Shm, ShmExporter | undefined>()("kvmesh/broker/Shm") {}
export class Core extends Context.Service<Core, SegmentService>()("kvmesh/broker/Core") {}
export class Grpc extends Context.Service<Grpc, GrpcTransport>()("kvmesh/broker/Grpc") {}
export class Nats extends Context.Service<Nats, NatsTransport | undefined>()("kvmesh/broker/Nats") {}
export class MetricsHttp extends Context.Service<MetricsHttp, MetricsHttpServer | undefined>()("kvmesh/broker/MetricsHttp") {}

const StoreLive = Layer.effect(Store, Effect.gen(function* () {
  const cfg = yield* Settings;
  const logger = yield* Log;
  const metrics = yield* Metrics;
  const memory = new MemoryTier(cfg.memoryBytes);
  const disk = cfg.store
    ? yield* Effect.acquireRelease(
      Effect.promise(() => DiskTier.open({ dir: cfg.store!, budgetBytes: cfg.diskBytes, logger })),
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
    Effect.promise(() => ShmExporter.open(cfg.shmDir!, cfg.shmTtlMs)),
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
  const auth = yield* Effect.try({ try: () => new TenantAuth(namespaces), catch: (e) => e as BrokerConfigError });
  const store = yield* Store;
  const service = new SegmentService({
    store, auth, metrics: yield* Metrics, events: yield* Events, logger, shm: yield* Shm,
    maxSegmentBytes: cfg.maxSegmentBytes, memoryBytes: () => store.memory.bytes, memoryBudget: cfg.memoryBytes,
    brokerId: cfg.brokerId,
  });
  yield* Effect.addFinalizer(() => Effect.promise(() => withTimeout(service.drain(), cfg.drainTimeoutMs)));
  return service;
}));

const GrpcLive = Layer.effect(Grpc, Effect.gen(function* () {
  const cfg = yield* Settings;
  const logger = yield* Log;
  const service = yield* Core;
  const anchors = new AnchorPools(selectKernelBackend(), { gamma: cfg.anchorGamma });
  yield* Effect.addFinalizer(() => Effect.sync(() => anchors.dispose()));
  return yield* Effect.acquireRelease(
    Effect.promise(() => GrpcTransport.start({ service, logger, address: cfg.grpc, chunkBytes: cfg.chunkBytes, anchors })),
    (g) => Effect.promise(async () => {
      logger.info("grpc draining");
      await g.shutdown(cfg.drainTimeoutMs);
    }));
}));

const NatsLive = Layer.effect(Nats, Effect.gen(function* () {
  const cfg = yield* Settings;
  const logger = yield* Log;
  if (!cfg.nats) return undefined;
  const url = cfg.nats;
  const nc: NatsConnection = yield* Effect.acquireRelease(
    Effect.tryPromise({
      try: () => connect({ servers: url, name: `kvmesh-broker-${cfg.brokerId}`, maxReconnectAttempts: -1 }),
      catch: (err) => err as Error,
    }).pipe(
      Effect.tapError((err) => Effect.sync(() => logger.warn("nats connect failed, retrying", { url, err }))),
      Effect.retry({ schedule: Schedule.exponential("100 millis"), times: 6 }),
    ),
    (c) => Effect.promise(() => c.drain().catch(() => c.close())));
  const grpc = yield* Grpc;
  const service = yield* Core;
  const store = yield* Store;
  const transport = yield* Effect.acquireRelease(
    Effect.sync(() => new NatsTransport({
      connection: nc, service, logger, brokerId: cfg.brokerId, grpcAddress: grpc.address,
      memoryBytes: () => store.memory.bytes,
    })),
    (t) => Effect.sync(() => t.stop()));
  const events = yield* Events;
  const remove = events.add(transport);
  yield* Effect.addFinalizer(() => Effect.sync(remove));
  yield* Effect.promise(() => nc.flush());
  return transport;
}));

const MetricsHttpLive = Layer.effect(MetricsHttp, Effect.gen(function* () {
  const cfg = yield* Settings;
  const metrics = yield* Metrics;
  if (!cfg.metrics) return undefined;
  const { host, port } = splitHostPort(cfg.metrics);
  return yield* Effect.acquireRelease(
    Effect.promise(() => MetricsHttpServer.start(host, port, metrics.registry)),
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
    grpc: parts.grpc.address, nats: cfg.nats, metrics: parts.http?.address, shmDir: parts.shm?.dir,
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

async function withTimeout(p: Promise<void>, ms: number): Promise<void> {
  let t: NodeJS.Timeout | undefined;
  await Promise.race([p, new Promise<void>((r) => { t = setTimeout(r, ms); })]);
  clearTimeout(t);
}
