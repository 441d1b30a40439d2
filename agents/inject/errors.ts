import { KvmeshError } from "../../kernels/errors.js";

/** The native injection path cannot be used here (not built, wrong version, failed its smoke test, disabled). */
export class NativeUnavailableError extends KvmeshError {}

/**
 * The native path refused an injection or a read. `touched` says whether
 * llama.cpp's sequence was changed (then it is empty); when false, nothing
 * reached llama.cpp.
 */
export class NativeInjectionError extends KvmeshError {
  constructor(message: string, readonly code: string, readonly touched: boolean, options?: { cause?: unknown }) {
    super(message, options);
  }
}
