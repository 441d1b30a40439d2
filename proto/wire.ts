/**
 * The one entry point to the generated wire types. Importing from here (not
 * from gen/ directly) guarantees 64-bit integer fields decode as plain numbers:
 * protobufjs would otherwise hand back `Long` objects whenever the `long`
 * package is installed. Byte counts stay far below 2^53.
 */
import $protobuf from "protobufjs/minimal.js";
import { kvmesh } from "./gen/kvmesh.js";

$protobuf.util.Long = undefined as unknown as typeof $protobuf.util.Long;
$protobuf.configure();

export const pb = kvmesh.v1;
export { kvmesh };
