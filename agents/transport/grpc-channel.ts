import http2 from "node:http2";
import { connect as netConnect, isIP } from "node:net";
import { connect as tlsConnect } from "node:tls";
import { GrpcStatus, grpcStatusFromHttp, type GrpcStatusCode } from "../../proto/grpc-status.js";
import {
  collectMessage, GrpcFramingError, grpcMessagePrefix, GrpcMessageReader, type MessageConsumer,
} from "../../proto/grpc-message-framing.js";

/**
 * The SDK's gRPC client channel: the gRPC protocol spoken directly over one
 * node:http2 session. Why not grpc-js's client: it cannot advertise a larger
 * HTTP/2 frame size, so the broker's replies arrive in 16 KiB frames, and it
 * reassembles every message into a fresh buffer; on a segment Get that cost
 * 3-4x the bytes' time on loopback (bench/README.md). Here the receive window
 * and frame size are large, and a response's message bytes go to the caller
 * as slices of the received buffers.
 *
 * Calls take an absolute deadline (ms epoch), sent as grpc-timeout and
 * enforced locally. A failed call rejects with GrpcCallError (a status code
 * and details); the transport maps those to the SDK's typed errors.
 */

export interface GrpcChannelOptions {
  /** host:port */
  readonly address: string;
  /** Request metadata sent with every call (lowercase ASCII keys). */
  readonly metadata: Readonly<Record<string, string>>;
  /** HTTP/2 receive window per stream and per connection (default 16 MiB). */
  readonly windowBytes?: number;
  /** Largest response message accepted (default 32 MiB). */
  readonly maxMessageBytes?: number;
  /**
   * How long after its first attempt a failed call may still be repeated
   * (default 500 ms; the call's deadline always bounds it). Enough to ride
   * over a GOAWAY or a broker's drain; a broker that stays down fails the call
   * soon, so an agent falls back to its own prefill instead of waiting.
   */
  readonly retryWindowMs?: number;
  /** Speak TLS and verify the server (absent: cleartext HTTP/2). */
  readonly tls?: GrpcChannelTls;
}

/** PEM contents (not paths). */
export interface GrpcChannelTls {
  /** CAs the server's certificate must chain to (default: the system's). */
  readonly ca?: Buffer;
  /** Client certificate and key, for a broker that asks for them (mutual TLS). */
  readonly cert?: Buffer;
  readonly key?: Buffer;
  /** Name the server certificate must carry (default: the address's host). */
  readonly serverName?: string;
}

/** A call ended with a non-OK status (from the server, or local: deadline, connection loss, framing). */
export class GrpcCallError extends Error {
  /**
   * True when the server cannot have seen the call (no connection, stream
   * refused, above a GOAWAY's last stream): any call may be sent again.
   */
  readonly unprocessed: boolean;
  constructor(readonly code: GrpcStatusCode, readonly details: string, options?: { cause?: unknown; unprocessed?: boolean }) {
    super(`${codeName(code)}: ${details}`, options);
    this.name = "GrpcCallError";
    this.unprocessed = options?.unprocessed === true;
  }
}

/** How a call may be repeated after a failure (see GrpcChannel.retrying). */
export interface RetryPolicy {
  /**
   * The method may run twice with the same effect (reads, content-addressed
   * puts): UNAVAILABLE after the server may have seen it is retried too.
   */
  readonly idempotent: boolean;
}

/** First pause between attempts; doubles up to RETRY_MAX_MS. */
const RETRY_BASE_MS = 20;
const RETRY_MAX_MS = 1000;
const DEFAULT_RETRY_WINDOW_MS = 500;
/** Attempts per call at most (the deadline usually ends it first). */
const RETRY_MAX_ATTEMPTS = 50;

function codeName(code: number): string {
  return Object.entries(GrpcStatus).find(([, v]) => v === code)?.[0] ?? `status ${code}`;
}

/** Writes request messages; resolves when the stream can take more (backpressure). */
export interface RequestWriter {
  /** One message given in parts (written back to back, not copied). */
  write(...parts: Uint8Array[]): Promise<void>;
}

/** Opens a consumer for each response message (index 0 first). May throw to fail the call. */
export type ResponseOpener = (length: number, index: number) => MessageConsumer;

/** How long a call without a deadline may wait for the connection. */
const CONNECT_MS_WITHOUT_DEADLINE = 5000;

/** How long a liveness PING may wait for its answer. */
const PING_TIMEOUT_MS = 1000;

/** setTimeout's longest delay. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** HTTP/2's largest frame size (2^24 - 1). */
const MAX_FRAME = 16_777_215;

export class GrpcChannel implements Disposable {
  private session: http2.ClientHttp2Session | undefined;
  private connecting: Promise<http2.ClientHttp2Session> | undefined;
  private closed = false;
  private retriedCalls = 0;
  private readonly pinging = new WeakSet<http2.ClientHttp2Session>();
  private readonly windowBytes: number;
  private readonly maxMessageBytes: number;
  private readonly headers: http2.OutgoingHttpHeaders;

