import http2 from "node:http2";
import type { AddressInfo, Socket } from "node:net";
import { GrpcStatus, type GrpcStatusCode } from "../proto/grpc-status.js";
import {
  collectMessage, GrpcFramingError, grpcMessagePrefix, GrpcMessageReader, type MessageConsumer,
} from "../proto/grpc-message-framing.js";

/**
 * A gRPC server on node:http2: the protocol (length-prefixed messages,
 * grpc-timeout, status in trailers, trailers-only errors, UNIMPLEMENTED for
 * unknown methods, drain by GOAWAY) and nothing else. Why not grpc-js's
 * server: it copies every response message into a fresh buffer and cannot
 * widen its HTTP/2 windows, and on a segment Get those fresh allocations
 * (page faults) cost more than moving the bytes (bench/README.md). Here a Get
 * writes a small prefix and a view of the stored payload, and a Put's chunks
 * are copied once, straight into the segment buffer. Any gRPC client speaks
 * to it (test/integration/broker/grpc-interop.test.ts runs grpc-js's client).
 */

export interface ServerCall {
  readonly path: string;
  /** The client's address (for per-peer limits). */
  readonly peer: string;
  /** Runs `fn` once when the call's stream closes, however it ends. */
  onClose(fn: () => void): void;
  /** A request metadata value (first one), or undefined. */
  metadata(key: string): string | undefined;
  /** True once the client cancelled, the deadline passed, or the connection went away. */
  readonly cancelled: boolean;
}

export interface ServerStreamCall extends ServerCall {
  /** Writes one response message given in parts (not copied); false when the stream wants a drain. */
  write(...parts: Uint8Array[]): boolean;
  /** Resolves true on drain, false when the call went away first. */
  drained(): Promise<boolean>;
  /** Response bytes written but not yet taken by the connection. */
  readonly pendingBytes: number;
  /** Ends the call with a status (no-op once ended). */
  finish(code: GrpcStatusCode, details: string): void;
}

/** A client-streaming call's request side: a consumer per message, then the reply. */
export interface RequestStreamHandler {
  open(length: number, index: number): MessageConsumer;
  /** The request stream ended: the reply message (or throw). */
  finish(): Promise<Uint8Array> | Uint8Array;
}

/** A bidirectional call: a consumer per request message (replies go through the call), then the end. */
export interface BidiStreamHandler {
  open(length: number, index: number): MessageConsumer;
  /** The request stream ended; the call ends OK once this resolves. */
  finish(): Promise<void> | void;
}

type Method = MethodOptions & (
  | { kind: "unary"; handle(request: Buffer, call: ServerCall): Promise<Uint8Array> | Uint8Array }
  | { kind: "serverStream"; handle(request: Buffer, call: ServerStreamCall): Promise<void> }
  | { kind: "clientStream"; handle(call: ServerCall): RequestStreamHandler }
  | { kind: "bidiStream"; handle(call: ServerStreamCall): BidiStreamHandler });

export interface MethodOptions {
  /** A server stream that lasts until the client leaves (a health Watch): a drain ends it UNAVAILABLE instead of waiting. */
  readonly longLived?: boolean;
}

export interface GrpcServerOptions {
  /** Largest request message accepted. */
  readonly maxMessageBytes: number;
  /** HTTP/2 receive window per stream and per connection (default 16 MiB). */
  readonly windowBytes?: number;
  /**
   * A connection with no traffic at all for this long is dropped (default 10
   * minutes): a client that vanished without closing its socket must not hold
   * a session (and an open LookupStream) forever. SDK clients reconnect.
   */
  readonly idleSessionMs?: number;
  /** A handler's error -> its status (the broker's one mapping). */
  statusOf(err: unknown): { code: GrpcStatusCode; details: string };
  /** Serve over TLS (HTTP/2 with ALPN h2) instead of cleartext. */
  readonly tls?: GrpcServerTls;
}

/** PEM contents (not paths). */
export interface GrpcServerTls {
  readonly cert: Buffer;
  readonly key: Buffer;
  /** Client certificates must chain to this CA (mutual TLS); absent: any client may connect (tokens still apply). */
  readonly clientCa?: Buffer;
}

