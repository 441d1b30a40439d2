import type { NatsConnection, Msg, Subscription } from "@nats-io/transport-node";
import { natsSubjects } from "../proto/broker-service.js";
import { lookupReplyBytes } from "./lookup-reply.js";
import { pb } from "../proto/wire.js";
import { NamespaceAuthError } from "./errors.js";
import type { Logger } from "./logger.js";
import type { SegmentEventData, SegmentEventSink } from "./segment-events.js";
import type { SegmentService } from "./segment-service.js";

export interface NatsTransportOptions {
  readonly connection: NatsConnection;
  readonly service: SegmentService;
  readonly logger: Logger;
  readonly brokerId: string;
  readonly grpcAddress: string;
  readonly memoryBytes: () => number;
  /**
   * The NATS server authenticates its users and keeps each namespace to its
   * own subjects (nats-permissions.ts). Only then are lookups answered: the
   * subject's namespace is the caller's identity. On an open bus (--insecure)
   * anyone could ask in any namespace's name, so lookups are refused there.
   */
  readonly authenticated: boolean;
}

const KIND = {
  stored: pb.SegmentEventKind.SEGMENT_EVENT_KIND_STORED,
  evicted: pb.SegmentEventKind.SEGMENT_EVENT_KIND_EVICTED,
  deleted: pb.SegmentEventKind.SEGMENT_EVENT_KIND_DELETED,
  quarantined: pb.SegmentEventKind.SEGMENT_EVENT_KIND_QUARANTINED,
} as const;

/**
 * NATS adapter: publishes segment events (metadata only), answers
 * `kvmesh.<ns>.lookup` (identity from NATS's own authentication: no token
 * travels in a payload) and `kvmesh.health`.
 * The connection is owned by whoever made it; `stop()` only unsubscribes.
 */
export class NatsTransport implements SegmentEventSink {
  private readonly subs: Subscription[] = [];
  private readonly started = Date.now();

  constructor(private readonly o: NatsTransportOptions) {
    this.subs.push(o.connection.subscribe(natsSubjects.lookupWildcard, { callback: (err, msg) => { if (!err) this.onLookup(msg); } }));
    this.subs.push(o.connection.subscribe(natsSubjects.health, { callback: (err, msg) => { if (!err) this.onHealth(msg); } }));
  }

  publish(e: SegmentEventData): void {
    const subject = e.kind === "stored" ? natsSubjects.stored(e.namespace) : natsSubjects.evicted(e.namespace);
    const data = pb.SegmentEvent.encode({
      kind: KIND[e.kind], namespace: e.namespace, keyDigest: e.keyDigest, byteLength: e.byteLength, tier: e.tier,
      unixMs: e.unixMs, modelFingerprint: e.modelFingerprint, tokenCount: e.tokenCount, brokerId: this.o.brokerId,
    }).finish();
    if (!this.o.connection.isClosed()) this.o.connection.publish(subject, data);
  }

  /** Synchronous end to end: decode, authenticate, index lookup, encode, respond. */
  private onLookup(msg: Msg): void {
    if (!msg.reply) return;
    const ns = msg.subject.split(".")[1];
    let reply: Uint8Array;
    try {
      reply = this.o.service.trackSync("lookup", "nats", () => {
        if (!this.o.authenticated) throw new NamespaceAuthError("lookups over NATS need an authenticated NATS server (this broker runs --insecure); use gRPC");
        const req = pb.LookupRequest.decode(msg.data);
        const tenant = this.o.service.tenantOfNats(ns);
        const results = this.o.service.lookup(tenant, req.keyDigests ?? []);
        return lookupReplyBytes(results);
      });
    } catch (err) {
      const code = err instanceof NamespaceAuthError ? pb.ErrorCode.ERROR_CODE_PERMISSION_DENIED
        : err instanceof Error && err.name === "BrokerDrainingError" ? pb.ErrorCode.ERROR_CODE_UNAVAILABLE
        : err instanceof RangeError || err instanceof TypeError || (err instanceof Error && /invalid wire type|index out of range/i.test(err.message))
          ? pb.ErrorCode.ERROR_CODE_INVALID_ARGUMENT
        : pb.ErrorCode.ERROR_CODE_INTERNAL;
      if (code === pb.ErrorCode.ERROR_CODE_INTERNAL) this.o.logger.error("nats lookup failed", { err });
      reply = pb.LookupReply.encode({ error: { code, message: err instanceof Error ? err.message : String(err) } }).finish();
    }
    msg.respond(reply);
  }

  private onHealth(msg: Msg): void {
    if (!msg.reply) return;
    msg.respond(pb.HealthReply.encode({
      brokerId: this.o.brokerId,
      status: this.o.service.isDraining ? "draining" : "serving",
      uptimeMs: Date.now() - this.started,
      grpcAddress: this.o.grpcAddress,
      segments: this.o.service.totalSegments(),
      memoryBytes: this.o.memoryBytes(),
    }).finish());
  }

  /** Unsubscribe (in-flight replies still go out); the connection's owner drains it. */
  stop(): void {
    for (const s of this.subs.splice(0)) s.unsubscribe();
  }
}
