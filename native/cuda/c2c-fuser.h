// The Cache-to-Cache fuser's forward pass for one receiver layer and side (K or V) on the GPU: the same
// steps as kernels/c2c-fuser.ts (models/c2c/fuser.py), f32 throughout, sums in f32 in input order.
#pragma once

#include <cuda_runtime.h>

#include <cstdint>

namespace kvmesh_cuda {

struct C2cProjector {
    uint32_t hidden, sDim, nHeads, headDim;
    float rmsEps;
    // torch nn.Linear layout: weights row-major [out][in]
    const float *wIn, *bIn, *norm1, *w1, *b1, *w2, *b2, *norm2, *wOut, *bOut, *wWeight, *bWeight;
};

// Floats of scratch c2cProject needs for T tokens.
uint64_t c2cScratchFloats(const C2cProjector& p, uint32_t T);

// out[t] = r[t] + sigmoid(W_w h[t] + b_w)[head] * P[t] (s: [T][sDim], r and out: [T][nHeads * headDim]).
cudaError_t launchC2cProject(const C2cProjector& p, const float* s, const float* r, float* out, float* scratch, uint32_t T, cudaStream_t stream);

}  // namespace kvmesh_cuda