const MAX_FRAME = 16_777_215;
const MAX_TIMER_MS = 2 ** 31 - 1;
const CONTENT_TYPE = "application/grpc+proto";
const TIMEOUT_UNIT_MS: Record<string, number> = { H: 3_600_000, M: 60_000, S: 1000, m: 1, u: 1e-3, n: 1e-6 };

/** grpc-timeout ("100m", "5S") -> milliseconds, or undefined when absent or malformed. */
export function parseGrpcTimeout(v: string | undefined): number | undefined {
  const m = v === undefined ? null : /^(\d{1,8})([HMSmun])$/.exec(v);
  return m ? Number(m[1]) * TIMEOUT_UNIT_MS[m[2]] : undefined;
}

export class GrpcServer {
  private readonly methods = new Map<string, Method>();
  private readonly sessions = new Set<http2.ServerHttp2Session>();
  /** Open bidirectional calls and long-lived server streams: a drain ends them instead of waiting. */
  private readonly longLived = new Set<Call>();
  private readonly server: http2.Http2Server | http2.Http2SecureServer;
  private readonly windowBytes: number;
  private draining = false;

  constructor(private readonly o: GrpcServerOptions) {
    this.windowBytes = o.windowBytes ?? 16 * 1024 * 1024;
    const common = {
      settings: { initialWindowSize: this.windowBytes, maxFrameSize: MAX_FRAME, maxConcurrentStreams: 4096 },
      maxSessionMemory: 1024, // MiB: the windows bound what a session buffers
    };
    this.server = o.tls
      ? http2.createSecureServer({
        ...common, cert: o.tls.cert, key: o.tls.key, minVersion: "TLSv1.2", ALPNProtocols: ["h2"],
        ...(o.tls.clientCa ? { ca: o.tls.clientCa, requestCert: true, rejectUnauthorized: true } : {}),
      })
      : http2.createServer(common);
    // A failed handshake (wrong CA, no client certificate, a cleartext client) is the client's to report.
    this.server.on("tlsClientError", () => {});
    // Small answers go out at once: with Nagle's algorithm a reply can wait for the client's delayed ACK (~40 ms on Linux).
    this.server.on("connection", (socket: Socket) => socket.setNoDelay(true));
    this.server.on("session", (s: http2.ServerHttp2Session) => {
      this.sessions.add(s);
      s.on("close", () => this.sessions.delete(s));
      s.on("error", () => { /* the session closes; its streams report */ });
      s.on("connect", () => { try { s.setLocalWindowSize(this.windowBytes * 4); } catch { /* session already gone */ } });
      s.setTimeout(o.idleSessionMs ?? 10 * 60_000, () => s.destroy());
      if (this.draining) s.close();
    });
    this.server.on("stream", (stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders) => this.dispatch(stream, headers));
  }

  /** Open client connections (HTTP/2 sessions). */
  get connections(): number { return this.sessions.size; }

  unary(path: string, handle: (request: Buffer, call: ServerCall) => Promise<Uint8Array> | Uint8Array, o: MethodOptions = {}): this {
    this.methods.set(path, { kind: "unary", handle, ...o });
    return this;
  }

  serverStream(path: string, handle: (request: Buffer, call: ServerStreamCall) => Promise<void>, o: MethodOptions = {}): this {
    this.methods.set(path, { kind: "serverStream", handle, ...o });
    return this;
  }

  clientStream(path: string, handle: (call: ServerCall) => RequestStreamHandler): this {
    this.methods.set(path, { kind: "clientStream", handle });
    return this;
  }

  bidiStream(path: string, handle: (call: ServerStreamCall) => BidiStreamHandler): this {
    this.methods.set(path, { kind: "bidiStream", handle });
    return this;
  }

