import type { NatsConnection } from "@nats-io/transport-node";
import { InsecureNatsError } from "./errors.js";
import type { Logger } from "./logger.js";
import type { SegmentEventFanout } from "./segment-events.js";
import type { NatsTransport } from "./nats-transport.js";

export interface NatsLinkOptions {
  readonly url: string;
  readonly logger: Logger;
  readonly insecure: boolean;
  readonly events: SegmentEventFanout;
  /** The adapter over a live connection (`authenticated`: the server checks who connects). */
  makeTransport(nc: NatsConnection, authenticated: boolean): NatsTransport;
}

/**
 * The broker's side of NATS once a connection exists: refuses an open bus
 * unless --insecure, mounts the adapter (lookups, health, events), and logs
 * every loss and reconnect. Connecting (and retrying while NATS is away) is
 * the runtime's job; gRPC serves either way.
 */
export class NatsLink {
  private nc: NatsConnection | undefined;
  private transport: NatsTransport | undefined;
  private removeSink: (() => void) | undefined;
  private closed = false;

  constructor(private readonly o: NatsLinkOptions) {}

  /** True once a connection is mounted and not lost. */
  get connected(): boolean { return this.nc !== undefined && !this.nc.isClosed() && this.live; }
  private live = false;

  async attach(nc: NatsConnection): Promise<void> {
    if (this.closed) { await nc.close(); return; }
    const authenticated = nc.info?.auth_required === true;
    if (!authenticated && !this.o.insecure) {
      await nc.close();
      throw new InsecureNatsError(
        `NATS at ${this.o.url} lets anyone connect: any client could read segment events and pose as a tenant or the broker. ` +
        "Give it NKey users with per-namespace permissions (SECURITY.md) or run the broker with --insecure");
    }
    if (!authenticated) {
      this.o.logger.warn("INSECURE: NATS requires no authentication; anyone on it reads segment events; lookups over NATS are refused", { url: this.o.url });
    }
    this.nc = nc;
    this.live = true;
    this.transport = this.o.makeTransport(nc, authenticated);
    this.removeSink = this.o.events.add(this.transport);
    await nc.flush();
    this.o.logger.info("nats connected", { url: this.o.url, server: nc.info?.server_id, authenticated });
    void this.watch(nc);
  }

  private async watch(nc: NatsConnection): Promise<void> {
    for await (const s of nc.status()) {
      if (s.type === "disconnect") { this.live = false; this.o.logger.warn("nats connection lost; reconnecting", { url: this.o.url }); }
      else if (s.type === "reconnect") { this.live = true; this.o.logger.info("nats reconnected", { url: this.o.url }); }
      else if (s.type === "error") this.o.logger.warn("nats error", { url: this.o.url, err: String((s as { error?: unknown }).error) });
    }
    this.live = false;
    if (!this.closed) this.o.logger.error("nats connection closed for good", { url: this.o.url });
  }

  /** Unsubscribes and drains (in-flight replies go out). Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.removeSink?.();
    this.transport?.stop();
    const nc = this.nc;
    if (nc && !nc.isClosed()) await nc.drain().catch(() => nc.close());
  }
}
