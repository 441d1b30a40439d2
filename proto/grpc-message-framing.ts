/**
 * gRPC's length-prefixed message framing on an HTTP/2 stream body: per
 * message one flag byte (1 = compressed), a big-endian u32 length, the
 * message bytes. The reader hands a message's bytes on as slices of the
 * received buffers (no reassembly copy), so a consumer can copy payload bytes
 * straight to where they belong.
 */

/** Bytes before each message. */
export const GRPC_PREFIX_BYTES = 5;

/** The 5 bytes before an uncompressed message of `length` bytes. */
export function grpcMessagePrefix(length: number): Buffer {
  const b = Buffer.allocUnsafe(GRPC_PREFIX_BYTES);
  b[0] = 0;
  b.writeUInt32BE(length, 1);
  return b;
}

/** The stream body broke gRPC's framing rules (or the reader's limits). */
export class GrpcFramingError extends Error {
  constructor(message: string, readonly tooLarge = false) {
    super(message);
    this.name = "GrpcFramingError";
  }
}

/** Receives one message's bytes, in order, then end(). May throw to fail the call. */
export interface MessageConsumer {
  bytes(slice: Buffer): void;
  end(): void;
}

/**
 * Splits a stream body into messages. `open(length)` is called when a
 * message's prefix is complete; its consumer then gets exactly `length` bytes.
 */
export class GrpcMessageReader {
  private readonly prefix = Buffer.alloc(GRPC_PREFIX_BYTES);
  private prefixHave = 0;
  private current: MessageConsumer | undefined;
  private remaining = 0;
  private count = 0;

  constructor(
    private readonly open: (length: number, index: number) => MessageConsumer,
    private readonly maxMessageBytes: number,
  ) {}

  /** Messages opened so far. */
  get messages(): number { return this.count; }

  /** True when no message is half read (the body may end here). */
  get atBoundary(): boolean { return this.current === undefined && this.prefixHave === 0; }

  push(data: Buffer): void {
    let at = 0;
    while (at < data.length) {
      if (this.current) {
        const n = Math.min(this.remaining, data.length - at);
        this.current.bytes(data.subarray(at, at + n));
        at += n;
        this.remaining -= n;
        if (this.remaining === 0) this.finish();
        continue;
      }
      const n = Math.min(GRPC_PREFIX_BYTES - this.prefixHave, data.length - at);
      data.copy(this.prefix, this.prefixHave, at, at + n);
      this.prefixHave += n;
      at += n;
      if (this.prefixHave < GRPC_PREFIX_BYTES) break;
      this.prefixHave = 0;
      if (this.prefix[0] !== 0) throw new GrpcFramingError(`message ${this.count} is compressed (flag ${this.prefix[0]}); none was negotiated`);
      const length = this.prefix.readUInt32BE(1);
      if (length > this.maxMessageBytes) {
        throw new GrpcFramingError(`message ${this.count} has ${length} bytes, more than the ${this.maxMessageBytes} allowed`, true);
      }
      this.current = this.open(length, this.count++);
      this.remaining = length;
      if (length === 0) this.finish();
    }
  }

  private finish(): void {
    const c = this.current!;
    this.current = undefined;
    c.end();
  }
}

/** A consumer that gathers a (small) message into one buffer, then hands it on. */
export function collectMessage(length: number, done: (message: Buffer) => void): MessageConsumer {
  const buf = Buffer.allocUnsafe(length);
  let off = 0;
  return {
    bytes(slice) { slice.copy(buf, off); off += slice.length; },
    end() { done(buf); },
  };
}
