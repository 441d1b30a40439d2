import { KvmeshError } from "../kernels/errors.js";

export { KvmeshError };

/** A file that is not a well-formed GGUF (base class of the GGUF format errors below). */
export class GgufFormatError extends KvmeshError {}

/** The first four bytes are not "GGUF". */
export class GgufMagicError extends GgufFormatError {}

/** A GGUF version other than the ones this reader knows (2 and 3). */
export class GgufVersionError extends GgufFormatError {}

/** The file ends before a field, string, array or tensor it declares. */
export class GgufTruncatedError extends GgufFormatError {}

/** A declared count or length that cannot be right (larger than the file, or past a sanity limit). */
export class GgufLimitError extends GgufFormatError {}

/** A metadata value type (or array item type) that GGUF does not define. */
export class GgufValueTypeError extends GgufFormatError {}

/** A tensor whose ggml type is unknown, or whose shape / offset is impossible. */
export class GgufTensorError extends GgufFormatError {}

/** A caller asked for a tensor name the file does not have. */
export class GgufTensorNotFoundError extends KvmeshError {}

/** Writing a GGUF failed (bad input to the writer, wrong byte count for a tensor...). */
export class GgufWriteError extends KvmeshError {}

/** A required metadata key is missing or has the wrong type. */
export class ModelMetadataError extends KvmeshError {}

/** An architecture whose RoPE style kvmesh does not know (or that has no RoPE). */
export class UnsupportedArchitectureError extends KvmeshError {}

/** A synthetic model shape name that synth-shapes.ts does not define. */
export class UnknownShapeError extends KvmeshError {}

/** The running code is not inside a kvmesh package (no package.json named "kvmesh" above it): a broken install. */
export class PackageRootError extends KvmeshError {}

/** A file that is not a well-formed kvmesh C2C projector (bad magic, unknown version, broken header or tensor table). */
export class ProjectorFormatError extends KvmeshError {}

/**
 * A projector trained for another model pair (or never stamped with its pair's fingerprints): using it
 * would fuse one model's KV into a model it was not trained for, so it is refused, never applied.
 */
export class ProjectorPairError extends KvmeshError {
  readonly side: "sharer" | "receiver";
  readonly expected: string;
  readonly actual: string;

  constructor(side: "sharer" | "receiver", expected: string, actual: string, projectorId: string) {
    super(actual === ""
      ? `projector ${projectorId} is not stamped with its ${side}'s model fingerprint (scripts/stamp-projector.ts): refused`
      : `projector ${projectorId} was trained for ${side} model ${actual}, not ${expected}: refused (wrong model pair)`);
    this.side = side;
    this.expected = expected;
    this.actual = actual;
  }
}
