#include "rope-shift.h"

#include <cstring>
#include <vector>

namespace kvmesh {

// Bit-exact with kernels/f16.ts (and F16C): round to nearest even, subnormals,
// overflow to infinity, NaN quiet with its top payload bits.
uint16_t f32ToF16Bits(uint32_t x) {
    const uint32_t sign = (x >> 16) & 0x8000u;
    const uint32_t a = x & 0x7fffffffu;
    if (a < 0x38800000u) {
        if (a <= 0x33000000u) return uint16_t(sign);
        const uint32_t s = 126 - (a >> 23);
        const uint32_t m = (a & 0x7fffffu) | 0x800000u;
        uint32_t q = m >> s;
        const uint32_t rem = m & ((1u << s) - 1);
        const uint32_t half = 1u << (s - 1);
        if (rem > half || (rem == half && (q & 1u) != 0)) q++;
        return uint16_t(sign | q);
    }
    if (a < 0x477ff000u) return uint16_t(sign | ((a - 0x38000000u + 0x0fffu + ((a >> 13) & 1u)) >> 13));
    if (a <= 0x7f800000u) return uint16_t(sign | 0x7c00u);
    return uint16_t(sign | 0x7e00u | ((a >> 13) & 0x3ffu));
}

uint32_t f16ToF32Bits(uint16_t h) {
    const uint32_t sign = uint32_t(h & 0x8000u) << 16;
    const uint32_t exp = (h >> 10) & 0x1fu;
    uint32_t mant = h & 0x3ffu;
    if (exp == 0) {
        if (mant == 0) return sign;
        int e = 1;
        while ((mant & 0x400u) == 0) {
            mant <<= 1;
            e--;
        }
        return sign | (uint32_t(e + 112) << 23) | ((mant & 0x3ffu) << 13);
    }
    if (exp == 31) return mant == 0 ? sign | 0x7f800000u : sign | 0x7fc00000u | (mant << 13);
    return sign | ((exp + 112) << 23) | (mant << 13);
}

namespace {

inline float bitsToFloat(uint32_t b) {
    float f;
    std::memcpy(&f, &b, 4);
    return f;
}
inline uint32_t floatToBits(float f) {
    uint32_t b;
    std::memcpy(&b, &f, 4);
    return b;
}

// One rotation, as kernels/rope.ts computes it (JS numbers are doubles).
inline void rotate(float x0, float x1, float c, float s, float& y0, float& y1) {
    y0 = float(double(x0) * double(c) - double(x1) * double(s));
    y1 = float(double(x0) * double(s) + double(x1) * double(c));
}

}  // namespace

void ropeCopyF16Scalar(const uint8_t* src, uint8_t* dst, size_t rows, const RopeCopy& r) {
    const size_t rowBytes = size_t(r.headDim) * 2;
    const uint32_t half = r.nRot / 2;
    for (size_t row = 0; row < rows; ++row) {
        const uint8_t* s = src + row * rowBytes;
        uint8_t* d = dst + row * rowBytes;
        std::memcpy(d, s, rowBytes);  // unrotated tail (and alignment-safe reads below)
        uint16_t* h = reinterpret_cast<uint16_t*>(d);
        for (uint32_t i = 0; i < half; ++i) {
            const uint32_t j0 = r.neox ? i : 2 * i;
            const uint32_t j1 = r.neox ? i + half : 2 * i + 1;
            float y0, y1;
            rotate(bitsToFloat(f16ToF32Bits(h[j0])), bitsToFloat(f16ToF32Bits(h[j1])), r.cosSin[2 * i], r.cosSin[2 * i + 1], y0, y1);
            h[j0] = f32ToF16Bits(floatToBits(y0));
            h[j1] = f32ToF16Bits(floatToBits(y1));
        }
    }
}

void ropeCopyF32(const uint8_t* src, uint8_t* dst, size_t rows, const RopeCopy& r) {
    const size_t rowBytes = size_t(r.headDim) * 4;
    const uint32_t half = r.nRot / 2;
    std::vector<float> x(r.headDim);
    for (size_t row = 0; row < rows; ++row) {
        std::memcpy(x.data(), src + row * rowBytes, rowBytes);
        for (uint32_t i = 0; i < half; ++i) {
            const uint32_t j0 = r.neox ? i : 2 * i;
            const uint32_t j1 = r.neox ? i + half : 2 * i + 1;
            rotate(x[j0], x[j1], r.cosSin[2 * i], r.cosSin[2 * i + 1], x[j0], x[j1]);
        }
        std::memcpy(dst + row * rowBytes, x.data(), rowBytes);
    }
}

namespace {
bool haveAvx2() {
    static const bool yes = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("f16c");
    return yes;
}
}  // namespace

void ropeCopyF16(const uint8_t* src, uint8_t* dst, size_t rows, const RopeCopy& r) {
    if (haveAvx2()) ropeCopyF16Avx2(src, dst, rows, r);
    else ropeCopyF16Scalar(src, dst, rows, r);
}

const char* ropeKernelName() { return haveAvx2() ? "avx2+f16c" : "scalar"; }

}  // namespace kvmesh
