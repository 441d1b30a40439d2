// Built with -mavx2 -mfma and only called when the CPU has both (fuserLinearAvailable).
#include <immintrin.h>

#include "fuser-linear.h"

namespace kvmesh {

namespace {

inline float hsum(__m256 v) {
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_shuffle_ps(s, s, 1));
    return _mm_cvtss_f32(s);
}

}  // namespace

bool fuserLinearAvailable() {
    static const bool yes = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return yes;
}

// Four tokens share each weight row's loads (the weights are the larger operand).
void fuserLinearF32(const float* w, const float* b, const float* x, float* out, size_t nTok, size_t nOut, size_t nIn) {
    const size_t n8 = nIn & ~size_t(7);
    size_t t = 0;
    for (; t + 4 <= nTok; t += 4) {
        const float* x0 = x + t * nIn;
        const float* x1 = x0 + nIn;
        const float* x2 = x1 + nIn;
        const float* x3 = x2 + nIn;
        for (size_t o = 0; o < nOut; ++o) {
            const float* row = w + o * nIn;
            __m256 a0 = _mm256_setzero_ps(), a1 = _mm256_setzero_ps(), a2 = _mm256_setzero_ps(), a3 = _mm256_setzero_ps();
            for (size_t i = 0; i < n8; i += 8) {
                const __m256 wv = _mm256_loadu_ps(row + i);
                a0 = _mm256_fmadd_ps(wv, _mm256_loadu_ps(x0 + i), a0);
                a1 = _mm256_fmadd_ps(wv, _mm256_loadu_ps(x1 + i), a1);
                a2 = _mm256_fmadd_ps(wv, _mm256_loadu_ps(x2 + i), a2);
                a3 = _mm256_fmadd_ps(wv, _mm256_loadu_ps(x3 + i), a3);
            }
            float s0 = hsum(a0), s1 = hsum(a1), s2 = hsum(a2), s3 = hsum(a3);
            for (size_t i = n8; i < nIn; ++i) {
                s0 += row[i] * x0[i];
                s1 += row[i] * x1[i];
                s2 += row[i] * x2[i];
                s3 += row[i] * x3[i];
            }
            out[t * nOut + o] = s0 + b[o];
            out[(t + 1) * nOut + o] = s1 + b[o];
            out[(t + 2) * nOut + o] = s2 + b[o];
            out[(t + 3) * nOut + o] = s3 + b[o];
        }
    }
    for (; t < nTok; ++t) {
        const float* xt = x + t * nIn;
        for (size_t o = 0; o < nOut; ++o) {
            const float* row = w + o * nIn;
            __m256 a = _mm256_setzero_ps();
            for (size_t i = 0; i < n8; i += 8) a = _mm256_fmadd_ps(_mm256_loadu_ps(row + i), _mm256_loadu_ps(xt + i), a);
            float s = hsum(a);
            for (size_t i = n8; i < nIn; ++i) s += row[i] * xt[i];
            out[t * nOut + o] = s + b[o];
        }
    }
}

}  // namespace kvmesh
