import { AnchorShapeError } from "../anchors/errors.js";
import { GrpcStatus, type GrpcStatusCode } from "../proto/grpc-status.js";
import {
  BrokerDrainingError, InvalidRequestError, LimitExceededError, NamespaceAuthError, PayloadMismatchError, SegmentConflictError, StorageFullError,
  UnknownServiceError,
} from "./errors.js";

/** A core error as a gRPC status: the one place errors become codes. */
export function toGrpcStatus(err: unknown): { code: GrpcStatusCode; details: string } {
  const details = err instanceof Error ? err.message : String(err);
  const code =
    err instanceof NamespaceAuthError ? GrpcStatus.PERMISSION_DENIED
    : err instanceof InvalidRequestError || err instanceof PayloadMismatchError || err instanceof AnchorShapeError
      || err instanceof RangeError ? GrpcStatus.INVALID_ARGUMENT
    : err instanceof BrokerDrainingError ? GrpcStatus.UNAVAILABLE
    : err instanceof StorageFullError || err instanceof LimitExceededError ? GrpcStatus.RESOURCE_EXHAUSTED
    : err instanceof SegmentConflictError ? GrpcStatus.ALREADY_EXISTS
    : err instanceof UnknownServiceError ? GrpcStatus.NOT_FOUND
    : GrpcStatus.INTERNAL;
  return { code, details };
}

export function isInternal(err: unknown): boolean {
  return toGrpcStatus(err).code === GrpcStatus.INTERNAL;
}
