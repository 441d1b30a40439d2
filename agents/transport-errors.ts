import { KvmeshError } from "../kernels/errors.js";

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

/** A source skipped the broker because it failed moments ago (circuit breaker open). */
export class BrokerCircuitOpenError extends BrokerUnavailableError {}
