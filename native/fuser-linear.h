// The C2C fuser's dense layers on the CPU (kernels/c2c-fuser.ts): out[t] = W x[t] + b for nTok
// token rows, W row-major [nOut, nIn] (torch's nn.Linear layout). Sums in f32, eight lanes at a time,
// as PyTorch does on the GPU; the TypeScript loop (f64 sums) is the fallback and the reference.
#pragma once

#include <cstddef>

namespace kvmesh {

// True where the CPU has AVX2 and FMA (the only native variant: elsewhere TypeScript runs).
bool fuserLinearAvailable();

void fuserLinearF32(const float* w, const float* b, const float* x, float* out, size_t nTok, size_t nOut, size_t nIn);

}  // namespace kvmesh
