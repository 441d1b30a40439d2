/** Public API of the anchors layer (KVCOMM-style anchor pools, reuse gate, offset estimation). */
export {
  Anchor,
  anchorBytes,
  checkTensor,
  DEFAULT_ANCHOR_STORAGE,
  shapeOf,
  type AnchorDeltas,
  type AnchorInit,
  type AnchorPart,
  type AnchorShape,
  type AnchorStorage,
  type CompactKernels,
  type CompactType,
  type KvSide,
} from "./anchor.js";
export { AnchorPool, DEFAULT_EVICTION_WINDOW, DEFAULT_MAX_ANCHORS, type AnchorPoolOptions } from "./anchor-pool.js";
export {
  DEFAULT_GATE_GAMMA,
  DEFAULT_GATE_TAU,
  DEFAULT_GATE_TOP_P,
  reuseGate,
  reuseGateSteps,
  topPIndices,
  type GateKernels,
  type ReuseDecision,
  type ReuseGateOptions,
  type ReuseReason,
} from "./reuse-gate.js";
export {
  DEFAULT_ESTIMATOR_TAU,
  estimateOffset,
  estimateOffsetSteps,
  type EstimatorKernels,
  type OffsetEstimate,
  type OffsetEstimateOptions,
  type OffsetHit,
  type OffsetMiss,
  type SideWeights,
} from "./offset-estimator.js";
export {
  deltasFromObservation,
  recordObservation,
  type DenseObservation,
  type RecordObservationInit,
  type RecordObservationResult,
} from "./online-update.js";
export { entropyBits, relativeSoftmax } from "./softmax.js";
export { runSteps } from "../kernels/steps.js";
export { AnchorOptionError, AnchorShapeError } from "./errors.js";
