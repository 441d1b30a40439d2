import { KvmeshError } from "../kernels/errors.js";

/** A bad command line: `kvmesh` prints it with a pointer to --help and exits with 2 (failures exit with 1). */
export class UsageError extends KvmeshError {}
