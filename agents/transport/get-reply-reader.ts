import { createHash, type Hash } from "node:crypto";
import { getReplyCodec, type GetReply } from "../../proto/broker-service.js";
import { chunkMessageConsumer } from "../../proto/chunk-codec.js";
import { collectMessage, type MessageConsumer } from "../../proto/grpc-message-framing.js";
import { manifestFromProto, type WireManifest } from "../../proto/manifest.js";
import { BrokerRequestError, SegmentIntegrityError } from "./transport-errors.js";

/** What a Get stream delivered: a miss, an shm reference, or the payload (with its SHA-256 when verifying). */
export type GetOutcome =
  | { readonly kind: "miss" }
  | { readonly kind: "shm"; readonly manifest: WireManifest; readonly path: string; readonly lease: string }
  | { readonly kind: "payload"; readonly manifest: WireManifest; readonly payload: Buffer; readonly sha256?: string };

/**
 * Consumes the messages of one Get reply stream (a header, then payload
 * chunks): each chunk's bytes are copied once, from the received HTTP/2
 * buffers straight into one payload buffer sized from the manifest, and hashed
 * on the way while they are in cache. A chunk message that is not a lone
 * `chunk` field is gathered and decoded by the generated code instead.
 */
export class GetReplyReader {
  private manifest: WireManifest | undefined;
  private miss = false;
  private shm: { path: string; lease: string } | undefined;
  private payload: Buffer | undefined;
  private off = 0;
  private readonly hash: Hash | undefined;

  constructor(verify: boolean) {
    this.hash = verify ? createHash("sha256") : undefined;
  }

  /** The GrpcChannel ResponseOpener. */
  readonly open = (length: number, index: number): MessageConsumer => {
    if (index === 0) return collectMessage(length, (m) => this.header(getReplyCodec.deserialize(m)));
    if (!this.payload) throw new BrokerRequestError(this.manifest || this.miss ? "get: a message after a reply that has no chunks" : "get: no header");
    return this.chunk(length);
  };

  private header(msg: GetReply): void {
    if (msg.kind !== "header" || !msg.header) throw new BrokerRequestError("get: stream did not start with a header");
    if (!msg.header.hit) { this.miss = true; return; }
    this.manifest = manifestFromProto(msg.header.manifest);
    if (msg.header.shm?.path) this.shm = { path: msg.header.shm.path, lease: msg.header.shm.lease ?? "" };
    else this.payload = Buffer.allocUnsafe(this.manifest.byteLength);
  }

  private take(slice: Uint8Array): void {
    const p = this.payload!;
    if (this.off + slice.length > p.length) throw new SegmentIntegrityError("get: payload longer than its manifest");
    p.set(slice, this.off);
    this.off += slice.length;
    this.hash?.update(slice);
  }

  private chunk(length: number): MessageConsumer {
    return chunkMessageConsumer(length, (bytes) => this.take(bytes), (m) => {
      const msg = getReplyCodec.deserialize(m);
      if (msg.kind !== "chunk" || !msg.chunk) throw new BrokerRequestError("get: unexpected message");
      return msg.chunk;
    });
  }

  /** The outcome once the call ended OK; a stream that broke the protocol is an error. */
  outcome(): GetOutcome {
    if (this.miss) return { kind: "miss" };
    if (!this.manifest) throw new BrokerRequestError("get: empty stream");
    if (this.shm) return { kind: "shm", manifest: this.manifest, ...this.shm };
    if (this.off !== this.payload!.length) {
      throw new SegmentIntegrityError(`get: payload has ${this.off} bytes, manifest says ${this.manifest.byteLength}`);
    }
    return { kind: "payload", manifest: this.manifest, payload: this.payload!, sha256: this.hash?.digest("hex") };
  }
}
