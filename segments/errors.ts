import { KvmeshError } from "../kernels/errors.js";

export { KvmeshError };

/** The bytes are not a llama.cpp sequence state kvmesh can read (truncated, wrong magic, absurd sizes). */
export class StateFormatError extends KvmeshError {
  constructor(message: string, readonly offset?: number) {
    super(offset === undefined ? message : `${message} (at byte ${offset})`);
  }
}

/** A segment or state does not fit the loaded model/context; loading it could crash llama.cpp. */
export class SegmentMismatchError extends KvmeshError {
  constructor(readonly field: string, message: string) {
    super(`${field}: ${message}`);
  }
}

/** A segment is well-formed but its content is unusable (non-finite values, bad positions or tokens). */
export class SegmentContentError extends KvmeshError {
  constructor(readonly field: string, message: string) {
    super(`${field}: ${message}`);
  }
}

/** Wire bytes of a segment do not match their manifest (length or checksum). */
export class SegmentIntegrityError extends KvmeshError {}

/** An operation is valid but kvmesh cannot do it for this model or KV type (e.g. re-positioning q8_0 KV). */
export class UnsupportedOperationError extends KvmeshError {}
