import { KvmeshError } from "../../kernels/errors.js";
import { GrpcStatus } from "../../proto/grpc-status.js";

/**
 * What a broker call can fail with. Each one is safe to turn into "prefill the
 * span yourself" by the agent; a miss is never one of these (it is `undefined`).
 */
export class BrokerError extends KvmeshError {}

/** The broker cannot be reached, is draining, or broke the connection. */
export class BrokerUnavailableError extends BrokerError {}

/** The call did not finish before its deadline. */
export class BrokerTimeoutError extends BrokerError {}

/** The namespace or token was rejected (PERMISSION_DENIED). */
export class BrokerAuthError extends BrokerError {}

/** A payload's length or SHA-256 does not match its manifest. */
export class SegmentIntegrityError extends BrokerError {}

/** The broker refused the request as invalid, or failed internally. */
export class BrokerRequestError extends BrokerError {}

/** The broker is out of a resource (a full disk, a limit): nothing was stored (RESOURCE_EXHAUSTED). */
export class BrokerResourceExhaustedError extends BrokerRequestError {}

/** A source skipped the broker because it failed moments ago (circuit breaker open). */
export class BrokerCircuitOpenError extends BrokerUnavailableError {}

/** A failed call's gRPC status (from GrpcChannel) -> the SDK's typed errors (the one place this happens). */
export function errorFromStatus(err: unknown, what: string): BrokerError {
  if (err instanceof BrokerError) return err;
  const e = err as { code?: number; details?: string; message?: string };
  const msg = `${what}: ${e?.details || e?.message || String(err)}`;
  switch (e?.code) {
    case GrpcStatus.DEADLINE_EXCEEDED: return new BrokerTimeoutError(msg, { cause: err });
    case GrpcStatus.PERMISSION_DENIED:
    case GrpcStatus.UNAUTHENTICATED: return new BrokerAuthError(msg, { cause: err });
    case GrpcStatus.DATA_LOSS: return new SegmentIntegrityError(msg, { cause: err });
    case GrpcStatus.ALREADY_EXISTS:
    case GrpcStatus.INVALID_ARGUMENT:
    case GrpcStatus.INTERNAL:
    case GrpcStatus.UNIMPLEMENTED: return new BrokerRequestError(msg, { cause: err });
    case GrpcStatus.RESOURCE_EXHAUSTED: return new BrokerResourceExhaustedError(msg, { cause: err });
    default: return new BrokerUnavailableError(msg, { cause: err });
  }
}

