import { KvmeshError } from "../kernels/errors.js";

/** A KvTensor or anchor does not have the shape the operation needs (a caller bug, not a miss). */
export class AnchorShapeError extends KvmeshError {}

/** An option is out of range (negative temperature, gamma outside (0, 1], ...). */
export class AnchorOptionError extends KvmeshError {}
