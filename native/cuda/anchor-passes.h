// The KVCOMM offset estimate's two streaming passes over every layer of one
// side (K or V) in one launch each, on device-resident buffers (see
// anchor-passes.cu). Launchers queue work on `stream` and return the launch
// error, if any.
#pragma once

#include <cuda_runtime.h>

#include <cstdint>

namespace kvmesh_cuda {

constexpr int kMaxPassAnchors = 8;

// One stored tensor per anchor: f16 [layers - 1][tokens][row] (layers 1..L-1),
// `layerStride` values between two layers (the anchor's token count * row).
struct AnchorBlocks {
    const uint16_t* p[kMaxPassAnchors];
    uint64_t layerStride[kMaxPassAnchors];
};

// dst[l][i] = f16 -> f32 of src[l * srcLayer + i] for i < perLayer (the first
// P tokens of each layer of a segment held as [layers][n][row]).
cudaError_t launchGatherF32(const uint16_t* src, uint64_t srcLayer, float* dst, uint32_t layers, uint32_t perLayer, cudaStream_t stream);

// Pass 1: dist[t][a] = sum over layers 1..L-1 and columns of |x - f16(base_a)|.
// x: f32 [layers][P][row]; part: scratch of P * (layers - 1) * nA doubles.
cudaError_t launchAnchorDist(const float* x, uint32_t P, uint32_t row, uint32_t layers, const AnchorBlocks& bases, int nA, double* part, double* dist, cudaStream_t stream);

// Pass 2: out[l][t] = x[l][t] + sum_a w[a][t] * f16(delta_a[l][t]) for layers >= 1
// (layer 0 copied); with part and spread, spread[t] = the anchors' weighted
// disagreement summed over layers (part: scratch of P * (layers - 1) doubles).
cudaError_t launchAnchorApply(const float* x, float* out, uint32_t P, uint32_t row, uint32_t layers, const AnchorBlocks& deltas, int nA, const float* w, double* part, double* spread, cudaStream_t stream);

// The following text's distances: out[a][(l - 1) * row + c] = sqrt(sum over t < P of
// (x[l][t][c] - f16(base_a[l - 1][t][c]))^2 / P) for layers l >= 1 (tokens summed in order).
cudaError_t launchAnchorColDist(const float* x, uint32_t P, uint32_t row, uint32_t layers, const AnchorBlocks& bases, int nA, double* out, cudaStream_t stream);

// The following text corrected: out[0] = base[0]; for layers l >= 1 and channels c, weights over the
// anchors from colDist ([nA][layers - 1][row], relative softmax with temperature tau), then
// out[l][t][c] = base[l][t][c] + sum_a w_a * f16(pf_a[l - 1][t][c]). base, out: f32 [layers][F][row].
cudaError_t launchFollowApply(const double* colDist, int nA, uint32_t row, uint32_t layers, double tau, const AnchorBlocks& pf, uint32_t F, const float* base, float* out, cudaStream_t stream);

// The anchors' calibrated shrink (anchors/correction-shrink.ts): for every row r < rows with
// alpha[r] != 1, out[r][c] = f32(x + alpha * (out - x)) computed in f64 with explicit round-to-nearest
// steps (no contraction), as JavaScript computes it. x, out: f32 [rows][row]; alpha: f32 [rows].
cudaError_t launchShrinkRows(const float* x, float* out, uint64_t rows, uint32_t row, const float* alpha, cudaStream_t stream);

// *count += the number of f16 values with an all-ones exponent (NaN or infinity).
cudaError_t launchCountNonFinite(const uint16_t* p, uint64_t n, unsigned long long* count, cudaStream_t stream);

}  // namespace kvmesh_cuda
