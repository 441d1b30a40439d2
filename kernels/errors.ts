/** Base class of every error kvmesh throws on purpose: callers catch by class. */
export class KvmeshError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * A kernel was called with input it cannot work on. Base class of the kernel
 * input errors below; catch this one to handle any of them.
 */
export class KernelInputError extends KvmeshError {}

/**
 * An array has the wrong length for the shape given with it (for example a K
 * block whose length is not nTokens * nHeads * headDim, q8_0 input whose length
 * is not a multiple of 32, or a `dst` whose length differs from the source).
 */
export class KernelLengthError extends KernelInputError {
  /** What the array is, as named in the message (for example "k"). */
  readonly what: string;
  /** A description of the length that was expected (for example "4096" or "a multiple of 32"). */
  readonly expected: string;
  readonly actual: number;

  constructor(kernel: string, what: string, expected: number | string, actual: number) {
    super(`${kernel}: ${what} has length ${actual}, expected ${expected}`);
    this.what = what;
    this.expected = String(expected);
    this.actual = actual;
  }
}

/** A shape or count argument is not a non-negative integer (or is otherwise out of range). */
export class KernelShapeError extends KernelInputError {
  constructor(kernel: string, what: string, value: unknown, requirement: string) {
    super(`${kernel}: ${what} = ${String(value)} must be ${requirement}`);
  }
}

/**
 * RoPE parameters the kernels cannot apply: nRot odd, zero or above headDim,
 * a non-positive or non-finite frequency base or scale, too few frequency
 * factors, or a delta that is not an int32.
 */
export class RopeParamsError extends KernelInputError {
  constructor(message: string) {
    super(`ropeShift: ${message}`);
  }
}

/** A kernel object (GPU buffers, held weights) used after it was disposed. */
export class KernelDisposedError extends KernelInputError {
  constructor(what: string) {
    super(`${what}: used after dispose`);
  }
}
