// Built with -mavx2 -mf16c and only called when the CPU has both. F16C's
// conversions round to nearest even like the scalar code, and the arithmetic
// stays in double without fused multiply-add (-ffp-contract=off), so results
// are bit-identical to ropeCopyF16Scalar (tested).
#include <immintrin.h>

#include <cstring>

#include "rope-shift.h"

namespace kvmesh {

namespace {

// Four pairs: (a[i], b[i]) rotated by (cos[i], sin[i]), in double.
inline void rotate4(__m128 a, __m128 b, const double* c, const double* s, __m128& y0, __m128& y1) {
    const __m256d ad = _mm256_cvtps_pd(a);
    const __m256d bd = _mm256_cvtps_pd(b);
    const __m256d cd = _mm256_loadu_pd(c);
    const __m256d sd = _mm256_loadu_pd(s);
    y0 = _mm256_cvtpd_ps(_mm256_sub_pd(_mm256_mul_pd(ad, cd), _mm256_mul_pd(bd, sd)));
    y1 = _mm256_cvtpd_ps(_mm256_add_pd(_mm256_mul_pd(ad, sd), _mm256_mul_pd(bd, cd)));
}

inline uint16_t rotateOne0(uint16_t x0, uint16_t x1, double c, double s) {
    const double a = _cvtsh_ss(x0), b = _cvtsh_ss(x1);
    return _cvtss_sh(float(a * c - b * s), _MM_FROUND_TO_NEAREST_INT);
}
inline uint16_t rotateOne1(uint16_t x0, uint16_t x1, double c, double s) {
    const double a = _cvtsh_ss(x0), b = _cvtsh_ss(x1);
    return _cvtss_sh(float(a * s + b * c), _MM_FROUND_TO_NEAREST_INT);
}

}  // namespace

void ropeCopyF16Avx2(const uint8_t* src, uint8_t* dst, size_t rows, const RopeCopy& r) {
    const size_t rowBytes = size_t(r.headDim) * 2;
    const uint32_t half = r.nRot / 2;
    if (half > 512) {
        ropeCopyF16Scalar(src, dst, rows, r);
        return;
    }
    double cs[512], sn[512];
    for (uint32_t i = 0; i < half; ++i) {
        cs[i] = r.cosSin[2 * i];
        sn[i] = r.cosSin[2 * i + 1];
    }
    const __m256i evenOdd = _mm256_setr_epi32(0, 2, 4, 6, 1, 3, 5, 7);
    const __m256i interleave = _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7);
    for (size_t row = 0; row < rows; ++row) {
        uint8_t* d = dst + row * rowBytes;
        std::memcpy(d, src + row * rowBytes, rowBytes);  // the unrotated tail, and the values to rotate in place
        uint16_t* h = reinterpret_cast<uint16_t*>(d);
        uint32_t i = 0;
        if (r.neox) {
            for (; i + 4 <= half; i += 4) {
                const __m128 a = _mm_cvtph_ps(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(h + i)));
                const __m128 b = _mm_cvtph_ps(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(h + half + i)));
                __m128 y0, y1;
                rotate4(a, b, cs + i, sn + i, y0, y1);
                _mm_storel_epi64(reinterpret_cast<__m128i*>(h + i), _mm_cvtps_ph(y0, _MM_FROUND_TO_NEAREST_INT));
                _mm_storel_epi64(reinterpret_cast<__m128i*>(h + half + i), _mm_cvtps_ph(y1, _MM_FROUND_TO_NEAREST_INT));
            }
            for (; i < half; ++i) {
                const uint16_t a = h[i], b = h[half + i];
                h[i] = rotateOne0(a, b, cs[i], sn[i]);
                h[half + i] = rotateOne1(a, b, cs[i], sn[i]);
            }
        } else {
            for (; i + 4 <= half; i += 4) {
                const __m256 v = _mm256_permutevar8x32_ps(_mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(h + 2 * i))), evenOdd);
                __m128 y0, y1;
                rotate4(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1), cs + i, sn + i, y0, y1);
                const __m256 q = _mm256_permutevar8x32_ps(_mm256_set_m128(y1, y0), interleave);
                _mm_storeu_si128(reinterpret_cast<__m128i*>(h + 2 * i), _mm256_cvtps_ph(q, _MM_FROUND_TO_NEAREST_INT));
            }
            for (; i < half; ++i) {
                const uint16_t a = h[2 * i], b = h[2 * i + 1];
                h[2 * i] = rotateOne0(a, b, cs[i], sn[i]);
                h[2 * i + 1] = rotateOne1(a, b, cs[i], sn[i]);
            }
        }
    }
}

}  // namespace kvmesh
