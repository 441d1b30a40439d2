// The two streaming passes of the KVCOMM offset estimate (anchors/
// offset-estimator.ts) over f16 anchor blocks, in C++ on several threads:
// per-token distances to each anchor's base, and the weighted correction.
// Each token row is computed in the same order and association as
// anchors/fused.ts (doubles, no fused multiply-add), so the results are
// bit-identical to the JavaScript loops; the threads only split the rows.
#include <immintrin.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <thread>
#include <vector>

#include "anchor-math.h"

namespace kvmesh {

namespace {

__attribute__((target("f16c"))) inline double h2d(uint16_t h) { return double(_cvtsh_ss(h)); }

// sum |x[i] - f16(b[i])| over one row, four interleaved partial sums as absDiffF16.
__attribute__((target("f16c"))) double absDiffRow(const float* x, const uint16_t* b, uint32_t n) {
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    uint32_t i = 0;
    for (; i + 3 < n; i += 4) {
        s0 += std::fabs(double(x[i]) - h2d(b[i]));
        s1 += std::fabs(double(x[i + 1]) - h2d(b[i + 1]));
        s2 += std::fabs(double(x[i + 2]) - h2d(b[i + 2]));
        s3 += std::fabs(double(x[i + 3]) - h2d(b[i + 3]));
    }
    for (; i < n; ++i) s0 += std::fabs(double(x[i]) - h2d(b[i]));
    return s0 + s1 + (s2 + s3);
}

// One token row of the correction, as applyRowF16x1..4 (and applyRowGeneric for more anchors).
__attribute__((target("f16c"))) double applyRow(const float* x, float* out, uint32_t n, const uint16_t* const* d, const double* w, uint32_t A, std::vector<double>& mrow) {
    if (A == 1) {
        double s = 0;
        for (uint32_t i = 0; i < n; ++i) {
            const double d0 = h2d(d[0][i]);
            const double m = w[0] * d0;
            out[i] = float(double(x[i]) + m);
            s += w[0] * std::fabs(d0 - m);
        }
        return s;
    }
    if (A == 2) {
        double s0 = 0, s1 = 0;
        for (uint32_t i = 0; i < n; ++i) {
            const double d0 = h2d(d[0][i]), d1 = h2d(d[1][i]);
            const double m = w[0] * d0 + w[1] * d1;
            out[i] = float(double(x[i]) + m);
            s0 += w[0] * std::fabs(d0 - m);
            s1 += w[1] * std::fabs(d1 - m);
        }
        return s0 + s1;
    }
    if (A == 3) {
        double s0 = 0, s1 = 0, s2 = 0;
        for (uint32_t i = 0; i < n; ++i) {
            const double d0 = h2d(d[0][i]), d1 = h2d(d[1][i]), d2 = h2d(d[2][i]);
            const double m = w[0] * d0 + w[1] * d1 + w[2] * d2;
            out[i] = float(double(x[i]) + m);
            s0 += w[0] * std::fabs(d0 - m);
            s1 += w[1] * std::fabs(d1 - m);
            s2 += w[2] * std::fabs(d2 - m);
        }
        return s0 + s1 + s2;
    }
    if (A == 4) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (uint32_t i = 0; i < n; ++i) {
            const double d0 = h2d(d[0][i]), d1 = h2d(d[1][i]), d2 = h2d(d[2][i]), d3 = h2d(d[3][i]);
            const double m = w[0] * d0 + w[1] * d1 + (w[2] * d2 + w[3] * d3);
            out[i] = float(double(x[i]) + m);
            s0 += w[0] * std::fabs(d0 - m);
            s1 += w[1] * std::fabs(d1 - m);
            s2 += w[2] * std::fabs(d2 - m);
            s3 += w[3] * std::fabs(d3 - m);
        }
        return s0 + s1 + (s2 + s3);
    }
    // applyRowGeneric: m accumulates anchor by anchor; the disagreement sums per anchor, then weighs.
    mrow.assign(n, 0.0);
    for (uint32_t a = 0; a < A; ++a)
        for (uint32_t i = 0; i < n; ++i) mrow[i] += w[a] * double(float(h2d(d[a][i])));
    for (uint32_t i = 0; i < n; ++i) out[i] = float(double(x[i]) + mrow[i]);
    double s = 0;
    for (uint32_t a = 0; a < A; ++a) {
        double sa = 0;
        for (uint32_t i = 0; i < n; ++i) sa += std::fabs(double(float(h2d(d[a][i]))) - mrow[i]);
        s += w[a] * sa;
    }
    return s;
}

template <typename F>
void splitRows(uint32_t rows, unsigned threads, F fn) {
    threads = std::max(1u, std::min<unsigned>(threads, rows / 16 + 1));
    if (threads == 1) {
        fn(0u, rows);
        return;
    }
    std::vector<std::thread> pool;
    const uint32_t per = (rows + threads - 1) / threads;
    for (unsigned t = 0; t < threads; ++t) {
        const uint32_t a = t * per, b = std::min(rows, a + per);
        if (a < b) pool.emplace_back([=] { fn(a, b); });
    }
    for (auto& th : pool) th.join();
}

}  // namespace

bool anchorMathAvailable() { return __builtin_cpu_supports("f16c"); }

void anchorDistF16(const float* x, const uint16_t* const* bases, uint32_t A, uint32_t P, uint32_t row, double* dist, unsigned threads) {
    splitRows(P, threads, [&](uint32_t t0, uint32_t t1) {
        for (uint32_t t = t0; t < t1; ++t)
            for (uint32_t a = 0; a < A; ++a) dist[size_t(t) * A + a] += absDiffRow(x + size_t(t) * row, bases[a] + size_t(t) * row, row);
    });
}

void anchorApplyF16(const float* x, float* out, const uint16_t* const* deltas, const float* const* weights, uint32_t A, uint32_t P, uint32_t row, double* spread, unsigned threads) {
    splitRows(P, threads, [&](uint32_t t0, uint32_t t1) {
        std::vector<double> mrow;
        std::vector<const uint16_t*> d(A);
        std::vector<double> w(A);
        for (uint32_t t = t0; t < t1; ++t) {
            for (uint32_t a = 0; a < A; ++a) {
                d[a] = deltas[a] + size_t(t) * row;
                w[a] = weights[a][t];
            }
            spread[t] += applyRow(x + size_t(t) * row, out + size_t(t) * row, row, d.data(), w.data(), A, mrow);
        }
    });
}

}  // namespace kvmesh