  /** Listens on host:port (port 0: any free one); resolves with the port. */
  listen(host: string, port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, host, () => {
        this.server.off("error", reject);
        resolve((this.server.address() as AddressInfo).port);
      });
    });
  }

  /** Stops accepting; resolves when in-flight calls have finished, or forces after timeoutMs. */
  shutdown(timeoutMs: number): Promise<void> {
    this.draining = true;
    for (const c of this.longLived) c.finish(GrpcStatus.UNAVAILABLE, "server is draining");
    return new Promise<void>((resolve) => {
      let pending = 1 + this.sessions.size;
      const one = () => { if (--pending === 0) { clearTimeout(timer); resolve(); } };
      const timer = setTimeout(() => { this.forceShutdown(); resolve(); }, timeoutMs);
      this.server.close(() => one());
      for (const s of this.sessions) {
        if (s.closed || s.destroyed) { one(); continue; }
        s.once("close", one);
        s.close(); // GOAWAY: running streams finish, new ones are refused
      }
    });
  }

  forceShutdown(): void {
    this.draining = true;
    for (const s of this.sessions) s.destroy();
    this.server.close();
  }

  private dispatch(stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders): void {
    const path = String(headers[http2.constants.HTTP2_HEADER_PATH] ?? "");
    const ct = String(headers[http2.constants.HTTP2_HEADER_CONTENT_TYPE] ?? "");
    stream.on("error", () => { /* reported as a cancelled call */ });
    if (headers[http2.constants.HTTP2_HEADER_METHOD] !== "POST" || !ct.startsWith("application/grpc")) {
      stream.respond({ ":status": 415 }, { endStream: true });
      return;
    }
    const call = new Call(stream, headers, path);
    const method = this.methods.get(path);
    if (!method) { call.finish(GrpcStatus.UNIMPLEMENTED, `unknown method ${path}`); return; }
    if (this.draining) { call.finish(GrpcStatus.UNAVAILABLE, "server is draining"); return; }
    const timeout = parseGrpcTimeout(headers["grpc-timeout"] as string | undefined);
    if (timeout !== undefined) call.expireAfter(timeout);
    const fail = (err: unknown) => { const s = this.o.statusOf(err); call.finish(s.code, s.details); };

    let onMessage: (length: number, index: number) => MessageConsumer;
    let onEnd: () => void;
    if (method.kind === "bidiStream") {
      let handler: BidiStreamHandler;
      try { handler = method.handle(call); } catch (err) { fail(err); return; }
      this.longLived.add(call);
      stream.once("close", () => this.longLived.delete(call));
      onMessage = (length, index) => handler.open(length, index);
      onEnd = () => {
        let done: Promise<void> | void;
        try { done = handler.finish(); } catch (err) { fail(err); return; }
        if (done) done.then(() => call.finish(GrpcStatus.OK, ""), fail);
        else call.finish(GrpcStatus.OK, "");
      };
    } else if (method.kind === "clientStream") {
      let handler: RequestStreamHandler;
      try { handler = method.handle(call); } catch (err) { fail(err); return; }
      onMessage = (length, index) => handler.open(length, index);
      onEnd = () => {
        let reply: Promise<Uint8Array> | Uint8Array;
        try { reply = handler.finish(); } catch (err) { fail(err); return; }
        if (reply instanceof Uint8Array) call.reply(reply);
        else reply.then((r) => call.reply(r), fail);
      };
    } else {
      let request: Buffer | undefined;
      onMessage = (length, index) => {
        if (index > 0) throw new GrpcFramingError(`${path} takes one request message`);
        return collectMessage(length, (m) => { request = m; });
      };
      onEnd = () => {
        if (!request) { call.finish(GrpcStatus.INVALID_ARGUMENT, `${path}: no request message`); return; }
        if (method.kind === "unary") {
          let reply: Promise<Uint8Array> | Uint8Array;
          try { reply = method.handle(request, call); } catch (err) { fail(err); return; }
          if (reply instanceof Uint8Array) call.reply(reply);
          else reply.then((r) => call.reply(r), fail);
        } else {
          if (method.longLived) {
            this.longLived.add(call);
            stream.once("close", () => this.longLived.delete(call));
          }
          method.handle(request, call).then(() => call.finish(GrpcStatus.OK, ""), fail);
        }
      };
    }
    const reader = new GrpcMessageReader(onMessage, this.o.maxMessageBytes);
    stream.on("data", (d: Buffer) => {
      if (call.ended) return;
      try {
        reader.push(d);
      } catch (err) {
        if (err instanceof GrpcFramingError) call.finish(err.tooLarge ? GrpcStatus.RESOURCE_EXHAUSTED : GrpcStatus.INVALID_ARGUMENT, err.message);
        else fail(err);
      }
    });
    stream.on("end", () => {
      if (call.ended) return;
      if (!reader.atBoundary) { call.finish(GrpcStatus.INVALID_ARGUMENT, `${path}: request ended inside a message`); return; }
      onEnd();
    });
  }
}

