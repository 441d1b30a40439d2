import { NAMESPACE_METADATA_KEY, TOKEN_METADATA_KEY } from "../../proto/broker-service.js";
import { loadTls, type BrokerTlsOptions } from "./broker-client.js";
import { GrpcChannel } from "./grpc-channel.js";
import { BrokerUnavailableError, errorFromStatus } from "./transport-errors.js";

/** Where a service client of the broker connects, as whom, and how long it waits. */
export interface ServiceChannelOptions {
  /** Broker gRPC address host:port. */
  readonly grpc: string;
  readonly namespace: string;
  readonly token: string;
  /** Deadline for connect() (default 2000 ms). */
  readonly connectTimeoutMs?: number;
  /** gRPC over TLS (see BrokerClientOptions.tls). */
  readonly tls?: BrokerTlsOptions;
}

type Method<Req, Res> = { readonly path: string; requestSerialize(m: Req): Buffer; responseDeserialize(b: Buffer): Res };

/**
 * One gRPC channel to a broker service (Anchors, Projection) with the
 * namespace's credentials: connects with a typed error, calls with a
 * deadline and the SDK's typed errors, and is disposed once.
 */
export class ServiceChannel implements Disposable {
  private closed = false;

  private constructor(readonly channel: GrpcChannel, private readonly service: string, private readonly timeoutMs: number) {}

  /** Opens the channel (BrokerUnavailableError when the broker is not reachable in time). */
  static async connect(o: ServiceChannelOptions, service: string, timeoutMs: number): Promise<ServiceChannel> {
    const channel = new GrpcChannel({
      address: o.grpc, metadata: { [NAMESPACE_METADATA_KEY]: o.namespace, [TOKEN_METADATA_KEY]: o.token },
      maxMessageBytes: 256 * 1024 * 1024, tls: o.tls ? await loadTls(o.tls) : undefined,
    });
    try {
      await channel.connect(Date.now() + (o.connectTimeoutMs ?? 2000));
    } catch (err) {
      channel.close();
      throw new BrokerUnavailableError(`broker at ${o.grpc} not reachable: ${(err as Error).message}`, { cause: err });
    }
    return new ServiceChannel(channel, service, timeoutMs);
  }

  /** A unary call; errors as `service.Method` typed SDK errors. */
  async call<Req, Res>(method: Method<Req, Res>, req: Req): Promise<Res> {
    if (this.closed) throw new BrokerUnavailableError(`${this.service} client is disposed`);
    try {
      return await this.channel.invoke(method, req, Date.now() + this.timeoutMs);
    } catch (err) {
      throw errorFromStatus(err, `${this.service}.${method.path.slice(method.path.lastIndexOf("/") + 1)}`);
    }
  }

  dispose(): void {
    if (this.closed) return;
    this.closed = true;
    this.channel.close();
  }

  [Symbol.dispose](): void { this.dispose(); }
}
