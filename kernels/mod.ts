/** Public API of the kernels layer. */
export type { KernelBackend, OffsetKernels, RopeParams, RopeStyle } from "./backend.js";
export { cpuBackend, createCpuBackend } from "./cpu-backend.js";
export { allocKvTensor, type KvTensor } from "./kv-tensor.js";
export { KernelInputError, KernelLengthError, KernelShapeError, KvmeshError, RopeParamsError } from "./errors.js";
export {
  F16_TO_F32,
  F16_TO_F32_BITS,
  f16BitsToF32,
  f16ToF32Array,
  f32Bits,
  f32BitsToF16Bits,
  f32ToF16Array,
  f32ToF16Bits,
} from "./f16.js";
export { ropeCosSin, ropeShiftF16, ropeShiftF32, ropeThetaScale, validateRopeParams } from "./rope.js";
export { dequantizeQ8_0, q8_0Bytes, quantizeQ8_0, Q8_0_BLOCK_BYTES, Q8_0_BLOCK_VALUES } from "./q8_0.js";
export { dequantizeQ4_0, q4_0Bytes, quantizeQ4_0, Q4_0_BLOCK_BYTES, Q4_0_BLOCK_VALUES } from "./q4_0.js";
export { addColScaled, addRowScaled, colSqDiffSum, cpuOffsetKernels, rowAbsDiffSum, sqDiffSum } from "./offset.js";
export { selectKernelBackend } from "./select-backend.js";
export { nativeCpuBackend, nativeFusedAnchors } from "./native-cpu.js";
export type { FusedAnchorKernels } from "./fused-anchors.js";
export { cudaStatus, type CudaStatus, type DeviceBuffer, type DeviceKernels } from "./cuda/cuda-backend.js";
