// Re-positioning of post-RoPE keys fused with the copy into the injection
// buffer: each key is rotated by `delta` positions, exactly as
// kernels/rope.ts does (the cos/sin table comes from there, so both agree bit
// for bit): products in double, rounded once to f32, then to f16 (ties to
// even). Dimensions nRot..headDim-1 are copied untouched.
#pragma once

#include <cstddef>
#include <cstdint>

namespace kvmesh {

struct RopeCopy {
    uint32_t headDim = 0;
    uint32_t nRot = 0;
    bool neox = false;
    const float* cosSin = nullptr;  // nRot floats: cos_0, sin_0, cos_1, sin_1, ...
};

// `rows` head rows of headDim values each, src -> dst (may not overlap).
void ropeCopyF16(const uint8_t* src, uint8_t* dst, size_t rows, const RopeCopy& r);
void ropeCopyF32(const uint8_t* src, uint8_t* dst, size_t rows, const RopeCopy& r);

// Which f16 kernel runs: "avx2+f16c" or "scalar".
const char* ropeKernelName();

// Implementations (chosen once at run time).
void ropeCopyF16Scalar(const uint8_t* src, uint8_t* dst, size_t rows, const RopeCopy& r);
void ropeCopyF16Avx2(const uint8_t* src, uint8_t* dst, size_t rows, const RopeCopy& r);
uint16_t f32ToF16Bits(uint32_t x);
uint32_t f16ToF32Bits(uint16_t h);

}  // namespace kvmesh