  constructor(readonly o: GrpcChannelOptions) {
    this.windowBytes = o.windowBytes ?? 16 * 1024 * 1024;
    this.maxMessageBytes = o.maxMessageBytes ?? 32 * 1024 * 1024;
    this.headers = {
      [http2.constants.HTTP2_HEADER_METHOD]: "POST",
      [http2.constants.HTTP2_HEADER_SCHEME]: o.tls ? "https" : "http",
      [http2.constants.HTTP2_HEADER_CONTENT_TYPE]: "application/grpc+proto",
      te: "trailers",
      "grpc-accept-encoding": "identity",
      "user-agent": "kvmesh-grpc-channel/1",
      ...o.metadata,
    };
  }

  /** Connects (or reuses the live session) before `deadline`. */
  async connect(deadline: number): Promise<void> {
    await this.sessionBy(deadline);
  }

  private sessionBy(deadline: number): Promise<http2.ClientHttp2Session> {
    if (this.closed) return Promise.reject(new GrpcCallError(GrpcStatus.UNAVAILABLE, "channel closed")); // final: not retried
    const live = this.session;
    if (live && !live.closed && !live.destroyed) return Promise.resolve(live);
    this.connecting ??= new Promise<http2.ClientHttp2Session>((resolve, reject) => {
      const tls = this.o.tls;
      // The server's certificate is always verified (rejectUnauthorized), against `ca` when given.
      const tlsOptions = tls ? {
        ca: tls.ca, cert: tls.cert, key: tls.key, servername: tls.serverName, rejectUnauthorized: true, minVersion: "TLSv1.2" as const,
      } : undefined;
      const s = http2.connect(`${tls ? "https" : "http"}://${this.o.address}`, {
        settings: { initialWindowSize: this.windowBytes, maxFrameSize: MAX_FRAME, enablePush: false },
        maxSessionMemory: 1024, // MiB: big windows need room; the streams bound what is buffered
        ...tlsOptions,
        // Small requests and replies must not wait for Nagle's algorithm and a delayed ACK (~40 ms on Linux).
        createConnection: (url: URL) => {
          const port = Number(url.port) || (tls ? 443 : 80);
          const host = url.hostname.replace(/^\[|\]$/g, "");
          const sock = tlsOptions ? tlsConnect({ host, port, ALPNProtocols: ["h2"], ...tlsOptions, servername: tlsOptions.servername ?? (isIP(host) ? undefined : host) }) : netConnect({ host, port });
          sock.setNoDelay(true);
          return sock;
        },
      });
      const forget = () => { if (this.session === s) this.session = undefined; };
      s.on("close", forget);
      s.on("error", forget);
      // The server is going away (draining): finish what runs, open no new streams here.
      s.on("goaway", () => { forget(); if (!s.closed) s.close(); });
      s.once("connect", () => {
        s.setLocalWindowSize(this.windowBytes * 4);
        s.unref(); // an idle channel must not keep the process alive; calls hold it through their timers
        this.connecting = undefined;
        if (this.closed) { s.close(); reject(new GrpcCallError(GrpcStatus.UNAVAILABLE, "channel closed")); return; }
        this.session = s;
        resolve(s);
      });
      s.once("error", (err) => {
        this.connecting = undefined;
        // A certificate that does not verify stays so: not worth a retry.
        const tlsRefused = /CERT|SIGNATURE|TLS|SSL|ALPN/.test((err as NodeJS.ErrnoException).code ?? "");
        reject(new GrpcCallError(GrpcStatus.UNAVAILABLE, `${tlsRefused ? "TLS: " : ""}cannot reach ${this.o.address}: ${err.message}`,
          { cause: err, unprocessed: !tlsRefused }));
      });
    });
    const ms = deadline - Date.now();
    if (ms <= 0) return Promise.reject(new GrpcCallError(GrpcStatus.DEADLINE_EXCEEDED, `no connection to ${this.o.address} before the deadline`));
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([
      this.connecting,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new GrpcCallError(GrpcStatus.DEADLINE_EXCEEDED, `no connection to ${this.o.address} before the deadline`)), Math.min(ms, MAX_TIMER_MS));
      }),
    ]).finally(() => clearTimeout(timer));
  }

  /**
   * One call of any shape: `send` writes the request messages (the request
   * stream ends when it resolves), `open` consumes the response messages.
   * Resolves on status OK after the last response message. `deadline` may be
   * Infinity for a long-lived stream.
   */
  async call(path: string, deadline: number, send: (w: RequestWriter) => Promise<void>, open: ResponseOpener): Promise<void> {
    // An infinite deadline is for long-lived streams: no grpc-timeout, no timer (connecting still has one).
    const session = await this.sessionBy(Number.isFinite(deadline) ? deadline : Date.now() + CONNECT_MS_WITHOUT_DEADLINE);
    const ms = Number.isFinite(deadline) ? Math.max(0, Math.floor(deadline - Date.now())) : Infinity;
    if (ms === 0) throw new GrpcCallError(GrpcStatus.DEADLINE_EXCEEDED, `${path}: deadline passed before the call started`);
    return new Promise<void>((resolve, reject) => {
      let stream: http2.ClientHttp2Stream;
      try {
        const headers: http2.OutgoingHttpHeaders = { ...this.headers, [http2.constants.HTTP2_HEADER_PATH]: path };
        if (ms !== Infinity) headers["grpc-timeout"] = `${Math.min(ms, 99_999_999)}m`;
        stream = session.request(headers);
      } catch (err) {
        // The session is closing (GOAWAY seen, or it just died): nothing was sent.
        if (this.session === session) this.session = undefined;
        reject(new GrpcCallError(GrpcStatus.UNAVAILABLE, `${path}: ${(err as Error).message}`, { cause: err, unprocessed: true }));
        return;
      }
      let settled = false;
      let responded = false;
      let status: { code: GrpcStatusCode; details: string } | undefined;
      // Once the server sent its status the stream ends by itself (both sides END_STREAM).
      // A RST_STREAM there is wrong, and a server counts them: Node's answers about
      // every thousandth with GOAWAY (its rapid-reset guard), failing calls in flight.
      // RST (CANCEL) is only for a call we abandon while the server may still send.
      const finish = (err?: GrpcCallError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (status) { if (!stream.writableEnded && !stream.destroyed) stream.end(); } else if (!stream.closed) stream.close(http2.constants.NGHTTP2_CANCEL);
        if (err) reject(err);
        else resolve();
      };
      // Beyond a timer's range (24.8 days) a deadline is as good as none: setTimeout would fire at once.
      const timer = ms === Infinity || ms > MAX_TIMER_MS ? undefined : setTimeout(() => {
        finish(new GrpcCallError(GrpcStatus.DEADLINE_EXCEEDED, `${path}: deadline exceeded`));
        this.suspect(session);
      }, ms);
      const reader = new GrpcMessageReader(open, this.maxMessageBytes);
      const readStatus = (h: http2.IncomingHttpHeaders) => {
        const raw = h["grpc-status"];
        if (raw === undefined) return;
        const code = Number(raw) as GrpcStatusCode;
        let details = String(h["grpc-message"] ?? "");
        try { details = decodeURIComponent(details); } catch { /* keep it as sent */ }
        status = { code: Number.isInteger(code) ? code : GrpcStatus.UNKNOWN, details };
      };
      stream.on("response", (h) => {
        responded = true;
        const http = Number(h[http2.constants.HTTP2_HEADER_STATUS]);
        if (http !== 200) { finish(new GrpcCallError(grpcStatusFromHttp(http), `${path}: HTTP status ${http}`)); return; }
        readStatus(h); // a trailers-only reply carries its status here
      });
      stream.on("trailers", readStatus);
      stream.on("data", (d: Buffer) => {
        if (settled) return;
        try {
          reader.push(d);
        } catch (err) {
          if (err instanceof GrpcFramingError) finish(new GrpcCallError(err.tooLarge ? GrpcStatus.RESOURCE_EXHAUSTED : GrpcStatus.INTERNAL, `${path}: ${err.message}`));
          else finish(err instanceof GrpcCallError ? err : new GrpcCallError(GrpcStatus.INTERNAL, `${path}: ${(err as Error).message}`, { cause: err }));
        }
      });
      stream.on("error", (err) => finish(new GrpcCallError(GrpcStatus.UNAVAILABLE, `${path}: ${err.message}`, { cause: err, unprocessed: refused() })));
      // REFUSED_STREAM (also what a GOAWAY gives the streams above its last id): the server did not start it.
      const refused = () => !responded && stream.rstCode === http2.constants.NGHTTP2_REFUSED_STREAM;
      // The call is over once the response side ended with a status, even while the request side
      // is still open (a server may answer a stream early, e.g. UNIMPLEMENTED or a refusal).
      const complete = () => {
        if (settled) return;
        if (!status) {
          finish(new GrpcCallError(GrpcStatus.UNAVAILABLE, `${path}: stream closed without a status (HTTP/2 code ${stream.rstCode})`, { unprocessed: refused() }));
          return;
        }
        if (status.code !== GrpcStatus.OK) { finish(new GrpcCallError(status.code, status.details)); return; }
        if (!reader.atBoundary) { finish(new GrpcCallError(GrpcStatus.INTERNAL, `${path}: response ended inside a message`)); return; }
        finish();
      };
      stream.on("end", complete);
      stream.on("close", complete);
      const writer: RequestWriter = {
        write: (...parts) => {
          if (settled) return Promise.reject(new GrpcCallError(GrpcStatus.CANCELLED, `${path}: call already ended`));
          const length = parts.reduce((a, p) => a + p.byteLength, 0);
          let ok = stream.write(grpcMessagePrefix(length));
          for (const p of parts) ok = stream.write(p);
          if (ok) return Promise.resolve();
          return new Promise<void>((r) => {
            const go = () => { stream.off("drain", go); stream.off("close", go); r(); };
            stream.once("drain", go);
            stream.once("close", go);
          });
        },
      };
      send(writer).then(
        () => { if (!settled) stream.end(); },
        (err) => finish(err instanceof GrpcCallError ? err : new GrpcCallError(GrpcStatus.CANCELLED, `${path}: ${(err as Error).message}`, { cause: err })),
      );
    });
  }

  /**
   * After a deadline (of a call here, or one a caller keeps itself): is the connection still there? A peer that went away
   * without a FIN (a dropped NAT entry, a dead host) leaves a session that
   * looks open and swallows every later call until its deadline. A PING that
   * gets no answer in time retires the session; the next call reconnects.
   */
  suspect(session: http2.ClientHttp2Session | undefined = this.session): void {
    if (!session || session.closed || session.destroyed || this.pinging.has(session)) return;
    this.pinging.add(session);
    const give = setTimeout(() => {
      this.pinging.delete(session);
      if (this.session === session) this.session = undefined;
      session.destroy();
    }, PING_TIMEOUT_MS);
    const ok = session.ping((err) => {
      clearTimeout(give);
      this.pinging.delete(session);
      if (err && this.session === session) { this.session = undefined; session.destroy(); }
    });
    if (!ok) { clearTimeout(give); this.pinging.delete(session); }
  }

  /**
   * Runs `attempt` (one call, with fresh response state) until it succeeds,
   * fails in a way that must not be repeated, or the retry window or deadline ends. Always
   * repeated: failures the server cannot have seen (GrpcCallError.unprocessed:
   * refused, no connection, a GOAWAY that came first), as grpc's transparent
   * retry does. Idempotent methods also repeat UNAVAILABLE (a connection lost
   * mid-call, a draining or restarting broker). Pauses back off from 20 ms to
   * 1 s; each repeat counts in `retries`.
   */
  async retrying<T>(deadline: number, policy: RetryPolicy, attempt: () => Promise<T>): Promise<T> {
    const until = Math.min(deadline, Date.now() + (this.o.retryWindowMs ?? DEFAULT_RETRY_WINDOW_MS));
    for (let n = 1; ; n++) {
      try {
        return await attempt();
      } catch (err) {
        const again = err instanceof GrpcCallError && !this.closed && n < RETRY_MAX_ATTEMPTS
          && (err.unprocessed || (policy.idempotent && err.code === GrpcStatus.UNAVAILABLE));
        if (!again) throw err;
        const pause = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (n - 1)) * (0.5 + Math.random() / 2);
        if (Date.now() + pause >= until) throw err;
        await new Promise((r) => setTimeout(r, pause));
        this.retriedCalls++;
      }
    }
  }

  /** Calls repeated by `retrying` since this channel was made. */
  get retries(): number { return this.retriedCalls; }

  /** A unary call: one request message, one response message (repeated per `policy`; default: only when unprocessed). */
  async unary(path: string, request: Uint8Array, deadline: number, policy: RetryPolicy = { idempotent: false }): Promise<Buffer> {
    return this.retrying(deadline, policy, async () => {
      let reply: Buffer | undefined;
      await this.call(path, deadline, (w) => w.write(request), (length, index) => {
        if (index > 0) throw new GrpcCallError(GrpcStatus.INTERNAL, `${path}: more than one response message`);
        return collectMessage(length, (m) => { reply = m; });
      });
      if (!reply) throw new GrpcCallError(GrpcStatus.INTERNAL, `${path}: no response message`);
      return reply;
    });
  }

  /** A unary call of a method from proto/'s service definitions. */
  async invoke<Req, Res>(
    method: { readonly path: string; requestSerialize(m: Req): Buffer; responseDeserialize(b: Buffer): Res }, request: Req, deadline: number,
    policy?: RetryPolicy,
  ): Promise<Res> {
    const reply = await this.unary(method.path, method.requestSerialize(request), deadline, policy);
    try {
      return method.responseDeserialize(reply);
    } catch (err) {
      throw new GrpcCallError(GrpcStatus.INTERNAL, `${method.path}: undecodable reply: ${(err as Error).message}`, { cause: err });
    }
  }

  close(): void {
    this.closed = true;
    this.session?.close();
    this.session = undefined;
  }

  [Symbol.dispose](): void { this.close(); }
}
