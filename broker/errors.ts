import { KvmeshError } from "../kernels/errors.js";

/** Missing or wrong namespace token (gRPC PERMISSION_DENIED). */
export class NamespaceAuthError extends KvmeshError {}

/** A request the broker refuses as malformed (gRPC INVALID_ARGUMENT). */
export class InvalidRequestError extends KvmeshError {}

/** A put whose payload does not match its manifest's length or checksum. */
export class PayloadMismatchError extends KvmeshError {}

/** The broker is draining or a dependency is gone (gRPC UNAVAILABLE). */
export class BrokerDrainingError extends KvmeshError {}

/** A stored segment failed its checksum or framing on read (it is quarantined, never served). */
export class CorruptSegmentError extends KvmeshError {}

/** The broker configuration is invalid. */
export class BrokerConfigError extends KvmeshError {}

/** The disk tier has no room (ENOSPC, quota, file size limit): nothing was acknowledged (gRPC RESOURCE_EXHAUSTED). */
export class StorageFullError extends KvmeshError {}
