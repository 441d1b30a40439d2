import { brokerServiceDefinition } from "../../proto/broker-service.js";
import { decodeLookupResults, encodeLookupRequest } from "../../proto/lookup-codec.js";
import { collectMessage } from "../../proto/grpc-message-framing.js";
import { GrpcStatus } from "../../proto/grpc-status.js";
import { manifestFromProto, type WireManifest } from "../../proto/manifest.js";
import { pb } from "../../proto/wire.js";
import { GrpcCallError, type GrpcChannel, type RequestWriter } from "./grpc-channel.js";
import { BrokerRequestError, BrokerTimeoutError, BrokerUnavailableError, errorFromStatus } from "./transport-errors.js";

export interface LookupResult {
  readonly keyDigest: string;
  readonly hit: boolean;
  /** Present on a hit. */
  readonly manifest?: WireManifest;
}

/** An encoded BatchLookupReply's results in the SDK's shape (`asked`: the keys in request order). */
export function lookupResultsOf(reply: Uint8Array, asked?: readonly string[]): LookupResult[] {
  return decodeLookupResults(reply, asked).map((x) => ({
    keyDigest: x.keyDigest, hit: x.hit, manifest: x.hit ? manifestFromProto(pb.SegmentManifest.decode(x.manifest ?? new Uint8Array())) : undefined,
  }));
}

interface Pending {
  readonly keys: readonly string[];
  readonly deadline: number;
  resolve(r: LookupResult[]): void;
  reject(e: unknown): void;
  timer: NodeJS.Timeout;
  settled: boolean;
}

interface OpenStream {
  writer?: RequestWriter;
  /** Why it ended (set when it does). */
  failure?: unknown;
  /** Cancels the call (its waiting lookups fail with BrokerUnavailableError). */
  abandon(): void;
  readonly ready: Promise<void>;
  readonly pending: Pending[];
  close(): void;
}

const M = brokerServiceDefinition.lookupStream;

/**
 * Lookups pipelined on one long-lived LookupStream call: a request message
 * per lookup batch, replies matched in order (the broker answers every
 * request with one reply, in order). Why: a unary call costs an HTTP/2
 * stream (headers, trailers) per lookup; on the stream a lookup is one small
 * message each way (bench/README.md has the latencies). The stream opens on
 * first use and again after it ends; when it ends, the lookups still waiting
 * fail with BrokerUnavailableError, except against a broker without
 * LookupStream (UNIMPLEMENTED), where they and all later ones go through
 * `unary` instead.
 */
export class LookupStream {
  private current: OpenStream | undefined;
  private unsupported = false;
  private closed = false;

  constructor(
    private readonly channel: GrpcChannel,
    private readonly unary: (keys: readonly string[], deadline: number) => Promise<LookupResult[]>,
  ) {}

  /**
   * Lookups are reads: when the stream ends under one (a broker restart or
   * drain, a lost connection), it is asked again on a new stream until its
   * deadline (GrpcChannel.retrying).
   */
  async lookup(keys: readonly string[], deadline: number): Promise<LookupResult[]> {
    try {
      return await this.channel.retrying(deadline, { idempotent: true }, () => this.lookupOnce(keys, deadline));
    } catch (err) {
      throw err instanceof GrpcCallError ? errorFromStatus(err, "lookupStream") : err;
    }
  }

  private async lookupOnce(keys: readonly string[], deadline: number): Promise<LookupResult[]> {
    if (this.unsupported) return this.unary(keys, deadline);
    if (this.closed) throw new BrokerUnavailableError("lookup stream is closed");
    const s = this.current ?? this.open();
    await s.ready;
    if (!s.writer || s.failure !== undefined) {
      // It ended before it opened (a broker without LookupStream, or none at all), or while we waited.
      if (this.unsupported) return this.unary(keys, deadline);
      throw s.failure;
    }
    const request = encodeLookupRequest(keys);
    return new Promise<LookupResult[]>((resolve, reject) => {
      const p: Pending = {
        keys, deadline, resolve, reject, settled: false,
        timer: setTimeout(() => {
          if (p.settled) return;
          p.settled = true; // stays queued: its reply still arrives, in order, and is dropped
          reject(new BrokerTimeoutError("lookupStream: deadline exceeded"));
          // A stream that stopped answering is not trusted again: the next lookup opens a new one.
          s.abandon();
          this.channel.suspect();
        }, Math.min(2 ** 31 - 1, Math.max(0, deadline - Date.now()))), // a timer's longest delay: longer would fire at once
      };
      s.pending.push(p);
      s.writer!.write(request).catch(() => { /* the call's end rejects what is pending */ });
    });
  }

  private open(): OpenStream {
    let markReady!: () => void;
    let close!: () => void;
    let abandon!: () => void;
    const closedSignal = new Promise<void>((resolve, reject) => {
      close = resolve;
      abandon = () => reject(new GrpcCallError(GrpcStatus.CANCELLED, "lookupStream: abandoned after a lookup got no reply in time"));
    });
    closedSignal.catch(() => { /* seen by the call's send, below */ });
    const s: OpenStream = { ready: new Promise<void>((r) => { markReady = r; }), pending: [], close, abandon };
    this.current = s;
    const done = this.channel.call(M.path, Infinity, async (w) => {
      s.writer = w;
      markReady();
      await closedSignal; // the request side stays open until close()
    }, (length) => collectMessage(length, (m) => {
      const p = s.pending.shift();
      if (!p) throw new GrpcCallError(GrpcStatus.INTERNAL, "lookupStream: a reply without a request");
      if (p.settled) return;
      p.settled = true;
      clearTimeout(p.timer);
      let results: LookupResult[];
      try {
        results = lookupResultsOf(m, p.keys);
      } catch (err) {
        p.reject(new BrokerRequestError(`lookupStream: undecodable reply: ${(err as Error).message}`, { cause: err }));
        return;
      }
      p.resolve(results);
    }));
    const end = (err: unknown) => {
      if (this.current === s) this.current = undefined;
      const unimplemented = err instanceof GrpcCallError && err.code === GrpcStatus.UNIMPLEMENTED;
      if (unimplemented) this.unsupported = true;
      // A GrpcCallError stays one, so lookup() can tell whether to ask again.
      s.failure = err instanceof GrpcCallError ? err
        : new GrpcCallError(GrpcStatus.UNAVAILABLE, "lookupStream: the stream ended", { cause: err });
      markReady();
      for (const p of s.pending.splice(0)) {
        if (p.settled) continue;
        p.settled = true;
        clearTimeout(p.timer);
        if (unimplemented) this.unary(p.keys, p.deadline).then(p.resolve, p.reject);
        else p.reject(s.failure);
      }
    };
    done.then(() => end(undefined), end);
    return s;
  }

  /** Ends the stream's request side; lookups still waiting get their replies or fail. */
  close(): void {
    this.closed = true;
    this.current?.close();
  }
}
