// The KVCOMM offset estimate's two passes over f16 anchor blocks, bit-identical
// to anchors/fused.ts, split over threads by token rows. Layouts: x, out:
// [P][row] f32; bases, deltas: A pointers to [P][row] f16 bits; weights: A
// pointers to [P] f32; dist: [P][A] doubles (added to); spread: [P] (added to).
#pragma once

#include <cstdint>

namespace kvmesh {

bool anchorMathAvailable();  // needs F16C
void anchorDistF16(const float* x, const uint16_t* const* bases, uint32_t A, uint32_t P, uint32_t row, double* dist, unsigned threads);
void anchorApplyF16(const float* x, float* out, const uint16_t* const* deltas, const float* const* weights, uint32_t A, uint32_t P, uint32_t row, double* spread, unsigned threads);

}  // namespace kvmesh
