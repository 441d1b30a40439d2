import { status, type ServiceError, Metadata } from "@grpc/grpc-js";
import { AnchorShapeError } from "../anchors/errors.js";
import { BrokerDrainingError, InvalidRequestError, NamespaceAuthError, PayloadMismatchError } from "./errors.js";

/** A core error as a gRPC status: the one place errors become codes. */
export function toServiceError(err: unknown): Partial<ServiceError> & { code: status; details: string } {
  const message = err instanceof Error ? err.message : String(err);
  const code =
    err instanceof NamespaceAuthError ? status.PERMISSION_DENIED
    : err instanceof InvalidRequestError || err instanceof PayloadMismatchError || err instanceof AnchorShapeError
      || err instanceof RangeError ? status.INVALID_ARGUMENT
    : err instanceof BrokerDrainingError ? status.UNAVAILABLE
    : status.INTERNAL;
  return { code, details: message, message, metadata: new Metadata() };
}

export function isInternal(err: unknown): boolean {
  return toServiceError(err).code === status.INTERNAL;
}
