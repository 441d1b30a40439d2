import { connect, type NatsConnection } from "@nats-io/transport-node";
import { natsSubjects } from "../proto/broker-service.js";
import { manifestFromProto } from "../proto/manifest.js";
import { pb } from "../proto/wire.js";
import { BrokerAuthError, BrokerRequestError, BrokerTimeoutError, BrokerUnavailableError, type BrokerError } from "./transport-errors.js";
import type { LookupResult } from "./transport-grpc.js";

/** The SDK's NATS side: request/reply lookups on `kvmesh.<ns>.lookup` (token in the request). */
export class NatsBrokerTransport {
  private constructor(private readonly nc: NatsConnection, private readonly namespace: string, private readonly token: string) {}

  static async connect(url: string, namespace: string, token: string, timeoutMs: number): Promise<NatsBrokerTransport> {
    try {
      // noAsyncTraces: no Error (and stack capture) made up front for every request; failures are typed below anyway.
      const nc = await connect({ servers: url, timeout: timeoutMs, name: `kvmesh-agent-${namespace}`, noAsyncTraces: true });
      return new NatsBrokerTransport(nc, namespace, token);
    } catch (err) {
      throw new BrokerUnavailableError(`cannot connect to NATS at ${url}`, { cause: err });
    }
  }

  get connection(): NatsConnection { return this.nc; }

  async lookup(keyDigests: readonly string[], timeoutMs: number): Promise<LookupResult[]> {
    const data = pb.LookupRequest.encode({ token: this.token, keyDigests: [...keyDigests] }).finish();
    let reply;
    try {
      const msg = await this.nc.request(natsSubjects.lookup(this.namespace), data, { timeout: timeoutMs });
      reply = pb.LookupReply.decode(msg.data);
    } catch (err) {
      throw natsError(err);
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
