/**
 * The one entry point to the generated wire types. Importing from here (not
 * from gen/ directly) guarantees 64-bit integer fields decode as plain numbers:
 * protobufjs would otherwise hand back `Long` objects whenever the `long`
 * package is installed. Byte counts stay far below 2^53.
 */
import $protobuf from "protobufjs/minimal.js";
import { grpc, kvmesh } from "./gen/kvmesh.js";

$protobuf.util.Long = undefined as unknown as typeof $protobuf.util.Long;
$protobuf.configure();

export const pb = kvmesh.v1;
/** grpc.health.v1 (proto/grpc/health/v1/health.proto): the standard health service's messages. */
export const healthPb = grpc.health.v1;
export { kvmesh };
