// See c2c-fuser.h. Tiny layers (hidden 32-128, about 100 tokens): one thread per output value is enough.
#include "c2c-fuser.h"

namespace kvmesh_cuda {

namespace {

constexpr int kThreads = 256;

inline unsigned blocks(uint64_t n) { return unsigned((n + kThreads - 1) / kThreads); }

// x[t] = [a[t]; b[t]]
__global__ void concatRows(const float* a, uint32_t na, const float* b, uint32_t nb, float* x, uint32_t T) {
    const uint64_t i = uint64_t(blockIdx.x) * blockDim.x + threadIdx.x, w = na + nb;
    if (i >= uint64_t(T) * w) return;
    const uint64_t t = i / w, c = i % w;
    x[i] = c < na ? a[t * na + c] : b[t * nb + (c - na)];
}

// out[t][o] = b[o] + sum_i w[o][i] x[t][i]; then optionally gelu (erf form) or += into acc
__global__ void linear(const float* w, const float* bias, const float* x, float* out, uint32_t T, uint32_t nOut, uint32_t nIn, int op) {
    const uint64_t i = uint64_t(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i >= uint64_t(T) * nOut) return;
    const uint64_t t = i / nOut, o = i % nOut;
    const float* row = w + o * nIn;
    const float* xt = x + t * nIn;
    float acc = 0.f;
    for (uint32_t k = 0; k < nIn; ++k) acc = fmaf(row[k], xt[k], acc);
    acc += bias[o];
    if (op == 1) acc = 0.5f * acc * (1.f + erff(acc * 0.70710678118654752f));
    if (op == 2) out[i] += acc;
    else out[i] = acc;
}

// out[t] = x[t] / sqrt(mean(x[t]^2) + eps) * g (one thread per row: rows are short)
__global__ void rmsRows(const float* x, const float* g, float eps, float* out, uint32_t T, uint32_t d) {
    const uint32_t t = blockIdx.x * blockDim.x + threadIdx.x;
    if (t >= T) return;
    const float* xt = x + uint64_t(t) * d;
    float ss = 0.f;
    for (uint32_t i = 0; i < d; ++i) ss = fmaf(xt[i], xt[i], ss);
    const float inv = rsqrtf(ss / float(d) + eps);
    for (uint32_t i = 0; i < d; ++i) out[uint64_t(t) * d + i] = xt[i] * inv * g[i];
}

// out = r + sigmoid(wt[t][head]) * proj
__global__ void combine(const float* r, const float* proj, const float* wt, float* out, uint32_t T, uint32_t nHeads, uint32_t headDim) {
    const uint64_t i = uint64_t(blockIdx.x) * blockDim.x + threadIdx.x, rDim = uint64_t(nHeads) * headDim;
    if (i >= uint64_t(T) * rDim) return;
    const uint64_t t = i / rDim, h = (i % rDim) / headDim;
    const float w = 1.f / (1.f + expf(-wt[t * nHeads + h]));
    out[i] = r[i] + w * proj[i];
}

}  // namespace

uint64_t c2cScratchFloats(const C2cProjector& p, uint32_t T) {
    const uint64_t rDim = uint64_t(p.nHeads) * p.headDim, inDim = p.sDim + rDim;
    return uint64_t(T) * (inDim + 3 * uint64_t(p.hidden) + rDim + p.nHeads);
}

cudaError_t launchC2cProject(const C2cProjector& p, const float* s, const float* r, float* out, float* scratch, uint32_t T, cudaStream_t stream) {
    if (T == 0) return cudaSuccess;
    const uint32_t H = p.hidden, rDim = p.nHeads * p.headDim, inDim = p.sDim + rDim;
    float* x = scratch;
    float* h = x + uint64_t(T) * inDim;
    float* t1 = h + uint64_t(T) * H;
    float* t2 = t1 + uint64_t(T) * H;
    float* proj = t2 + uint64_t(T) * H;
    float* wt = proj + uint64_t(T) * rDim;
    concatRows<<<blocks(uint64_t(T) * inDim), kThreads, 0, stream>>>(s, p.sDim, r, rDim, x, T);
    linear<<<blocks(uint64_t(T) * H), kThreads, 0, stream>>>(p.wIn, p.bIn, x, h, T, H, inDim, 0);
    rmsRows<<<blocks(T), kThreads, 0, stream>>>(h, p.norm1, p.rmsEps, t1, T, H);
    linear<<<blocks(uint64_t(T) * H), kThreads, 0, stream>>>(p.w1, p.b1, t1, t2, T, H, H, 1);
    linear<<<blocks(uint64_t(T) * H), kThreads, 0, stream>>>(p.w2, p.b2, t2, h, T, H, H, 2);
    rmsRows<<<blocks(T), kThreads, 0, stream>>>(h, p.norm2, p.rmsEps, t1, T, H);
    linear<<<blocks(uint64_t(T) * rDim), kThreads, 0, stream>>>(p.wOut, p.bOut, t1, proj, T, rDim, H, 0);
    linear<<<blocks(uint64_t(T) * p.nHeads), kThreads, 0, stream>>>(p.wWeight, p.bWeight, h, wt, T, p.nHeads, H, 0);
    combine<<<blocks(uint64_t(T) * rDim), kThreads, 0, stream>>>(r, proj, wt, out, T, p.nHeads, p.headDim);
    return cudaGetLastError();
}

}  // namespace kvmesh_cuda
