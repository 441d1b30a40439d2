// The two streaming passes of the KVCOMM offset estimate
// (anchors/offset-estimator.ts correctSide) over all layers of one side in
// one launch each, so that a correction is a handful of launches instead of
// one per layer and op. Grid: one block per (token, layer); a thread takes
// eight columns (16-byte loads), so rows must be multiples of 8.
//
// Arithmetic as anchors/fused.ts: f16 widened exactly, differences, products
// and sums in double (no fused multiply-add: built with -fmad=false), the
// corrected value rounded once to f32. The mean delta of 4 anchors is
// associated as applyRowF16x4 does ((w0 d0 + w1 d1) + (w2 d2 + w3 d3)), of any
// other count left to right, so the corrected KV is the CPU's bit for bit
// given the same weights. Sums over a row are reduced in a fixed tree (not the
// CPU's order: the distances and the spread agree to about 1e-15 relative),
// then over layers in order by a second kernel: results are deterministic.
#include <cuda_fp16.h>

#include "anchor-passes.h"

namespace kvmesh_cuda {

namespace {

constexpr int kThreads = 128;

// f16 bits -> f32 as kernels/f16.ts: NaNs keep their sign and top payload bits, quieted.
__device__ __forceinline__ float halfToFloat(uint16_t h) {
    if ((h & 0x7c00u) == 0x7c00u && (h & 0x3ffu)) return __uint_as_float((uint32_t(h & 0x8000u) << 16) | 0x7fc00000u | (uint32_t(h & 0x3ffu) << 13));
    return __half2float(__ushort_as_half(h));
}

// The block's sum of v, valid in thread 0; every thread must call it (two barriers).
__device__ __forceinline__ double blockSum(double v, double* shared) {
    for (int o = 16; o > 0; o >>= 1) v += __shfl_down_sync(0xffffffffu, v, o);
    const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5;
    if (lane == 0) shared[warp] = v;
    __syncthreads();
    double s = 0;
    if (threadIdx.x == 0)
        for (int w = 0; w < int(blockDim.x >> 5); ++w) s += shared[w];
    __syncthreads();
    return s;
}

__device__ __forceinline__ void load8(const float* p, float (&v)[8]) {
    const float4 a = *reinterpret_cast<const float4*>(p);
    const float4 b = *reinterpret_cast<const float4*>(p + 4);
    v[0] = a.x, v[1] = a.y, v[2] = a.z, v[3] = a.w, v[4] = b.x, v[5] = b.y, v[6] = b.z, v[7] = b.w;
}

__global__ void kGatherF32(const uint16_t* __restrict__ src, uint64_t srcLayer, float* __restrict__ dst, uint32_t perLayer) {
    const uint16_t* s = src + size_t(blockIdx.y) * srcLayer;
    float* d = dst + size_t(blockIdx.y) * perLayer;
    for (uint32_t i = blockIdx.x * blockDim.x + threadIdx.x; i < perLayer; i += gridDim.x * blockDim.x) d[i] = halfToFloat(s[i]);
}

// Block (t, l): layer l + 1 of token t; part[(t * (L-1) + l) * nA + a] = sum_c |x - f16(base_a)|.
__global__ void __launch_bounds__(kThreads) kDistPart(const float* __restrict__ x, uint32_t P, uint32_t row, AnchorBlocks b, int nA, double* __restrict__ part) {
    const uint32_t t = blockIdx.x, l = blockIdx.y, lm1 = gridDim.y;
    const float* xr = x + (size_t(l + 1) * P + t) * row;
    double s[kMaxPassAnchors];
#pragma unroll
    for (int a = 0; a < kMaxPassAnchors; ++a) s[a] = 0;
    for (uint32_t c = threadIdx.x * 8; c < row; c += blockDim.x * 8) {
        float xv[8];
        load8(xr + c, xv);
#pragma unroll
        for (int a = 0; a < kMaxPassAnchors; ++a) {
            if (a >= nA) break;
            const uint4 raw = *reinterpret_cast<const uint4*>(b.p[a] + size_t(l) * b.layerStride[a] + size_t(t) * row + c);
            const uint16_t* h = reinterpret_cast<const uint16_t*>(&raw);
#pragma unroll
            for (int j = 0; j < 8; ++j) s[a] += fabs(double(xv[j]) - double(halfToFloat(h[j])));
        }
    }
    __shared__ double sh[kThreads / 32];
#pragma unroll
    for (int a = 0; a < kMaxPassAnchors; ++a) {
        if (a >= nA) break;  // nA is the same for the whole block: every thread reaches the same barriers
        const double v = blockSum(s[a], sh);
        if (threadIdx.x == 0) part[(size_t(t) * lm1 + l) * nA + a] = v;
    }
}

// out[i] = sum over layers (in order) of part[((i / inner) * lm1 + l) * inner + i % inner].
__global__ void kSumLayers(const double* __restrict__ part, uint32_t n, uint32_t lm1, uint32_t inner, double* __restrict__ out) {
    for (uint32_t i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) {
        const uint32_t t = i / inner, a = i % inner;
        const double* p = part + size_t(t) * lm1 * inner + a;
        double s = 0;
        for (uint32_t l = 0; l < lm1; ++l) s += p[size_t(l) * inner];
        out[i] = s;
    }
}

// Block (t, l): layer l of token t. Layer 0 is copied; others corrected.
__global__ void __launch_bounds__(kThreads) kApply(const float* __restrict__ x, float* __restrict__ out, uint32_t P, uint32_t row, AnchorBlocks d, int nA, const float* __restrict__ w, double* __restrict__ part) {
    const uint32_t t = blockIdx.x, l = blockIdx.y;
    const size_t base = (size_t(l) * P + t) * row;
    if (l == 0) {
        for (uint32_t c = threadIdx.x * 4; c < row; c += blockDim.x * 4) *reinterpret_cast<float4*>(out + base + c) = *reinterpret_cast<const float4*>(x + base + c);
        return;
    }
    double wt[kMaxPassAnchors];
#pragma unroll
    for (int a = 0; a < kMaxPassAnchors; ++a) wt[a] = a < nA ? double(w[size_t(a) * P + t]) : 0.0;
    double s = 0;
    for (uint32_t c = threadIdx.x * 8; c < row; c += blockDim.x * 8) {
        float xv[8];
        load8(x + base + c, xv);
        uint4 raw[kMaxPassAnchors];
#pragma unroll
        for (int a = 0; a < kMaxPassAnchors; ++a) {
            if (a >= nA) break;
            raw[a] = *reinterpret_cast<const uint4*>(d.p[a] + size_t(l - 1) * d.layerStride[a] + size_t(t) * row + c);
        }
        float ov[8];
#pragma unroll
        for (int j = 0; j < 8; ++j) {
            double dv[kMaxPassAnchors];
#pragma unroll
            for (int a = 0; a < kMaxPassAnchors; ++a) dv[a] = a < nA ? double(halfToFloat(reinterpret_cast<const uint16_t*>(&raw[a])[j])) : 0.0;
            double m;
            if (nA == 4) {
                m = (wt[0] * dv[0] + wt[1] * dv[1]) + (wt[2] * dv[2] + wt[3] * dv[3]);
            } else if (nA <= 3) {
                m = wt[0] * dv[0];
#pragma unroll
                for (int a = 1; a < 3; ++a)
                    if (a < nA) m = m + wt[a] * dv[a];
            } else {
                // applyRowGeneric accumulates from 0 (so a -0 product gives +0, as there).
                m = 0.0;
#pragma unroll
                for (int a = 0; a < kMaxPassAnchors; ++a)
                    if (a < nA) m = m + wt[a] * dv[a];
            }
            ov[j] = __double2float_rn(double(xv[j]) + m);
            if (part) {
#pragma unroll
                for (int a = 0; a < kMaxPassAnchors; ++a)
                    if (a < nA) s += wt[a] * fabs(dv[a] - m);
            }
        }
        float* o = out + base + c;
        *reinterpret_cast<float4*>(o) = make_float4(ov[0], ov[1], ov[2], ov[3]);
        *reinterpret_cast<float4*>(o + 4) = make_float4(ov[4], ov[5], ov[6], ov[7]);
    }
    if (part) {
        __shared__ double sh[kThreads / 32];
        const double v = blockSum(s, sh);
        if (threadIdx.x == 0) part[size_t(t) * (gridDim.y - 1) + (l - 1)] = v;
    }
}

// Thread (c, l, a): column c of layer l + 1 against anchor a; out[a][l * row + c] = sqrt(sum_t<P (x - f16(base_a))^2 / P),
// the sum over tokens in order in double (colSqDiffF16's order and association), so the result is the CPU's bit for bit.
// One thread per anchor and eight tokens' loads issued before their sums: the chain over tokens is the only serial part.
__global__ void kColDist(const float* __restrict__ x, uint32_t P, uint32_t row, AnchorBlocks b, double* __restrict__ out) {
    const uint32_t c = blockIdx.x * blockDim.x + threadIdx.x, l = blockIdx.y, lm1 = gridDim.y, a = blockIdx.z;
    if (c >= row) return;
    const float* xc = x + size_t(l + 1) * P * row + c;
    const uint16_t* bc = b.p[a] + size_t(l) * b.layerStride[a] + c;
    double s = 0;
    uint32_t t = 0;
    for (; t + 8 <= P; t += 8) {
        float xv[8];
        uint16_t hv[8];
#pragma unroll
        for (int j = 0; j < 8; ++j) {
            xv[j] = xc[size_t(t + j) * row];
            hv[j] = bc[size_t(t + j) * row];
        }
#pragma unroll
        for (int j = 0; j < 8; ++j) {
            const double d = double(xv[j]) - double(halfToFloat(hv[j]));
            s += d * d;
        }
    }
    for (; t < P; ++t) {
        const double d = double(xc[size_t(t) * row]) - double(halfToFloat(bc[size_t(t) * row]));
        s += d * d;
    }
    out[(size_t(a) * lm1 + l) * row + c] = sqrt(s / double(P));
}

// Thread (c, l): channel c of layer l + 1 of the following text. Its weights over the nA following anchors
// from their column distances (relativeSoftmaxInto: f64, min over finite distances, exact matches share the
// weight, rounded once to f32), then for each token out = base + w_a * f16(pf_a), one f32 rounding per anchor
// in order (addColScaledF16). exp may differ from V8's Math.exp in its last bit, hence a weight's last bit.
__global__ void kFollowApply(const double* __restrict__ colDist, int nA, uint32_t row, double tau, AnchorBlocks pf, uint32_t F, const float* __restrict__ base, float* __restrict__ out) {
    const uint32_t c = blockIdx.x * blockDim.x + threadIdx.x, l = blockIdx.y, lm1 = gridDim.y;
    if (c >= row) return;
    const size_t per = size_t(lm1) * row, j = size_t(l) * row + c;
    double d[kMaxPassAnchors], w[kMaxPassAnchors];
    double mn = INFINITY;
    for (int a = 0; a < nA; ++a) {
        d[a] = colDist[size_t(a) * per + j];
        if (isfinite(d[a]) && d[a] < mn) mn = d[a];
    }
    if (mn == INFINITY) {
        for (int a = 0; a < nA; ++a) w[a] = 1.0 / nA;
    } else if (mn <= 0) {
        int zeros = 0;
        for (int a = 0; a < nA; ++a) zeros += d[a] == mn;
        for (int a = 0; a < nA; ++a) w[a] = d[a] == mn ? 1.0 / zeros : 0.0;
    } else {
        const double t = tau * mn;
        double sum = 0;
        for (int a = 0; a < nA; ++a) {
            const double e = isfinite(d[a]) ? exp(-(d[a] - mn) / t) : 0.0;
            w[a] = e;
            sum += e;
        }
        for (int a = 0; a < nA; ++a) w[a] /= sum;
    }
    float wf[kMaxPassAnchors];
    for (int a = 0; a < nA; ++a) wf[a] = __double2float_rn(w[a]);
    for (uint32_t t = 0; t < F; ++t) {
        const size_t i = (size_t(l + 1) * F + t) * row + c;
        float o = base[i];
        for (int a = 0; a < nA; ++a) o = __double2float_rn(double(o) + double(wf[a]) * double(halfToFloat(pf.p[a][size_t(l) * pf.layerStride[a] + size_t(t) * row + c])));
        out[i] = o;
    }
}

__global__ void kCountNonFinite(const uint16_t* __restrict__ p, uint64_t n, unsigned long long* count) {
    unsigned c = 0;
    for (uint64_t i = blockIdx.x * uint64_t(blockDim.x) + threadIdx.x; i < n; i += uint64_t(gridDim.x) * blockDim.x) c += (p[i] & 0x7c00u) == 0x7c00u;
    for (int o = 16; o > 0; o >>= 1) c += __shfl_down_sync(0xffffffffu, c, o);
    if ((threadIdx.x & 31) == 0 && c) atomicAdd(count, static_cast<unsigned long long>(c));
}

unsigned gridFor(uint64_t n, unsigned threads) {
    const uint64_t b = (n + threads - 1) / threads;
    return unsigned(b == 0 ? 1 : (b > 65535 ? 65535 : b));
}

}  // namespace

cudaError_t launchGatherF32(const uint16_t* src, uint64_t srcLayer, float* dst, uint32_t layers, uint32_t perLayer, cudaStream_t stream) {
    if (layers == 0 || perLayer == 0) return cudaSuccess;
    const dim3 g(gridFor(perLayer, 256), layers);
    kGatherF32<<<g, 256, 0, stream>>>(src, srcLayer, dst, perLayer);
    return cudaGetLastError();
}

cudaError_t launchAnchorDist(const float* x, uint32_t P, uint32_t row, uint32_t layers, const AnchorBlocks& bases, int nA, double* part, double* dist, cudaStream_t stream) {
    if (P == 0 || layers < 2) return cudaSuccess;
    kDistPart<<<dim3(P, layers - 1), kThreads, 0, stream>>>(x, P, row, bases, nA, part);
    cudaError_t e = cudaGetLastError();
    if (e != cudaSuccess) return e;
    const uint32_t n = P * uint32_t(nA);
    kSumLayers<<<gridFor(n, 256), 256, 0, stream>>>(part, n, layers - 1, uint32_t(nA), dist);
    return cudaGetLastError();
}

cudaError_t launchAnchorApply(const float* x, float* out, uint32_t P, uint32_t row, uint32_t layers, const AnchorBlocks& deltas, int nA, const float* w, double* part, double* spread, cudaStream_t stream) {
    if (P == 0 || layers == 0) return cudaSuccess;
    kApply<<<dim3(P, layers), kThreads, 0, stream>>>(x, out, P, row, deltas, nA, w, spread ? part : nullptr);
    cudaError_t e = cudaGetLastError();
    if (e != cudaSuccess || !spread || layers < 2) return e;
    kSumLayers<<<gridFor(P, 256), 256, 0, stream>>>(part, P, layers - 1, 1, spread);
    return cudaGetLastError();
}

cudaError_t launchAnchorColDist(const float* x, uint32_t P, uint32_t row, uint32_t layers, const AnchorBlocks& bases, int nA, double* out, cudaStream_t stream) {
    if (P == 0 || layers < 2) return cudaSuccess;
    kColDist<<<dim3((row + 127) / 128, layers - 1, unsigned(nA)), 128, 0, stream>>>(x, P, row, bases, out);
    return cudaGetLastError();
}

cudaError_t launchFollowApply(const double* colDist, int nA, uint32_t row, uint32_t layers, double tau, const AnchorBlocks& pf, uint32_t F, const float* base, float* out, cudaStream_t stream) {
    if (F == 0 || layers == 0) return cudaSuccess;
    cudaError_t e = cudaMemcpyAsync(out, base, size_t(F) * row * 4, cudaMemcpyDeviceToDevice, stream);
    if (e != cudaSuccess || layers < 2) return e;
    kFollowApply<<<dim3((row + 127) / 128, layers - 1), 128, 0, stream>>>(colDist, nA, row, tau, pf, F, base, out);
    return cudaGetLastError();
}

__global__ void kShrinkRows(const float* __restrict__ x, float* __restrict__ out, uint64_t n, uint32_t row, const float* __restrict__ alpha) {
    for (uint64_t i = blockIdx.x * uint64_t(blockDim.x) + threadIdx.x; i < n; i += uint64_t(gridDim.x) * blockDim.x) {
        const float a = alpha[i / row];
        if (a == 1.0f) continue;
        const double xi = double(x[i]);
        out[i] = float(__dadd_rn(xi, __dmul_rn(double(a), __dsub_rn(double(out[i]), xi))));
    }
}

cudaError_t launchShrinkRows(const float* x, float* out, uint64_t rows, uint32_t row, const float* alpha, cudaStream_t stream) {
    const uint64_t n = rows * row;
    if (n == 0) return cudaSuccess;
    const uint64_t blocks = (n + 255) / 256;
    kShrinkRows<<<unsigned(blocks < 65535 ? blocks : 65535), 256, 0, stream>>>(x, out, n, row, alpha);
    return cudaGetLastError();
}

cudaError_t launchCountNonFinite(const uint16_t* p, uint64_t n, unsigned long long* count, cudaStream_t stream) {
    if (n == 0) return cudaSuccess;
    kCountNonFinite<<<gridFor(n, 256), 256, 0, stream>>>(p, n, count);
    return cudaGetLastError();
}

}  // namespace kvmesh_cuda
