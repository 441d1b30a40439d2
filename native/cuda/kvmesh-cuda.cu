// kvmesh's CUDA kernel backend, as a Node addon: the numeric work of
// kernels/backend.ts (RoPE re-positioning, f16 conversion, q8_0 and 4-bit
// quantization, the offset-correction primitives) plus the fused anchor
// offset application and the KV layout conversion, on device-resident
// buffers. JavaScript owns DeviceBuffer objects (cudaMalloc'd, freed on
// dispose or when collected), queues work on one stream, and waits with
// sync(). Every kernel reproduces the CPU backend's arithmetic: f16 values
// widened exactly, products and sums in double where kernels/*.ts compute in
// double, one rounding to f32 (and to f16, nearest even) where they round;
// tests hold each op against the CPU backend and the golden vectors.
#define NAPI_VERSION 7
#include <cuda_fp16.h>
#include <cuda_runtime.h>
#include <napi.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "anchor-passes.h"
#include "c2c-fuser.h"

namespace {

cudaStream_t gStream = nullptr;
// Copies to the host that run while the main stream computes (copyOut), each after the work queued before it.
cudaStream_t gCopy = nullptr;
cudaEvent_t gQueued = nullptr;

Napi::Error cudaError(Napi::Env env, const char* what, cudaError_t e) {
    Napi::Error err = Napi::Error::New(env, std::string(what) + ": " + cudaGetErrorString(e));
    err.Set("code", Napi::String::New(env, "KVMESH_CUDA"));
    return err;
}

#define CUDA_OR_THROW(env, call)                               \
    do {                                                       \
        cudaError_t e_ = (call);                               \
        if (e_ != cudaSuccess) throw cudaError(env, #call, e_); \
    } while (0)

Napi::Error usage(Napi::Env env, const std::string& msg) {
    Napi::Error err = Napi::Error::New(env, msg);
    err.Set("code", Napi::String::New(env, "KVMESH_CUDA_USAGE"));
    return err;
}

// ---------------------------------------------------------------- small reads
// Small results (distances, spreads, counters) come back through page-locked memory mapped into the device,
// written there by a kernel on the main stream rather than by the copy engine, so that they do not queue behind
// a large copyOut in flight (device -> host copies share one engine).
constexpr size_t kSmallRead = size_t(1) << 20;
uint8_t* gSmallHost = nullptr;
uint8_t* gSmallDev = nullptr;

__global__ void kCopyBytes(const uint8_t* __restrict__ src, uint8_t* __restrict__ dst, size_t n) {
    for (size_t i = blockIdx.x * size_t(blockDim.x) + threadIdx.x; i < n; i += size_t(gridDim.x) * blockDim.x) dst[i] = src[i];
}

// host[0, len) = device src[0, len) for len <= kSmallRead, after the work queued on the main stream (waits).
void readSmall(Napi::Env env, const void* src, void* host, size_t len) {
    if (len == 0) return;
    if (!gSmallHost) {
        void* p = nullptr;
        CUDA_OR_THROW(env, cudaHostAlloc(&p, kSmallRead, cudaHostAllocMapped | cudaHostAllocPortable));
        void* d = nullptr;
        const cudaError_t e = cudaHostGetDevicePointer(&d, p, 0);
        if (e != cudaSuccess) {
            cudaFreeHost(p);
            throw cudaError(env, "cudaHostGetDevicePointer", e);
        }
        gSmallHost = static_cast<uint8_t*>(p);
        gSmallDev = static_cast<uint8_t*>(d);
    }
    const size_t blocks = (len + 255) / 256;
    kCopyBytes<<<unsigned(blocks > 1024 ? 1024 : blocks), 256, 0, gStream>>>(static_cast<const uint8_t*>(src), gSmallDev, len);
    CUDA_OR_THROW(env, cudaGetLastError());
    CUDA_OR_THROW(env, cudaStreamSynchronize(gStream));
    std::memcpy(host, gSmallHost, len);
}

// ---------------------------------------------------------------- buffers

class DeviceBuffer : public Napi::ObjectWrap<DeviceBuffer> {
   public:
    static Napi::Function Init(Napi::Env env) {
        return DefineClass(env, "DeviceBuffer", {
            InstanceMethod("upload", &DeviceBuffer::Upload),
            InstanceMethod("download", &DeviceBuffer::Download),
            InstanceMethod("copyOut", &DeviceBuffer::CopyOut),
            InstanceMethod("copyFrom", &DeviceBuffer::CopyFrom),
            InstanceMethod("dispose", &DeviceBuffer::Dispose),
            InstanceAccessor("bytes", &DeviceBuffer::Bytes, nullptr),
        });
    }
    // new DeviceBuffer(bytes)
    DeviceBuffer(const Napi::CallbackInfo& info) : Napi::ObjectWrap<DeviceBuffer>(info) {
        Napi::Env env = info.Env();
        if (info.Length() < 1 || !info[0].IsNumber()) throw usage(env, "DeviceBuffer(bytes)");
        const double b = info[0].As<Napi::Number>().DoubleValue();
        if (!(b >= 0) || b > 1e12) throw usage(env, "DeviceBuffer: bytes out of range");
        bytes_ = size_t(b);
        if (bytes_ > 0) CUDA_OR_THROW(env, cudaMalloc(&ptr_, bytes_));
    }
    ~DeviceBuffer() { release(); }
    void* ptr() const { return ptr_; }
    size_t bytes() const { return bytes_; }

   private:
    void release() {
        if (ptr_) cudaFree(ptr_);
        ptr_ = nullptr;
        bytes_ = 0;
    }
    static void viewOf(Napi::Env env, Napi::Value v, uint8_t*& data, size_t& len) {
        if (!v.IsTypedArray()) throw usage(env, "expected a typed array");
        // The data pointer from napi_get_typedarray_info works for SharedArrayBuffer views too.
        napi_typedarray_type type;
        size_t n = 0;
        void* p = nullptr;
        if (napi_get_typedarray_info(env, v, &type, &n, &p, nullptr, nullptr) != napi_ok) throw usage(env, "unreadable typed array");
        data = static_cast<uint8_t*>(p);
        len = v.As<Napi::TypedArray>().ByteLength();
    }
    // (typedArray, byteOffset = 0) of a copy between host and this buffer, bounds checked.
    struct HostRange {
        uint8_t* data;
        size_t len;
        uint8_t* dev;
    };
    HostRange hostRange(const Napi::CallbackInfo& info, const char* what) {
        Napi::Env env = info.Env();
        HostRange r{};
        viewOf(env, info[0], r.data, r.len);
        double off = 0;
        if (info.Length() > 1) {
            if (!info[1].IsNumber()) throw usage(env, std::string(what) + ": byteOffset must be a number");
            off = info[1].As<Napi::Number>().DoubleValue();
        }
        if (!(off >= 0) || off > double(bytes_) || double(r.len) > double(bytes_) - off) throw usage(env, std::string(what) + " past the end of the device buffer");
        r.dev = static_cast<uint8_t*>(ptr_) + size_t(off);
        return r;
    }
    // upload(typedArray, byteOffset = 0): synchronous host -> device copy.
    Napi::Value Upload(const Napi::CallbackInfo& info) {
        Napi::Env env = info.Env();
        const HostRange r = hostRange(info, "upload");
        CUDA_OR_THROW(env, cudaMemcpyAsync(r.dev, r.data, r.len, cudaMemcpyHostToDevice, gStream));
        CUDA_OR_THROW(env, cudaStreamSynchronize(gStream));
        return env.Undefined();
    }
    // download(typedArray, byteOffset = 0): waits for queued work, then device -> host.
    Napi::Value Download(const Napi::CallbackInfo& info) {
        Napi::Env env = info.Env();
        const HostRange r = hostRange(info, "download");
        if (r.len <= kSmallRead) {
            readSmall(env, r.dev, r.data, r.len);
            return env.Undefined();
        }
        CUDA_OR_THROW(env, cudaMemcpyAsync(r.data, r.dev, r.len, cudaMemcpyDeviceToHost, gStream));
        CUDA_OR_THROW(env, cudaStreamSynchronize(gStream));
        return env.Undefined();
    }
    // copyOut(typedArray, byteOffset = 0): device -> host on the copy stream, after all work queued on the main
    // stream so far and while later work computes (page-locked memory for it to overlap); waitCopies() waits.
    Napi::Value CopyOut(const Napi::CallbackInfo& info) {
        Napi::Env env = info.Env();
        const HostRange r = hostRange(info, "copyOut");
        if (!gCopy) throw usage(env, "copyOut before device()");
        CUDA_OR_THROW(env, cudaEventRecord(gQueued, gStream));
        CUDA_OR_THROW(env, cudaStreamWaitEvent(gCopy, gQueued, 0));
        CUDA_OR_THROW(env, cudaMemcpyAsync(r.data, r.dev, r.len, cudaMemcpyDeviceToHost, gCopy));
        return env.Undefined();
    }
    // copyFrom(src, bytes): device -> device, queued.
    Napi::Value CopyFrom(const Napi::CallbackInfo& info) {
        Napi::Env env = info.Env();
        DeviceBuffer* src = Napi::ObjectWrap<DeviceBuffer>::Unwrap(info[0].As<Napi::Object>());
        const size_t n = size_t(info[1].As<Napi::Number>().DoubleValue());
        if (n > bytes_ || n > src->bytes_) throw usage(env, "copyFrom past the end of a buffer");
        CUDA_OR_THROW(env, cudaMemcpyAsync(ptr_, src->ptr_, n, cudaMemcpyDeviceToDevice, gStream));
        return env.Undefined();
    }
    Napi::Value Dispose(const Napi::CallbackInfo& info) {
        release();
        return info.Env().Undefined();
    }
    Napi::Value Bytes(const Napi::CallbackInfo& info) { return Napi::Number::New(info.Env(), double(bytes_)); }

    void* ptr_ = nullptr;
    size_t bytes_ = 0;
};

// A device buffer argument with at least `need` bytes.
template <typename T>
T* dev(Napi::Env env, Napi::Value v, size_t needBytes, const char* what) {
    if (!v.IsObject()) throw usage(env, std::string(what) + " must be a DeviceBuffer");
    DeviceBuffer* b = Napi::ObjectWrap<DeviceBuffer>::Unwrap(v.As<Napi::Object>());
    if (b->bytes() < needBytes) throw usage(env, std::string(what) + " holds " + std::to_string(b->bytes()) + " bytes, needs " + std::to_string(needBytes));
    return static_cast<T*>(b->ptr());
}

size_t num(Napi::Env env, Napi::Value v, const char* what) {
    if (!v.IsNumber()) throw usage(env, std::string(what) + " must be a number");
    const double d = v.As<Napi::Number>().DoubleValue();
    if (!(d >= 0) || d != std::floor(d) || d > 9.0e15) throw usage(env, std::string(what) + " must be a non-negative integer");
    return size_t(d);
}

unsigned blocksFor(size_t n, unsigned threads = 256) {
    const size_t b = (n + threads - 1) / threads;
    return unsigned(b > 0x7fffffff ? 0x7fffffff : (b == 0 ? 1 : b));
}

// ---------------------------------------------------------------- f16 conversion

// NaNs keep their sign and top payload bits, quieted, as kernels/f16.ts (and x86 F16C) do; the rest is IEEE.
__global__ void kF16ToF32(const uint16_t* src, uint32_t* dst, size_t n) {
    for (size_t i = blockIdx.x * size_t(blockDim.x) + threadIdx.x; i < n; i += size_t(gridDim.x) * blockDim.x) {
        const uint16_t h = src[i];
        if ((h & 0x7c00u) == 0x7c00u && (h & 0x3ffu)) dst[i] = (uint32_t(h & 0x8000u) << 16) | 0x7fc00000u | (uint32_t(h & 0x3ffu) << 13);
        else dst[i] = __float_as_uint(__half2float(__ushort_as_half(h)));
    }
}
__global__ void kF32ToF16(const uint32_t* src, uint16_t* dst, size_t n) {
    for (size_t i = blockIdx.x * size_t(blockDim.x) + threadIdx.x; i < n; i += size_t(gridDim.x) * blockDim.x) {
        const uint32_t x = src[i], a = x & 0x7fffffffu;
        if (a > 0x7f800000u) dst[i] = uint16_t(((x >> 16) & 0x8000u) | 0x7e00u | ((a >> 13) & 0x3ffu));
        else dst[i] = __half_as_ushort(__float2half_rn(__uint_as_float(x)));
    }
}

// ---------------------------------------------------------------- RoPE shift

// One rotation as kernels/rope.ts computes it: x0*c - x1*s in double, rounded once to f32.
__device__ __forceinline__ void rot(float x0, float x1, float c, float s, float& y0, float& y1) {
    y0 = __double2float_rn(__dsub_rn(__dmul_rn(double(x0), double(c)), __dmul_rn(double(x1), double(s))));
    y1 = __double2float_rn(__dadd_rn(__dmul_rn(double(x0), double(s)), __dmul_rn(double(x1), double(c))));
}

// k: [nTokens][nHeads][headDim]. A block of (pairs x rows) threads: threadIdx.x walks the pairs of a head row,
// threadIdx.y the rows; rows = token * nHeads + head. cosSin: [table][nRot] (cos, sin interleaved); tableOf[token]
// picks the table (-1: delta 0, the token is left as it is). 32-bit index arithmetic only (64-bit divisions are
// slow on the GPU); pointers are offset in 64 bits.
template <typename T>
__global__ void kRope(T* k, uint32_t nRows, uint32_t nHeads, uint32_t headDim, uint32_t nRot, bool neox, const float* cosSin, const int32_t* tableOf) {
    const uint32_t half = nRot / 2;
    for (uint32_t row = blockIdx.x * blockDim.y + threadIdx.y; row < nRows; row += gridDim.x * blockDim.y) {
        const int32_t table = tableOf ? tableOf[row / nHeads] : 0;
        if (table < 0) continue;
        const float* cs = cosSin + size_t(table) * nRot;
        T* r = k + size_t(row) * headDim;
        for (uint32_t i = threadIdx.x; i < half; i += blockDim.x) {
            const float c = cs[2 * i], s = cs[2 * i + 1];
            const uint32_t j0 = neox ? i : 2 * i;
            const uint32_t j1 = neox ? i + half : 2 * i + 1;
            float y0, y1;
            if constexpr (sizeof(T) == 2) {
                rot(__half2float(r[j0]), __half2float(r[j1]), c, s, y0, y1);
                r[j0] = __float2half_rn(y0);
                r[j1] = __float2half_rn(y1);
            } else {
                rot(r[j0], r[j1], c, s, y0, y1);
                r[j0] = y0;
                r[j1] = y1;
            }
        }
    }
}

// The same for f16 keys with vector memory access, when nRot and headDim are multiples of 8: normal style, a
// thread rotates 4 pairs from one 16-byte load; neox, 4 pairs from two 8-byte loads. threadIdx.x: the chunk of
// the head row, threadIdx.y: the row.
__global__ void __launch_bounds__(256) kRopeF16Vec(__half* __restrict__ k, uint32_t nRows, uint32_t nHeads, uint32_t headDim, uint32_t nRot, bool neox, const float* __restrict__ cosSin, const int32_t* __restrict__ tableOf) {
    const uint32_t half = nRot / 2;
    const uint32_t chunks = half / 4;  // 4 pairs per thread
    for (uint32_t row = blockIdx.x * blockDim.y + threadIdx.y; row < nRows; row += gridDim.x * blockDim.y) {
        const int32_t table = tableOf ? tableOf[row / nHeads] : 0;
        if (table < 0) continue;
        const float* cs = cosSin + size_t(table) * nRot;
        __half* r = k + size_t(row) * headDim;
        for (uint32_t ch = threadIdx.x; ch < chunks; ch += blockDim.x) {
            const uint32_t i0 = ch * 4;  // first pair of the chunk
            const float4 c01 = *reinterpret_cast<const float4*>(cs + 2 * i0);      // cos0 sin0 cos1 sin1
            const float4 c23 = *reinterpret_cast<const float4*>(cs + 2 * i0 + 4);  // cos2 sin2 cos3 sin3
            const float c[4] = {c01.x, c01.z, c23.x, c23.z}, sn[4] = {c01.y, c01.w, c23.y, c23.w};
            if (!neox) {
                uint4 v = *reinterpret_cast<const uint4*>(r + 2 * i0);
                __half2* p = reinterpret_cast<__half2*>(&v);
                for (int q = 0; q < 4; ++q) {
                    const float2 x = __half22float2(p[q]);
                    float y0, y1;
                    rot(x.x, x.y, c[q], sn[q], y0, y1);
                    p[q] = __halves2half2(__float2half_rn(y0), __float2half_rn(y1));
                }
                *reinterpret_cast<uint4*>(r + 2 * i0) = v;
            } else {
                uint2 a = *reinterpret_cast<const uint2*>(r + i0);
                uint2 b = *reinterpret_cast<const uint2*>(r + half + i0);
                __half* pa = reinterpret_cast<__half*>(&a);
                __half* pb = reinterpret_cast<__half*>(&b);
                for (int q = 0; q < 4; ++q) {
                    float y0, y1;
                    rot(__half2float(pa[q]), __half2float(pb[q]), c[q], sn[q], y0, y1);
                    pa[q] = __float2half_rn(y0);
                    pb[q] = __float2half_rn(y1);
                }
                *reinterpret_cast<uint2*>(r + i0) = a;
                *reinterpret_cast<uint2*>(r + half + i0) = b;
            }
        }
    }
}

// ---------------------------------------------------------------- offset primitives (f32, double sums)

// out[r] += sum_c |x - y|: one block per row.
__global__ void kRowAbsDiffSum(const float* x, const float* y, size_t rows, size_t cols, float* out) {
    __shared__ double part[256];
    for (size_t r = blockIdx.x; r < rows; r += gridDim.x) {
        double acc = 0;
        for (size_t c = threadIdx.x; c < cols; c += blockDim.x) acc += fabs(double(x[r * cols + c]) - double(y[r * cols + c]));
        part[threadIdx.x] = acc;
        __syncthreads();
        for (unsigned s = blockDim.x / 2; s > 0; s >>= 1) {
            if (threadIdx.x < s) part[threadIdx.x] += part[threadIdx.x + s];
            __syncthreads();
        }
        if (threadIdx.x == 0) out[r] = float(double(out[r]) + part[0]);
        __syncthreads();
    }
}

// out[c] += sum_r (x - y)^2: one thread per column (coalesced along c).
__global__ void kColSqDiffSum(const float* x, const float* y, size_t rows, size_t cols, float* out) {
    for (size_t c = blockIdx.x * size_t(blockDim.x) + threadIdx.x; c < cols; c += size_t(gridDim.x) * blockDim.x) {
        double acc = 0;
        for (size_t r = 0; r < rows; ++r) {
            const double d = double(x[r * cols + c]) - double(y[r * cols + c]);
            acc += d * d;
        }
        out[c] = float(double(out[c]) + acc);
    }
}

__global__ void kSqDiffSum(const float* x, const float* y, size_t n, double* out) {
    __shared__ double part[256];
    double acc = 0;
    for (size_t i = blockIdx.x * size_t(blockDim.x) + threadIdx.x; i < n; i += size_t(gridDim.x) * blockDim.x) {
        const double d = double(x[i]) - double(y[i]);
        acc += d * d;
    }
    part[threadIdx.x] = acc;
    __syncthreads();
    for (unsigned s = blockDim.x / 2; s > 0; s >>= 1) {
        if (threadIdx.x < s) part[threadIdx.x] += part[threadIdx.x + s];
        __syncthreads();
    }
    if (threadIdx.x == 0) out[blockIdx.x] = part[0];
}

// x[r][c] += w[r] * d[r][c]  (rowScaled) or  x[r][c] += w[c] * d[r][c]  (colScaled), one f32 rounding each.
__global__ void kAddScaled(float* x, const float* d, const float* w, size_t rows, size_t cols, bool byRow) {
    const size_t n = rows * cols;
    for (size_t i = blockIdx.x * size_t(blockDim.x) + threadIdx.x; i < n; i += size_t(gridDim.x) * blockDim.x) {
        const float wi = byRow ? w[i / cols] : w[i % cols];
        x[i] = float(double(x[i]) + double(wi) * double(d[i]));  // as kernels/offset.ts: in double, one rounding
    }
}

// ---------------------------------------------------------------- fused anchor offset application

// The KVCOMM correction of one layer of one side: out[t][c] = x[t][c] + sum_a w[a][t] * f16(delta_a[t][c]), the sum
// in double and rounded once (as anchors/fused.ts's applyRow*); `disagree[t]` (optional) gets
// sum_a w[a][t] * sum_c |delta_a - m|. x and out: f32 [tokens][cols]; deltas: nAnchors pointers to f16 [tokens][cols].
constexpr int kMaxAnchors = 8;
struct AnchorPtrs {
    const __half* d[kMaxAnchors];
};

// One block row at a time: the token's weights are read once, the columns are walked by the threads (coalesced).
__global__ void kApplyAnchors(const float* x, float* out, uint32_t tokens, uint32_t cols, AnchorPtrs deltas, int nAnchors, const float* w, float* disagree) {
    for (uint32_t t = blockIdx.x; t < tokens; t += gridDim.x) {
        float wt[kMaxAnchors];
        for (int a = 0; a < nAnchors; ++a) wt[a] = w[size_t(a) * tokens + t];
        const size_t base = size_t(t) * cols;
        double s = 0;
        for (uint32_t c = threadIdx.x; c < cols; c += blockDim.x) {
            double m = 0;
            float dv[kMaxAnchors];
            for (int a = 0; a < nAnchors; ++a) {
                dv[a] = __half2float(deltas.d[a][base + c]);
                m += double(wt[a]) * double(dv[a]);
            }
            out[base + c] = float(double(x[base + c]) + m);
            if (disagree) {
                for (int a = 0; a < nAnchors; ++a) s += double(wt[a]) * fabs(double(dv[a]) - m);
            }
        }
        if (disagree) atomicAdd(&disagree[t], float(s));
    }
}

// The same four columns at a time (cols a multiple of 4): 16-byte loads of x and out, 8-byte loads of each delta.
// Eight columns per thread (cols a multiple of 8): 16-byte loads everywhere, all loads issued before the math.
// The anchor count is a template parameter, so the per-anchor registers are exactly what is needed (occupancy).
template <int NA>
__global__ void __launch_bounds__(256) kApplyAnchors8(const float* __restrict__ x, float* __restrict__ out, uint32_t tokens, uint32_t cols, AnchorPtrs deltas, const float* __restrict__ w) {
    const uint32_t octs = cols / 8;
    for (uint32_t t = blockIdx.x; t < tokens; t += gridDim.x) {
        double wt[NA];
#pragma unroll
        for (int a = 0; a < NA; ++a) wt[a] = __ldg(w + size_t(a) * tokens + t);
        const size_t base = size_t(t) * cols;
        for (uint32_t q = threadIdx.x; q < octs; q += blockDim.x) {
            const size_t e = base + size_t(q) * 8;
            const float4 x0 = __ldg(reinterpret_cast<const float4*>(x + e));
            const float4 x1 = __ldg(reinterpret_cast<const float4*>(x + e + 4));
            uint4 dv[NA];
#pragma unroll
            for (int a = 0; a < NA; ++a) dv[a] = __ldg(reinterpret_cast<const uint4*>(deltas.d[a] + e));
            double m[8] = {0, 0, 0, 0, 0, 0, 0, 0};
#pragma unroll
            for (int a = 0; a < NA; ++a) {
                const __half2* h = reinterpret_cast<const __half2*>(&dv[a]);
#pragma unroll
                for (int j = 0; j < 4; ++j) {
                    const float2 d = __half22float2(h[j]);
                    m[2 * j] += wt[a] * double(d.x);
                    m[2 * j + 1] += wt[a] * double(d.y);
                }
            }
            float4 o0, o1;
            o0.x = float(double(x0.x) + m[0]);
            o0.y = float(double(x0.y) + m[1]);
            o0.z = float(double(x0.z) + m[2]);
            o0.w = float(double(x0.w) + m[3]);
            o1.x = float(double(x1.x) + m[4]);
            o1.y = float(double(x1.y) + m[5]);
            o1.z = float(double(x1.z) + m[6]);
            o1.w = float(double(x1.w) + m[7]);
            *reinterpret_cast<float4*>(out + e) = o0;
            *reinterpret_cast<float4*>(out + e + 4) = o1;
        }
    }
}

// ---------------------------------------------------------------- quantization

// ggml q8_0 (see kernels/q8_0.ts): one warp per block of 32 values (lane j holds value j; coalesced).
__global__ void kQuantizeQ8_0(const float* src, uint8_t* dst, size_t blocks) {
    const unsigned lane = threadIdx.x & 31;
    const size_t warp = (blockIdx.x * size_t(blockDim.x) + threadIdx.x) >> 5;
    const size_t warps = (size_t(gridDim.x) * blockDim.x) >> 5;
    for (size_t b = warp; b < blocks; b += warps) {
        const float x = src[b * 32 + lane];
        float amax = fabsf(x);
        for (int o = 16; o > 0; o >>= 1) amax = fmaxf(amax, __shfl_xor_sync(0xffffffffu, amax, o));
        const float d = __fdiv_rn(amax, 127.0f);
        const float id = d != 0 ? __fdiv_rn(1.0f, d) : 0.0f;
        uint8_t* o = dst + b * 34;
        if (lane == 0) *reinterpret_cast<__half*>(o) = __float2half_rn(d);
        o[2 + lane] = uint8_t(int8_t(roundf(__fmul_rn(x, id))));
    }
}
__global__ void kDequantizeQ8_0(const uint8_t* src, float* dst, size_t blocks) {
    const size_t n = blocks * 32;
    for (size_t i = blockIdx.x * size_t(blockDim.x) + threadIdx.x; i < n; i += size_t(gridDim.x) * blockDim.x) {
        const uint8_t* blk = src + (i / 32) * 34;
        dst[i] = __fmul_rn(float(int8_t(blk[2 + i % 32])), __half2float(*reinterpret_cast<const __half*>(blk)));
    }
}

// ggml q4_0 (see kernels/q4_0.ts): blocks of 32, f16 scale d = max / -8 (max: the value of largest magnitude),
// q = trunc(x/d + 8.5) clamped to 15; low nibbles hold values 0..15, high nibbles 16..31. One warp per block.
__global__ void kQuantizeQ4_0(const float* src, uint8_t* dst, size_t blocks) {
    const unsigned lane = threadIdx.x & 31;
    const size_t warp = (blockIdx.x * size_t(blockDim.x) + threadIdx.x) >> 5;
    const size_t warps = (size_t(gridDim.x) * blockDim.x) >> 5;
    for (size_t b = warp; b < blocks; b += warps) {
        const float x = src[b * 32 + lane];
        // The value of largest magnitude; on a tie of magnitudes the first one, as the CPU's loop keeps it.
        float best = x;
        unsigned at = lane;
        for (int o = 16; o > 0; o >>= 1) {
            const float ob = __shfl_xor_sync(0xffffffffu, best, o);
            const unsigned oa = __shfl_xor_sync(0xffffffffu, at, o);
            if (fabsf(ob) > fabsf(best) || (fabsf(ob) == fabsf(best) && oa < at)) {
                best = ob;
                at = oa;
            }
        }
        const float d = __fdiv_rn(best, -8.0f);
        const float id = d != 0 ? __fdiv_rn(1.0f, d) : 0.0f;
        const int q = min(15, int(__fadd_rn(__fmul_rn(x, id), 8.5f)));
        const int hi = __shfl_down_sync(0xffffffffu, q, 16);
        uint8_t* o = dst + b * 18;
        if (lane == 0) *reinterpret_cast<__half*>(o) = __float2half_rn(d);
        if (lane < 16) o[2 + lane] = uint8_t(q | (hi << 4));
    }
}
__global__ void kDequantizeQ4_0(const uint8_t* src, float* dst, size_t blocks) {
    const size_t n = blocks * 32;
    for (size_t i = blockIdx.x * size_t(blockDim.x) + threadIdx.x; i < n; i += size_t(gridDim.x) * blockDim.x) {
        const uint8_t* blk = src + (i / 32) * 18;
        const int j = int(i % 32);
        const int q = j < 16 ? (blk[2 + j] & 0x0f) : (blk[2 + j - 16] >> 4);
        dst[i] = __fmul_rn(float(q - 8), __half2float(*reinterpret_cast<const __half*>(blk)));
    }
}

// ---------------------------------------------------------------- layout conversion

// llama.cpp's KV of one layer (f16; V transposed when flash attention is off: [cols][cellStride]) -> the anchors'
// f32 [tokens][cols], and back.
__global__ void kKvToF32(const __half* src, float* dst, size_t tokens, size_t cols, bool transposed, size_t cellStride) {
    const size_t n = tokens * cols;
    for (size_t i = blockIdx.x * size_t(blockDim.x) + threadIdx.x; i < n; i += size_t(gridDim.x) * blockDim.x) {
        const size_t t = i / cols, c = i % cols;
        dst[i] = __half2float(transposed ? src[c * cellStride + t] : src[i]);
    }
}
__global__ void kF32ToKv(const float* src, __half* dst, size_t tokens, size_t cols, bool transposed, size_t cellStride) {
    const size_t n = tokens * cols;
    for (size_t i = blockIdx.x * size_t(blockDim.x) + threadIdx.x; i < n; i += size_t(gridDim.x) * blockDim.x) {
        const size_t t = i / cols, c = i % cols;
        dst[transposed ? c * cellStride + t : i] = __float2half_rn(src[i]);
    }
}

// ---------------------------------------------------------------- JS entry points

Napi::Value CheckLaunch(Napi::Env env, const char* what) {
    cudaError_t e = cudaGetLastError();
    if (e != cudaSuccess) throw cudaError(env, what, e);
    return env.Undefined();
}

const unsigned kThreads = 256;
const unsigned kMaxBlocks = 65535;
unsigned grid(size_t n) { return std::min(blocksFor(n, kThreads), kMaxBlocks); }

Napi::Value F16ToF32(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const size_t n = num(env, info[2], "n");
    kF16ToF32<<<grid(n), kThreads, 0, gStream>>>(dev<uint16_t>(env, info[0], n * 2, "src"), dev<uint32_t>(env, info[1], n * 4, "dst"), n);
    return CheckLaunch(env, "f16ToF32");
}
Napi::Value F32ToF16(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const size_t n = num(env, info[2], "n");
    kF32ToF16<<<grid(n), kThreads, 0, gStream>>>(dev<uint32_t>(env, info[0], n * 4, "src"), dev<uint16_t>(env, info[1], n * 2, "dst"), n);
    return CheckLaunch(env, "f32ToF16");
}
// rope(k, nTokens, nHeads, headDim, nRot, neox, cosSin, tableOf, f16)
Napi::Value Rope(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const size_t nTokens = num(env, info[1], "nTokens");
    const uint32_t nHeads = uint32_t(num(env, info[2], "nHeads")), headDim = uint32_t(num(env, info[3], "headDim")), nRot = uint32_t(num(env, info[4], "nRot"));
    const bool neox = info[5].ToBoolean().Value(), f16 = info[8].ToBoolean().Value();
    if (nRot < 2 || nRot % 2 || nRot > headDim) throw usage(env, "rope: nRot must be even and <= headDim");
    const size_t el = f16 ? 2 : 4;
    const float* cs = dev<float>(env, info[6], nRot * 4, "cosSin");
    // tableOf null: one table for every token.
    const int32_t* tableOf = info[7].IsNull() || info[7].IsUndefined() ? nullptr : dev<int32_t>(env, info[7], nTokens * 4, "tableOf");
    if (nTokens * nHeads > 0xffffffffull) throw usage(env, "rope: more than 2^32 head rows");
    const uint32_t rows = uint32_t(nTokens * nHeads);
    const unsigned bx = std::min(256u, ((nRot / 2 + 31) / 32) * 32);
    const dim3 block(bx, 256 / bx);
    const unsigned g = std::max(1u, std::min(unsigned((rows + block.y - 1) / block.y), kMaxBlocks));
    if (f16 && nRot % 8 == 0 && headDim % 8 == 0) {
        const unsigned cx = std::max(1u, std::min(32u, nRot / 8));  // threads per row: 4 pairs each
        const dim3 vb(cx, 256 / cx);
        const unsigned vg = std::max(1u, std::min(unsigned((rows + vb.y - 1) / vb.y), kMaxBlocks));
        kRopeF16Vec<<<vg, vb, 0, gStream>>>(dev<__half>(env, info[0], nTokens * nHeads * headDim * el, "k"), rows, nHeads, headDim, nRot, neox, cs, tableOf);
    } else if (f16) kRope<__half><<<g, block, 0, gStream>>>(dev<__half>(env, info[0], nTokens * nHeads * headDim * el, "k"), rows, nHeads, headDim, nRot, neox, cs, tableOf);
    else kRope<float><<<g, block, 0, gStream>>>(dev<float>(env, info[0], nTokens * nHeads * headDim * el, "k"), rows, nHeads, headDim, nRot, neox, cs, tableOf);
    return CheckLaunch(env, "rope");
}
Napi::Value RowAbsDiffSum(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const size_t rows = num(env, info[2], "rows"), cols = num(env, info[3], "cols");
    kRowAbsDiffSum<<<std::min<size_t>(rows ? rows : 1, kMaxBlocks), kThreads, 0, gStream>>>(dev<float>(env, info[0], rows * cols * 4, "x"), dev<float>(env, info[1], rows * cols * 4, "y"), rows, cols, dev<float>(env, info[4], rows * 4, "out"));
    return CheckLaunch(env, "rowAbsDiffSum");
}
Napi::Value ColSqDiffSum(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const size_t rows = num(env, info[2], "rows"), cols = num(env, info[3], "cols");
    kColSqDiffSum<<<grid(cols), kThreads, 0, gStream>>>(dev<float>(env, info[0], rows * cols * 4, "x"), dev<float>(env, info[1], rows * cols * 4, "y"), rows, cols, dev<float>(env, info[4], cols * 4, "out"));
    return CheckLaunch(env, "colSqDiffSum");
}
// sqDiffSum(x, y, n, scratch) -> number (waits): scratch holds one double per block.
Napi::Value SqDiffSum(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const size_t n = num(env, info[2], "n");
    const unsigned blocks = std::min(grid(n), 1024u);
    double* part = dev<double>(env, info[3], blocks * 8, "scratch");
    kSqDiffSum<<<blocks, kThreads, 0, gStream>>>(dev<float>(env, info[0], n * 4, "x"), dev<float>(env, info[1], n * 4, "y"), n, part);
    CheckLaunch(env, "sqDiffSum");
    std::vector<double> host(blocks);
    CUDA_OR_THROW(env, cudaMemcpyAsync(host.data(), part, blocks * 8, cudaMemcpyDeviceToHost, gStream));
    CUDA_OR_THROW(env, cudaStreamSynchronize(gStream));
    double s = 0;
    for (double v : host) s += v;
    return Napi::Number::New(env, s);
}
// addScaled(x, d, w, rows, cols, byRow)
Napi::Value AddScaled(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const size_t rows = num(env, info[3], "rows"), cols = num(env, info[4], "cols");
    const bool byRow = info[5].ToBoolean().Value();
    kAddScaled<<<grid(rows * cols), kThreads, 0, gStream>>>(dev<float>(env, info[0], rows * cols * 4, "x"), dev<float>(env, info[1], rows * cols * 4, "d"), dev<float>(env, info[2], (byRow ? rows : cols) * 4, "w"), rows, cols, byRow);
    return CheckLaunch(env, "addScaled");
}
// applyAnchors(x, out, tokens, cols, deltas: DeviceBuffer[], w, disagree|null)
Napi::Value ApplyAnchors(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const size_t tokens = num(env, info[2], "tokens"), cols = num(env, info[3], "cols");
    if (!info[4].IsArray()) throw usage(env, "applyAnchors: deltas must be an array of DeviceBuffer");
    Napi::Array ds = info[4].As<Napi::Array>();
    const int nA = int(ds.Length());
    if (nA < 1 || nA > kMaxAnchors) throw usage(env, "applyAnchors: 1 to 8 anchors");
    AnchorPtrs p{};
    for (int a = 0; a < nA; ++a) p.d[a] = dev<__half>(env, ds.Get(uint32_t(a)), tokens * cols * 2, "delta");
    float* dis = info[6].IsNull() || info[6].IsUndefined() ? nullptr : dev<float>(env, info[6], tokens * 4, "disagree");
    if (tokens > 0xffffffffull || cols > 0xffffffffull) throw usage(env, "applyAnchors: too large");
    if (!dis && cols % 8 == 0) {
        // A row per block (cols / 8 threads' worth of work), at most 16 blocks per SM's worth in flight.
        const unsigned threads = unsigned(std::min<size_t>(256, std::max<size_t>(32, (cols / 8 + 31) / 32 * 32)));
        const dim3 g8(std::max<unsigned>(1, unsigned(std::min<size_t>(tokens, 132 * 16)))), b8(threads);
        const float* xd = dev<float>(env, info[0], tokens * cols * 4, "x");
        float* od = dev<float>(env, info[1], tokens * cols * 4, "out");
        const float* wd = dev<float>(env, info[5], size_t(nA) * tokens * 4, "w");
        switch (nA) {
            case 1: kApplyAnchors8<1><<<g8, b8, 0, gStream>>>(xd, od, tokens, cols, p, wd); break;
            case 2: kApplyAnchors8<2><<<g8, b8, 0, gStream>>>(xd, od, tokens, cols, p, wd); break;
            case 3: kApplyAnchors8<3><<<g8, b8, 0, gStream>>>(xd, od, tokens, cols, p, wd); break;
            case 4: kApplyAnchors8<4><<<g8, b8, 0, gStream>>>(xd, od, tokens, cols, p, wd); break;
            case 5: kApplyAnchors8<5><<<g8, b8, 0, gStream>>>(xd, od, tokens, cols, p, wd); break;
            case 6: kApplyAnchors8<6><<<g8, b8, 0, gStream>>>(xd, od, tokens, cols, p, wd); break;
            case 7: kApplyAnchors8<7><<<g8, b8, 0, gStream>>>(xd, od, tokens, cols, p, wd); break;
            default: kApplyAnchors8<8><<<g8, b8, 0, gStream>>>(xd, od, tokens, cols, p, wd); break;
        }
        return CheckLaunch(env, "applyAnchors");
    }
    kApplyAnchors<<<std::max<unsigned>(1, unsigned(std::min<size_t>(tokens, kMaxBlocks))), kThreads, 0, gStream>>>(dev<float>(env, info[0], tokens * cols * 4, "x"), dev<float>(env, info[1], tokens * cols * 4, "out"), tokens, cols, p, nA, dev<float>(env, info[5], size_t(nA) * tokens * 4, "w"), dis);
    return CheckLaunch(env, "applyAnchors");
}
Napi::Value Quantize(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const size_t values = num(env, info[2], "values");
    const int bits = int(num(env, info[3], "bits"));
    if (values % 32) throw usage(env, "quantize: values must be a multiple of 32");
    const size_t blocks = values / 32;
    if (bits == 8) kQuantizeQ8_0<<<grid(blocks * 32), kThreads, 0, gStream>>>(dev<float>(env, info[0], values * 4, "src"), dev<uint8_t>(env, info[1], blocks * 34, "dst"), blocks);
    else if (bits == 4) kQuantizeQ4_0<<<grid(blocks * 32), kThreads, 0, gStream>>>(dev<float>(env, info[0], values * 4, "src"), dev<uint8_t>(env, info[1], blocks * 18, "dst"), blocks);
    else throw usage(env, "quantize: bits must be 8 or 4");
    return CheckLaunch(env, "quantize");
}
Napi::Value Dequantize(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const size_t values = num(env, info[2], "values");
    const int bits = int(num(env, info[3], "bits"));
    if (values % 32) throw usage(env, "dequantize: values must be a multiple of 32");
    const size_t blocks = values / 32;
    if (bits == 8) kDequantizeQ8_0<<<grid(values), kThreads, 0, gStream>>>(dev<uint8_t>(env, info[0], blocks * 34, "src"), dev<float>(env, info[1], values * 4, "dst"), blocks);
    else if (bits == 4) kDequantizeQ4_0<<<grid(values), kThreads, 0, gStream>>>(dev<uint8_t>(env, info[0], blocks * 18, "src"), dev<float>(env, info[1], values * 4, "dst"), blocks);
    else throw usage(env, "dequantize: bits must be 8 or 4");
    return CheckLaunch(env, "dequantize");
}
// kvToF32(src, dst, tokens, cols, transposed, cellStride) / f32ToKv(src, dst, ...)
Napi::Value KvConvert(const Napi::CallbackInfo& info, bool toF32) {
    Napi::Env env = info.Env();
    const size_t tokens = num(env, info[2], "tokens"), cols = num(env, info[3], "cols");
    const bool tr = info[4].ToBoolean().Value();
    const size_t stride = tr ? num(env, info[5], "cellStride") : tokens;
    if (tr && stride < tokens) throw usage(env, "cellStride must be >= tokens");
    const size_t kvBytes = (tr ? cols * stride : tokens * cols) * 2;
    if (toF32) kKvToF32<<<grid(tokens * cols), kThreads, 0, gStream>>>(dev<__half>(env, info[0], kvBytes, "src"), dev<float>(env, info[1], tokens * cols * 4, "dst"), tokens, cols, tr, stride);
    else kF32ToKv<<<grid(tokens * cols), kThreads, 0, gStream>>>(dev<float>(env, info[0], tokens * cols * 4, "src"), dev<__half>(env, info[1], kvBytes, "dst"), tokens, cols, tr, stride);
    return CheckLaunch(env, toF32 ? "kvToF32" : "f32ToKv");
}
// ---------------------------------------------------------------- the offset estimate's passes (anchor-passes.cu)

// pinned(bytes) -> ArrayBuffer of page-locked host memory (device <-> host copies at full PCIe speed),
// freed when the ArrayBuffer is collected.
Napi::Value Pinned(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const size_t bytes = num(env, info[0], "bytes");
    if (bytes == 0 || bytes > (size_t(1) << 40)) throw usage(env, "pinned: bytes out of range");
    void* p = nullptr;
    CUDA_OR_THROW(env, cudaHostAlloc(&p, bytes, cudaHostAllocPortable));
    return Napi::ArrayBuffer::New(env, p, bytes, [](Napi::Env, void* data) { cudaFreeHost(data); });
}

// gatherF32(src, srcLayer, dst, layers, perLayer): dst [layers][perLayer] f32 from f16 layers `srcLayer` values apart.
Napi::Value GatherF32(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const size_t srcLayer = num(env, info[1], "srcLayer"), layers = num(env, info[3], "layers"), perLayer = num(env, info[4], "perLayer");
    if (perLayer > srcLayer || perLayer > 0xffffffffull || layers > 65535) throw usage(env, "gatherF32: inconsistent shape");
    if (layers == 0 || perLayer == 0) return env.Undefined();
    const uint16_t* src = dev<uint16_t>(env, info[0], ((layers - 1) * srcLayer + perLayer) * 2, "src");
    float* dst = dev<float>(env, info[2], layers * perLayer * 4, "dst");
    const cudaError_t e = kvmesh_cuda::launchGatherF32(src, srcLayer, dst, uint32_t(layers), uint32_t(perLayer), gStream);
    if (e != cudaSuccess) throw cudaError(env, "gatherF32", e);
    return env.Undefined();
}

// Per-anchor blocks [layers - 1][stride / row][row] f16, each read through its first P tokens per layer.
kvmesh_cuda::AnchorBlocks anchorBlocks(Napi::Env env, Napi::Value list, Napi::Value strides, size_t P, size_t row, size_t layers, int& nA) {
    if (!list.IsArray() || !strides.IsArray()) throw usage(env, "anchor blocks and their strides must be arrays");
    Napi::Array bl = list.As<Napi::Array>(), st = strides.As<Napi::Array>();
    nA = int(bl.Length());
    if (nA < 1 || nA > kvmesh_cuda::kMaxPassAnchors || st.Length() != bl.Length()) throw usage(env, "1 to 8 anchors, one stride each");
    kvmesh_cuda::AnchorBlocks b{};
    for (int a = 0; a < nA; ++a) {
        const size_t stride = num(env, st.Get(uint32_t(a)), "stride");
        if (stride < P * row || stride % row) throw usage(env, "an anchor's layer stride must be a whole number of rows, at least P of them");
        b.p[a] = dev<uint16_t>(env, bl.Get(uint32_t(a)), ((layers - 2) * stride + P * row) * 2, "anchor block");
        b.layerStride[a] = stride;
    }
    return b;
}

// The arguments both passes share: x (info[0]); P, row, layers at info[s], info[s+1], info[s+2]; the anchors'
// blocks and their strides at info[s+3], info[s+4]. Checked before anything runs.
struct PassArgs {
    size_t P, row, layers;
    int nA;
    kvmesh_cuda::AnchorBlocks blocks;
    const float* x;
};
PassArgs passArgs(const Napi::CallbackInfo& info, uint32_t s) {
    Napi::Env env = info.Env();
    PassArgs a{};
    a.P = num(env, info[s], "P"), a.row = num(env, info[s + 1], "row"), a.layers = num(env, info[s + 2], "layers");
    if (a.layers < 2 || a.layers > 65535 || a.P == 0 || a.P > 0x7fffffff || a.row == 0 || a.row % 8 || a.P * a.row > 0xffffffffull) {
        throw usage(env, "anchor passes: need 2..65535 layers, tokens, and rows of a multiple of 8 values");
    }
    a.blocks = anchorBlocks(env, info[s + 3], info[s + 4], a.P, a.row, a.layers, a.nA);
    a.x = dev<float>(env, info[0], a.layers * a.P * a.row * 4, "x");
    return a;
}

// anchorDist(x, P, row, layers, bases: DeviceBuffer[], strides: number[], part, dist)
Napi::Value AnchorDist(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const PassArgs a = passArgs(info, 1);
    double* part = dev<double>(env, info[6], a.P * (a.layers - 1) * size_t(a.nA) * 8, "part");
    double* dist = dev<double>(env, info[7], a.P * size_t(a.nA) * 8, "dist");
    const cudaError_t e = kvmesh_cuda::launchAnchorDist(a.x, uint32_t(a.P), uint32_t(a.row), uint32_t(a.layers), a.blocks, a.nA, part, dist, gStream);
    if (e != cudaSuccess) throw cudaError(env, "anchorDist", e);
    return env.Undefined();
}

// anchorApplyLayers(x, out, P, row, layers, deltas: DeviceBuffer[], strides: number[], w, part|null, spread|null)
Napi::Value AnchorApplyLayers(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const PassArgs a = passArgs(info, 2);
    float* out = dev<float>(env, info[1], a.layers * a.P * a.row * 4, "out");
    const float* w = dev<float>(env, info[7], size_t(a.nA) * a.P * 4, "w");
    const bool withSpread = !(info[9].IsNull() || info[9].IsUndefined());
    double* part = withSpread ? dev<double>(env, info[8], a.P * (a.layers - 1) * 8, "part") : nullptr;
    double* spread = withSpread ? dev<double>(env, info[9], a.P * 8, "spread") : nullptr;
    const cudaError_t e = kvmesh_cuda::launchAnchorApply(a.x, out, uint32_t(a.P), uint32_t(a.row), uint32_t(a.layers), a.blocks, a.nA, w, part, spread, gStream);
    if (e != cudaSuccess) throw cudaError(env, "anchorApplyLayers", e);
    return env.Undefined();
}

// anchorColDist(x, P, row, layers, bases: DeviceBuffer[], strides: number[], out): out [A][layers - 1][row] doubles
Napi::Value AnchorColDist(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const PassArgs a = passArgs(info, 1);
    double* out = dev<double>(env, info[6], size_t(a.nA) * (a.layers - 1) * a.row * 8, "out");
    const cudaError_t e = kvmesh_cuda::launchAnchorColDist(a.x, uint32_t(a.P), uint32_t(a.row), uint32_t(a.layers), a.blocks, a.nA, out, gStream);
    if (e != cudaSuccess) throw cudaError(env, "anchorColDist", e);
    return env.Undefined();
}

// followApply(colDist, row, layers, tau, pf: DeviceBuffer[], strides: number[], F, base, out)
Napi::Value FollowApply(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const size_t row = num(env, info[1], "row"), layers = num(env, info[2], "layers"), F = num(env, info[6], "F");
    if (layers < 2 || layers > 65535 || row == 0 || F == 0 || F * row > 0xffffffffull) throw usage(env, "followApply: need 2..65535 layers, rows and tokens");
    const double tau = info[3].As<Napi::Number>().DoubleValue();
    if (!(tau > 0)) throw usage(env, "followApply: tau must be > 0");
    int nA = 0;
    const kvmesh_cuda::AnchorBlocks pf = anchorBlocks(env, info[4], info[5], F, row, layers, nA);
    const double* colDist = dev<double>(env, info[0], size_t(nA) * (layers - 1) * row * 8, "colDist");
    const float* base = dev<float>(env, info[7], layers * F * row * 4, "base");
    float* out = dev<float>(env, info[8], layers * F * row * 4, "out");
    const cudaError_t e = kvmesh_cuda::launchFollowApply(colDist, nA, uint32_t(row), uint32_t(layers), tau, pf, uint32_t(F), base, out, gStream);
    if (e != cudaSuccess) throw cudaError(env, "followApply", e);
    return env.Undefined();
}

// shrinkRows(x, out, rows, row, alpha): out = x + alpha[r] * (out - x) per row r with alpha[r] != 1
Napi::Value ShrinkRows(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const size_t rows = num(env, info[2], "rows"), row = num(env, info[3], "row");
    if (row == 0 || row > 0xffffffffull) throw usage(env, "shrinkRows: row must be within 1..2^32-1");
    const float* x = dev<float>(env, info[0], rows * row * 4, "x");
    float* out = dev<float>(env, info[1], rows * row * 4, "out");
    const float* alpha = dev<float>(env, info[4], rows * 4, "alpha");
    const cudaError_t e = kvmesh_cuda::launchShrinkRows(x, out, rows, uint32_t(row), alpha, gStream);
    if (e != cudaSuccess) throw cudaError(env, "shrinkRows", e);
    return env.Undefined();
}

// c2cProject(weights: DeviceBuffer[12], dims: [hidden, sDim, nHeads, headDim], rmsEps, s, r, out, scratch, T):
// one receiver layer and side of the C2C fuser (c2c-fuser.h); weights in kernels/c2c-fuser.ts's order
// (wIn, bIn, norm1, w1, b1, w2, b2, norm2, wOut, bOut, wWeight, bWeight).
Napi::Value C2cProject(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (info.Length() < 8 || !info[0].IsArray() || !info[1].IsArray()) throw usage(env, "c2cProject(weights, dims, rmsEps, s, r, out, scratch, T)");
    Napi::Array wl = info[0].As<Napi::Array>(), dl = info[1].As<Napi::Array>();
    if (wl.Length() != 12 || dl.Length() != 4) throw usage(env, "c2cProject: 12 weight buffers and 4 dims");
    kvmesh_cuda::C2cProjector p{};
    const size_t H = num(env, dl.Get(0u), "hidden"), sDim = num(env, dl.Get(1u), "sDim"), nHeads = num(env, dl.Get(2u), "nHeads"), headDim = num(env, dl.Get(3u), "headDim");
    if (H == 0 || sDim == 0 || nHeads == 0 || headDim == 0 || H > 65536 || sDim > 65536 || nHeads * headDim > 65536) throw usage(env, "c2cProject: dims must be within 1..65536");
    p.hidden = uint32_t(H); p.sDim = uint32_t(sDim); p.nHeads = uint32_t(nHeads); p.headDim = uint32_t(headDim);
    p.rmsEps = float(info[2].As<Napi::Number>().DoubleValue());
    const size_t rDim = nHeads * headDim, inDim = sDim + rDim;
    const size_t need[12] = {H * inDim, H, H, H * H, H, H * H, H, H, rDim * H, rDim, nHeads * H, nHeads};
    const char* names[12] = {"wIn", "bIn", "norm1", "w1", "b1", "w2", "b2", "norm2", "wOut", "bOut", "wWeight", "bWeight"};
    const float* w[12];
    for (uint32_t i = 0; i < 12; ++i) w[i] = dev<float>(env, wl.Get(i), need[i] * 4, names[i]);
    p.wIn = w[0]; p.bIn = w[1]; p.norm1 = w[2]; p.w1 = w[3]; p.b1 = w[4]; p.w2 = w[5]; p.b2 = w[6]; p.norm2 = w[7];
    p.wOut = w[8]; p.bOut = w[9]; p.wWeight = w[10]; p.bWeight = w[11];
    const size_t T = num(env, info[7], "T");
    if (T > 0xffffffffull) throw usage(env, "c2cProject: T must be below 2^32");
    const float* sb = dev<float>(env, info[3], T * sDim * 4, "s");
    const float* rb = dev<float>(env, info[4], T * rDim * 4, "r");
    float* ob = dev<float>(env, info[5], T * rDim * 4, "out");
    float* scratch = dev<float>(env, info[6], size_t(kvmesh_cuda::c2cScratchFloats(p, uint32_t(T))) * 4, "scratch");
    const cudaError_t e = kvmesh_cuda::launchC2cProject(p, sb, rb, ob, scratch, uint32_t(T), gStream);
    if (e != cudaSuccess) throw cudaError(env, "c2cProject", e);
    return env.Undefined();
}

// countNonFinite(buf, n, counter) -> number of f16 NaN/inf among the first n values (waits).
Napi::Value CountNonFinite(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const size_t n = num(env, info[1], "n");
    const uint16_t* p = dev<uint16_t>(env, info[0], n * 2, "buf");
    unsigned long long* c = dev<unsigned long long>(env, info[2], 8, "counter");
    CUDA_OR_THROW(env, cudaMemsetAsync(c, 0, 8, gStream));
    const cudaError_t e = kvmesh_cuda::launchCountNonFinite(p, n, c, gStream);
    if (e != cudaSuccess) throw cudaError(env, "countNonFinite", e);
    unsigned long long host = 0;
    readSmall(env, c, &host, 8);
    return Napi::Number::New(env, double(host));
}

// countNonFiniteAll(bufs, ns, counter) -> NaN/inf among the first ns[i] f16 values of each bufs[i], one wait for all.
Napi::Value CountNonFiniteAll(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (!info[0].IsArray() || !info[1].IsArray()) throw usage(env, "countNonFiniteAll(bufs, ns, counter)");
    Napi::Array bl = info[0].As<Napi::Array>(), nl = info[1].As<Napi::Array>();
    if (bl.Length() != nl.Length()) throw usage(env, "countNonFiniteAll: one count per buffer");
    unsigned long long* c = dev<unsigned long long>(env, info[2], 8, "counter");
    std::vector<std::pair<const uint16_t*, size_t>> parts;
    for (uint32_t i = 0; i < bl.Length(); ++i) {
        const size_t n = num(env, nl.Get(i), "n");
        parts.emplace_back(dev<uint16_t>(env, bl.Get(i), n * 2, "buf"), n);
    }
    CUDA_OR_THROW(env, cudaMemsetAsync(c, 0, 8, gStream));
    for (const auto& [p, n] : parts) {
        const cudaError_t e = kvmesh_cuda::launchCountNonFinite(p, n, c, gStream);
        if (e != cudaSuccess) throw cudaError(env, "countNonFiniteAll", e);
    }
    unsigned long long host = 0;
    readSmall(env, c, &host, 8);
    return Napi::Number::New(env, double(host));
}

// waitCopies(): waits for every copyOut queued.
Napi::Value WaitCopies(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (gCopy) CUDA_OR_THROW(env, cudaStreamSynchronize(gCopy));
    return env.Undefined();
}

Napi::Value Sync(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    CUDA_OR_THROW(env, cudaStreamSynchronize(gStream));
    return env.Undefined();
}
// Events around queued work, for timing on the device: mark() -> id; elapsed(a, b) -> ms (waits).
std::vector<cudaEvent_t> gEvents;
Napi::Value Mark(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    cudaEvent_t e;
    CUDA_OR_THROW(env, cudaEventCreate(&e));
    CUDA_OR_THROW(env, cudaEventRecord(e, gStream));
    gEvents.push_back(e);
    return Napi::Number::New(env, double(gEvents.size() - 1));
}
Napi::Value Elapsed(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const size_t a = num(env, info[0], "a"), b = num(env, info[1], "b");
    if (a >= gEvents.size() || b >= gEvents.size()) throw usage(env, "elapsed: unknown event");
    CUDA_OR_THROW(env, cudaEventSynchronize(gEvents[b]));
    float ms = 0;
    CUDA_OR_THROW(env, cudaEventElapsedTime(&ms, gEvents[a], gEvents[b]));
    return Napi::Number::New(env, ms);
}
Napi::Value ClearMarks(const Napi::CallbackInfo& info) {
    for (cudaEvent_t e : gEvents) cudaEventDestroy(e);
    gEvents.clear();
    return info.Env().Undefined();
}
Napi::Value Device(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    int count = 0;
    cudaError_t e = cudaGetDeviceCount(&count);
    Napi::Object o = Napi::Object::New(env);
    if (e != cudaSuccess || count == 0) {
        o.Set("available", false);
        o.Set("reason", e != cudaSuccess ? cudaGetErrorString(e) : "no CUDA device");
        return o;
    }
    cudaDeviceProp p;
    cudaGetDeviceProperties(&p, 0);
    o.Set("available", true);
    o.Set("name", p.name);
    o.Set("computeCapability", std::to_string(p.major) + "." + std::to_string(p.minor));
    o.Set("memoryBytes", double(p.totalGlobalMem));
    if (!gStream) {
        e = cudaStreamCreateWithFlags(&gStream, cudaStreamNonBlocking);
        if (e != cudaSuccess) throw cudaError(env, "cudaStreamCreate", e);
    }
    if (!gCopy) {
        e = cudaStreamCreateWithFlags(&gCopy, cudaStreamNonBlocking);
        if (e != cudaSuccess) throw cudaError(env, "cudaStreamCreate (copies)", e);
        e = cudaEventCreateWithFlags(&gQueued, cudaEventDisableTiming);
        if (e != cudaSuccess) throw cudaError(env, "cudaEventCreate", e);
    }
    return o;
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
    exports.Set("DeviceBuffer", DeviceBuffer::Init(env));
    exports.Set("device", Napi::Function::New(env, Device));
    exports.Set("f16ToF32", Napi::Function::New(env, F16ToF32));
    exports.Set("f32ToF16", Napi::Function::New(env, F32ToF16));
    exports.Set("rope", Napi::Function::New(env, Rope));
    exports.Set("rowAbsDiffSum", Napi::Function::New(env, RowAbsDiffSum));
    exports.Set("colSqDiffSum", Napi::Function::New(env, ColSqDiffSum));
    exports.Set("sqDiffSum", Napi::Function::New(env, SqDiffSum));
    exports.Set("addScaled", Napi::Function::New(env, AddScaled));
    exports.Set("applyAnchors", Napi::Function::New(env, ApplyAnchors));
    exports.Set("quantize", Napi::Function::New(env, Quantize));
    exports.Set("dequantize", Napi::Function::New(env, Dequantize));
    exports.Set("kvToF32", Napi::Function::New(env, [](const Napi::CallbackInfo& i) { return KvConvert(i, true); }));
    exports.Set("f32ToKv", Napi::Function::New(env, [](const Napi::CallbackInfo& i) { return KvConvert(i, false); }));
    exports.Set("pinned", Napi::Function::New(env, Pinned));
    exports.Set("gatherF32", Napi::Function::New(env, GatherF32));
    exports.Set("anchorDist", Napi::Function::New(env, AnchorDist));
    exports.Set("anchorApplyLayers", Napi::Function::New(env, AnchorApplyLayers));
    exports.Set("shrinkRows", Napi::Function::New(env, ShrinkRows));
    exports.Set("c2cProject", Napi::Function::New(env, C2cProject));
    exports.Set("anchorColDist", Napi::Function::New(env, AnchorColDist));
    exports.Set("followApply", Napi::Function::New(env, FollowApply));
    exports.Set("countNonFinite", Napi::Function::New(env, CountNonFinite));
    exports.Set("countNonFiniteAll", Napi::Function::New(env, CountNonFiniteAll));
    exports.Set("waitCopies", Napi::Function::New(env, WaitCopies));
    exports.Set("sync", Napi::Function::New(env, Sync));
    exports.Set("mark", Napi::Function::New(env, Mark));
    exports.Set("elapsed", Napi::Function::New(env, Elapsed));
    exports.Set("clearMarks", Napi::Function::New(env, ClearMarks));
    return exports;
}

}  // namespace

NODE_API_MODULE(kvmesh_cuda, Init)
