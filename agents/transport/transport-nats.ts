import { connect, nkeyAuthenticator, type NatsConnection } from "@nats-io/transport-node";
import { natsSubjects } from "../../proto/broker-service.js";
import { manifestFromProto } from "../../proto/manifest.js";
import { pb } from "../../proto/wire.js";
import { BrokerAuthError, BrokerRequestError, BrokerTimeoutError, BrokerUnavailableError, type BrokerError } from "./transport-errors.js";
import type { LookupResult } from "./transport-grpc.js";

/**
 * The SDK's NATS side: request/reply lookups on `kvmesh.<ns>.lookup`. Who
 * asks is the NATS user this connection logged in as (the namespace's NKey):
 * no token travels in the request. Replies come back on the namespace's own
 * inbox (`_INBOX.<ns>`), the only place its permissions let it subscribe.
 */
export class NatsBrokerTransport {
  private constructor(private readonly nc: NatsConnection, private readonly namespace: string) {}

  /** `seed`: the namespace's NKey seed (SU...); without one, only an open (insecure) NATS lets us in. */
  static async connect(url: string, namespace: string, seed: string | undefined, timeoutMs: number): Promise<NatsBrokerTransport> {
    try {
      const nc = await connect({
        servers: url, timeout: timeoutMs, name: `kvmesh-agent-${namespace}`, inboxPrefix: natsSubjects.inbox(namespace),
        // noAsyncTraces: no Error (and stack capture) made up front for every request; failures are typed below anyway.
        noAsyncTraces: true,
        ...(seed ? { authenticator: nkeyAuthenticator(new TextEncoder().encode(seed.trim())) } : {}),
      });
      return new NatsBrokerTransport(nc, namespace);
    } catch (err) {
      if (/authori[sz]ation/i.test(`${(err as Error)?.message} ${(err as { cause?: Error })?.cause?.message}`)) {
        throw new BrokerAuthError(`NATS at ${url} refused this namespace's credentials`, { cause: err });
      }
      throw new BrokerUnavailableError(`cannot connect to NATS at ${url}`, { cause: err });
    }
  }

  get connection(): NatsConnection { return this.nc; }

  /** Lookups repeated after a transient failure (NATS or the broker away for a moment). */
  get retries(): number { return this.retried; }
  private retried = 0;

  /**
   * A lookup is a read: while NATS reconnects or no broker answers yet, it is
   * asked again (attempts of at most 1 s, pauses up to 250 ms) within `timeoutMs`.
   */
  async lookup(keyDigests: readonly string[], timeoutMs: number): Promise<LookupResult[]> {
    const data = pb.LookupRequest.encode({ keyDigests: [...keyDigests] }).finish();
    const end = Date.now() + timeoutMs;
    let reply;
    for (let n = 0; ; n++) {
      try {
        const msg = await this.nc.request(natsSubjects.lookup(this.namespace), data, { timeout: Math.max(1, Math.min(1000, end - Date.now())) });
        reply = pb.LookupReply.decode(msg.data);
        break;
      } catch (err) {
        const e = natsError(err);
        const pause = Math.min(250, 25 * 2 ** n);
        if (!(e instanceof BrokerUnavailableError || e instanceof BrokerTimeoutError) || this.nc.isClosed() || Date.now() + pause >= end) throw e;
        await new Promise((r) => setTimeout(r, pause));
        this.retried++;
      }
    }
    if (reply.error && reply.error.code) {
      const m = `lookup: ${reply.error.message ?? ""}`;
      switch (reply.error.code) {
        case pb.ErrorCode.ERROR_CODE_PERMISSION_DENIED: throw new BrokerAuthError(m);
        case pb.ErrorCode.ERROR_CODE_UNAVAILABLE: throw new BrokerUnavailableError(m);
        default: throw new BrokerRequestError(m);
      }
    }
    return (reply.results ?? []).map((x) => ({
      keyDigest: x.keyDigest ?? "", hit: x.hit === true, manifest: x.hit ? manifestFromProto(x.manifest) : undefined,
    }));
  }

  async close(): Promise<void> {
    await this.nc.drain().catch(() => this.nc.close());
  }
}

function natsError(err: unknown): BrokerError {
  const names = [err, (err as { cause?: unknown })?.cause].map((e) => `${(e as Error)?.name ?? ""} ${(e as Error)?.message ?? ""}`).join(" ");
  if (/timeout/i.test(names)) return new BrokerTimeoutError("lookup over NATS timed out", { cause: err });
  if (/no ?responders/i.test(names)) return new BrokerUnavailableError("no broker answers lookups on NATS", { cause: err });
  return new BrokerUnavailableError(`lookup over NATS failed: ${names.trim()}`, { cause: err });
}