/** One call's response side and lifecycle. */
class Call implements ServerStreamCall {
  ended = false;
  private headersSent = false;
  private gone = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly stream: http2.ServerHttp2Stream, private readonly headers: http2.IncomingHttpHeaders, readonly path: string) {
    stream.once("close", () => {
      clearTimeout(this.timer);
      if (!this.ended) this.gone = true;
      this.ended = true;
    });
  }

  get cancelled(): boolean { return this.gone; }

  get peer(): string { return this.stream.session?.socket?.remoteAddress ?? "unknown"; }

  onClose(fn: () => void): void {
    if (this.stream.closed) fn(); else this.stream.once("close", fn);
  }

  get pendingBytes(): number { return this.stream.writableLength; }

  metadata(key: string): string | undefined {
    const v = this.headers[key];
    return Array.isArray(v) ? v[0] : v;
  }

  expireAfter(ms: number): void {
    // Timers take at most 2^31-1 ms (24.8 days); a longer one fires at once. Longer deadlines are as good as none.
    if (ms > MAX_TIMER_MS) return;
    this.timer = setTimeout(() => {
      if (this.ended) return;
      this.gone = true;
      this.finish(GrpcStatus.DEADLINE_EXCEEDED, "deadline exceeded");
    }, Math.max(0, ms));
  }

  private sendHeaders(): void {
    if (this.headersSent) return;
    this.headersSent = true;
    this.stream.respond({ ":status": 200, "content-type": CONTENT_TYPE, "grpc-accept-encoding": "identity" }, { waitForTrailers: true });
  }

  write(...parts: Uint8Array[]): boolean {
    if (this.ended || this.stream.destroyed) return false;
    this.sendHeaders();
    const length = parts.reduce((a, p) => a + p.byteLength, 0);
    let ok = this.stream.write(grpcMessagePrefix(length));
    for (const p of parts) ok = this.stream.write(p);
    return ok;
  }

  drained(): Promise<boolean> {
    if (this.ended || this.stream.destroyed) return Promise.resolve(false);
    return new Promise((resolve) => {
      const done = (v: boolean) => () => { this.stream.off("drain", onDrain); this.stream.off("close", onClose); resolve(v); };
      const onDrain = done(true);
      const onClose = done(false);
      this.stream.once("drain", onDrain);
      this.stream.once("close", onClose);
    });
  }

  /** A unary reply: the message, then OK. */
  reply(message: Uint8Array): void {
    if (this.ended) return;
    this.write(message);
    this.finish(GrpcStatus.OK, "");
  }

  /** Ends the call with a status (trailers, or trailers-only when nothing was sent). */
  finish(code: GrpcStatusCode, details: string): void {
    if (this.ended) return;
    this.ended = true;
    clearTimeout(this.timer);
    const s = this.stream;
    if (s.destroyed || s.closed) return;
    const status = { "grpc-status": String(code), ...(details ? { "grpc-message": encodeURIComponent(details) } : {}) };
    try {
      if (!this.headersSent) {
        this.headersSent = true;
        s.respond({ ":status": 200, "content-type": CONTENT_TYPE, ...status }, { endStream: true });
      } else {
        s.once("wantTrailers", () => s.sendTrailers(status));
        s.end();
      }
    } catch {
      s.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
    }
  }
}
