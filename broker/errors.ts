import { KvmeshError } from "../kernels/errors.js";

/** Missing or wrong namespace token (gRPC PERMISSION_DENIED). */
export class NamespaceAuthError extends KvmeshError {}

/** A request the broker refuses as malformed (gRPC INVALID_ARGUMENT). */
export class InvalidRequestError extends KvmeshError {}

/** A put whose payload does not match its manifest's length or checksum. */
export class PayloadMismatchError extends KvmeshError {}

/** The broker is draining or a dependency is gone (gRPC UNAVAILABLE). */
export class BrokerDrainingError extends KvmeshError {}

/** A health check for a service the broker does not serve (gRPC NOT_FOUND, as grpc.health.v1 says). */
export class UnknownServiceError extends KvmeshError {}

/** A stored segment failed its checksum or framing on read (it is quarantined, never served). */
export class CorruptSegmentError extends KvmeshError {}

/** The broker configuration is invalid. */
export class BrokerConfigError extends KvmeshError {}

/** The disk tier has no room (ENOSPC, quota, file size limit): nothing was acknowledged (gRPC RESOURCE_EXHAUSTED). */
export class StorageFullError extends KvmeshError {}

/** NATS refused the broker's credentials (a configuration error: not retried). */
export class NatsAuthError extends KvmeshError {}

/** NATS could not be reached (yet): the broker serves gRPC and keeps trying. */
export class NatsUnreachableError extends KvmeshError {}

/** NATS lets anyone in and the broker was not started with --insecure. */
export class InsecureNatsError extends KvmeshError {}

/** A configured limit was reached (gRPC RESOURCE_EXHAUSTED); the message names the limit and its flag. */
export class LimitExceededError extends KvmeshError {}

/** A put of different bytes under a key that is stored already (gRPC ALREADY_EXISTS): the stored segment stays. */
export class SegmentConflictError extends KvmeshError {}

/** A store tier (disk directory, shm dir) could not be opened at start. */
export class StoreOpenError extends KvmeshError {}

/** A listener (gRPC, metrics HTTP) could not bind its address at start. */
export class ListenError extends KvmeshError {}

/**
 * A projector file given with --projectors that the broker will not hold (unreadable, malformed, not
 * stamped with both models' fingerprints, or a second file for one model pair): the broker does not
 * start. `file` names it; `cause` is the format error when there is one.
 */
export class ProjectorLoadError extends KvmeshError {
  readonly file: string;

  constructor(file: string, reason: string, options?: ErrorOptions) {
    super(`projector ${file}: ${reason}`, options);
    this.file = file;
  }
}
