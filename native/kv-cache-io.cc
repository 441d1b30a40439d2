#include "kv-cache-io.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "ggml.h"
#include "llama-io.h"
#include "llama-memory.h"

namespace kvmesh {

namespace {

using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// The function a virtual member's vtable slot holds in `obj` (Itanium C++ ABI:
// a pointer to a virtual member stores 1 + the slot's byte offset).
template <typename PMF>
const void* vtableSlot(const void* obj, PMF pmf) {
    struct Rep {
        uintptr_t ptr;
        ptrdiff_t adj;
    } r;
    static_assert(sizeof(PMF) == sizeof(Rep), "unexpected member pointer size");
    std::memcpy(&r, &pmf, sizeof r);
    if ((r.ptr & 1) == 0) return nullptr;
    const void* const* vtbl = *reinterpret_cast<const void* const* const*>(static_cast<const char*>(obj) + r.adj);
    return vtbl[(r.ptr - 1) / sizeof(void*)];
}

// Records what llama.cpp writes: metadata bytes, and where each run of cells is.
class Locator : public llama_io_write_i {
   public:
    std::vector<uint8_t> meta;
    std::vector<std::pair<size_t, TensorRun>> runs;  // (metadata offset when listed, run)
    size_t n = 0;
    void write(const void* src, size_t size) override {
        const auto* p = static_cast<const uint8_t*>(src);
        meta.insert(meta.end(), p, p + size);
        n += size;
    }
    void write_tensor(ggml_tensor* tensor, size_t offset, size_t size) override {
        runs.push_back({meta.size(), TensorRun{tensor, offset, size}});
        n += size;
    }
    size_t n_bytes() override { return n; }
};

// Hands llama.cpp kvmesh's metadata and records where each run of cells must go.
class Recorder : public llama_io_read_i {
   public:
    explicit Recorder(const std::vector<uint8_t>& m) : meta(m) {}
    const std::vector<uint8_t>& meta;
    size_t pos = 0;
    size_t n = 0;
    std::vector<std::pair<size_t, TensorRun>> runs;
    void read(void* dst, size_t size) override {
        if (size > meta.size() - pos) throw std::runtime_error("kvmesh: llama.cpp read past the metadata kvmesh gave it");
        std::memcpy(dst, meta.data() + pos, size);
        pos += size;
        n += size;
    }
    void read_tensor(ggml_tensor* tensor, size_t offset, size_t size) override {
        runs.push_back({pos, TensorRun{tensor, offset, size}});
        n += size;
    }
    size_t n_bytes() override { return n; }
};

template <typename F>
void parallelFor(size_t n, unsigned threads, F fn) {
    if (threads <= 1 || n <= 1) {
        for (size_t i = 0; i < n; ++i) fn(i);
        return;
    }
    threads = unsigned(std::min<size_t>(threads, n));
    std::vector<std::thread> pool;
    std::atomic<size_t> next{0};
    std::atomic<bool> failed{false};
    std::string firstError;
    std::mutex errMutex;
    for (unsigned t = 0; t < threads; ++t) {
        pool.emplace_back([&] {
            try {
                for (size_t i = next++; i < n && !failed; i = next++) fn(i);
            } catch (const std::exception& e) {
                std::lock_guard<std::mutex> g(errMutex);
                if (!failed.exchange(true)) firstError = e.what();
            }
        });
    }
    for (auto& th : pool) th.join();
    if (failed) throw std::runtime_error(firstError);
}

template <typename T>
bool take(const std::vector<uint8_t>& m, size_t& pos, T& v) {
    if (m.size() - pos < sizeof(T)) return false;
    std::memcpy(&v, m.data() + pos, sizeof(T));
    pos += sizeof(T);
    return true;
}

template <typename T>
void put(std::vector<uint8_t>& m, T v) {
    const auto* p = reinterpret_cast<const uint8_t*>(&v);
    m.insert(m.end(), p, p + sizeof(T));
}

// One write into the cache: `len` bytes at (tensor, offset).
struct Op {
    enum Kind { Copy, RopeF16, RopeF32, GatherV } kind = Copy;
    ggml_tensor* tensor = nullptr;
    size_t offset = 0;
    const uint8_t* src = nullptr;
    size_t len = 0;
    // RopeF16/F32: `len` bytes of head rows; GatherV: `len / el` elements read `stride` bytes apart.
    const float* cosSin = nullptr;
    uint8_t* stage = nullptr;  // where a rotated or gathered op builds its bytes for a device tensor
    size_t stride = 0;
    uint32_t el = 0;
};

}  // namespace

KvCacheIo::KvCacheIo(const LlamaSymbols* syms, const GgmlSymbols* ggml, llama_context* ctx, int32_t seq, const KvLayout& layout)
    : syms_(syms), ggml_(ggml), ctx_(ctx), seq_(seq), L_(layout) {}

std::string KvCacheIo::verify() {
    if (!ggml_->tensors()) return "ggml's tensor functions are not found in the loaded libggml";
    mem_ = syms_->get_memory(ctx_);
    if (mem_ == nullptr) return "the context has no memory (KV cache)";
    const auto* mem = static_cast<const llama_memory_i*>(mem_);
    if (vtableSlot(mem, &llama_memory_i::state_read) != syms_->kvCacheStateRead || vtableSlot(mem, &llama_memory_i::state_write) != syms_->kvCacheStateWrite) {
        mem_ = nullptr;
        return "the context's memory is not a plain llama_kv_cache of the layout kvmesh was built against (another model type or llama.cpp build)";
    }
    return "";
}

bool KvCacheIo::isHost(const ggml_tensor* t) const { return t->buffer != nullptr && ggml_->buffer_is_host(t->buffer); }

std::string KvCacheIo::parseRuns(const std::vector<uint8_t>& m, const std::vector<std::pair<size_t, TensorRun>>& runs, CacheMap& out) {
    size_t pos = 0, ri = 0;
    uint32_t nStream = 0;
    out = CacheMap{};
    if (!take(m, pos, nStream)) return "metadata ends before n_stream";
    if (nStream != L_.nStream) return "n_stream is " + std::to_string(nStream) + ", the context has " + std::to_string(L_.nStream);
    // Runs listed at metadata offset `at`, adding up to `want` bytes.
    auto collect = [&](size_t at, uint64_t want, std::vector<TensorRun>& into, const char* what) -> std::string {
        uint64_t got = 0;
        while (got < want && ri < runs.size() && runs[ri].first == at) {
            into.push_back(runs[ri].second);
            got += runs[ri].second.size;
            ++ri;
        }
        if (got != want) return std::string(what) + " runs add up to " + std::to_string(got) + " bytes, expected " + std::to_string(want);
        return "";
    };
    for (uint32_t s = 0; s < nStream; ++s) {
        uint32_t cells = 0;
        if (!take(m, pos, cells)) return "metadata ends before cell_count";
        if (cells == 0) continue;
        if (out.cells != 0) return "cells in more than one stream";
        if (cells > L_.contextSize) return "more cells than the context holds";
        out.cells = cells;
        out.positions.resize(cells);
        for (uint32_t c = 0; c < cells; ++c) {
            uint32_t nSeq = 0;
            int32_t sid = 0;
            if (!take(m, pos, out.positions[c]) || !take(m, pos, nSeq) || !take(m, pos, sid)) return "metadata ends inside the cells";
            if (nSeq != 1) return "a cell with " + std::to_string(nSeq) + " sequence ids (or per-cell extras kvmesh does not handle)";
        }
        uint32_t vTrans = 0, nLayer = 0;
        if (!take(m, pos, vTrans) || !take(m, pos, nLayer)) return "metadata ends before the layers";
        if ((vTrans != 0) != L_.vTrans || nLayer != L_.nLayer) return "v_trans / n_layer differ from the context's layout";
        out.k.assign(nLayer, {});
        out.v.assign(nLayer, {});
        for (uint32_t l = 0; l < nLayer; ++l) {
            int32_t type = 0;
            uint64_t row = 0;
            if (!take(m, pos, type) || !take(m, pos, row)) return "metadata ends inside a K header";
            if (type != L_.kType || row != L_.kRowBytes) return "K type or row size differ from the context's layout";
            std::string e = collect(pos, row * cells, out.k[l], "K");
            if (!e.empty()) return e;
        }
        for (uint32_t l = 0; l < nLayer; ++l) {
            int32_t type = 0;
            if (!take(m, pos, type) || type != L_.vType) return "V type differs from the context's layout";
            if (!L_.vTrans) {
                uint64_t row = 0;
                if (!take(m, pos, row) || row != L_.vRowBytes) return "V row size differs from the context's layout";
            } else {
                uint32_t el = 0, nEmbd = 0;
                if (!take(m, pos, el) || !take(m, pos, nEmbd) || el != L_.vElBytes || nEmbd != L_.nEmbdV) return "transposed V shape differs from the context's layout";
            }
            std::string e = collect(pos, L_.vBytesPerCell() * cells, out.v[l], "V");
            if (!e.empty()) return e;
        }
    }
    if (pos != m.size() || ri != runs.size()) return "unexpected trailing metadata or runs";
    if (out.cells == 0) return "";
    // Cell indices, from layer 0's K runs (every layer lists the same cells).
    out.cellIndex.reserve(out.cells);
    for (const TensorRun& r : out.k[0]) {
        if (r.offset % L_.kRowBytes != 0) return "a K run does not start at a cell";
        const uint64_t from = r.offset / L_.kRowBytes;
        for (uint64_t i = 0; i < r.size / L_.kRowBytes; ++i) out.cellIndex.push_back(uint32_t(from + i));
    }
    if (L_.vTrans) {
        // Row j of a transposed V starts j * (cells in the stream) elements in.
        const size_t perRow = out.v[0].size() / std::max<uint32_t>(L_.nEmbdV, 1);
        if (perRow == 0 || out.v[0].size() % L_.nEmbdV != 0) return "transposed V runs are not one set per row";
        if (L_.nEmbdV > 1) {
            const uint64_t first = out.v[0][0].offset / L_.vElBytes;
            const uint64_t second = out.v[0][perRow].offset / L_.vElBytes;
            out.vStreamCells = second - first;
        } else {
            out.vStreamCells = L_.contextSize;
        }
    }
    return "";
}

std::string KvCacheIo::locate(CacheMap& out) {
    if (mem_ == nullptr) return "not verified";
    syms_->synchronize(ctx_);
    Locator io;
    try {
        static_cast<const llama_memory_i*>(mem_)->state_write(io, seq_, 0);
    } catch (const std::exception& e) {
        return std::string("llama.cpp could not list the sequence: ") + e.what();
    }
    return parseRuns(io.meta, io.runs, out);
}

std::string KvCacheIo::extract(const CacheMap& m, int32_t start, int32_t end, uint8_t* out) {
    const size_t n = size_t(end - start);
    std::vector<int64_t> cellOf(size_t(end - start), -1);
    for (uint32_t c = 0; c < m.cells; ++c) {
        const int32_t p = m.positions[c];
        if (p >= start && p < end) {
            if (cellOf[p - start] != -1) return "two cells at position " + std::to_string(p);
            cellOf[p - start] = int64_t(m.cellIndex[c]);
        }
    }
    for (size_t i = 0; i < n; ++i) {
        if (cellOf[i] < 0) return "position " + std::to_string(start + int64_t(i)) + " has no cell";
    }
    const uint64_t kRow = L_.kRowBytes, vCell = L_.vBytesPerCell();
    // Runs of consecutive cells, so each is one read.
    std::vector<std::pair<size_t, size_t>> spans;  // (first token, count)
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && cellOf[j] == cellOf[j - 1] + 1) ++j;
        spans.push_back({i, j - i});
        i = j;
    }
    auto get = [&](const ggml_tensor* t, uint8_t* dst, size_t off, size_t len) {
        if (isHost(t)) std::memcpy(dst, static_cast<const uint8_t*>(t->data) + off, len);
        else ggml_->tensor_get(t, dst, off, len);
    };
    for (uint32_t l = 0; l < L_.nLayer; ++l) {
        const ggml_tensor* kt = m.k[l][0].tensor;
        for (auto [i, cnt] : spans) get(kt, out + (size_t(l) * n + i) * kRow, size_t(cellOf[i]) * kRow, cnt * kRow);
    }
    uint8_t* vOut = out + size_t(L_.nLayer) * n * kRow;
    std::vector<uint8_t> row;
    for (uint32_t l = 0; l < L_.nLayer; ++l) {
        const ggml_tensor* vt = m.v[l][0].tensor;
        uint8_t* base = vOut + size_t(l) * n * vCell;
        if (!L_.vTrans) {
            for (auto [i, cnt] : spans) get(vt, base + i * vCell, size_t(cellOf[i]) * vCell, cnt * vCell);
        } else {
            const uint32_t el = L_.vElBytes;
            for (uint32_t j = 0; j < L_.nEmbdV; ++j) {
                for (auto [i, cnt] : spans) {
                    row.resize(cnt * el);
                    get(vt, row.data(), (size_t(cellOf[i]) + size_t(j) * m.vStreamCells) * el, cnt * el);
                    for (size_t t = 0; t < cnt; ++t) std::memcpy(base + ((i + t) * L_.nEmbdV + j) * el, row.data() + t * el, el);
                }
            }
        }
    }
    return "";
}

std::vector<uint8_t> KvCacheIo::buildMeta(const std::vector<int32_t>& positions) const {
    std::vector<uint8_t> m;
    put<uint32_t>(m, L_.nStream);
    for (uint32_t s = 0; s < L_.nStream; ++s) {
        if (s != L_.stream || positions.empty()) {
            put<uint32_t>(m, 0);
            continue;
        }
        put<uint32_t>(m, uint32_t(positions.size()));
        for (int32_t p : positions) {
            put<int32_t>(m, p);
            put<uint32_t>(m, 1);
            put<int32_t>(m, seq_);
        }
        put<uint32_t>(m, L_.vTrans ? 1 : 0);
        put<uint32_t>(m, L_.nLayer);
        for (uint32_t l = 0; l < L_.nLayer; ++l) {
            put<int32_t>(m, L_.kType);
            put<uint64_t>(m, L_.kRowBytes);
        }
        for (uint32_t l = 0; l < L_.nLayer; ++l) {
            put<int32_t>(m, L_.vType);
            if (!L_.vTrans) {
                put<uint64_t>(m, L_.vRowBytes);
            } else {
                put<uint32_t>(m, L_.vElBytes);
                put<uint32_t>(m, L_.nEmbdV);
            }
        }
    }
    return m;
}

std::string KvCacheIo::inject(uint32_t keep, const std::vector<PieceView>& pieces, const RopeShape& rope, unsigned threads, InjectTimes& t, bool& touched) {
    touched = false;
    if (mem_ == nullptr) return "not verified";
    auto* mem = static_cast<llama_memory_i*>(mem_);
    const uint64_t kRow = L_.kRowBytes, vCell = L_.vBytesPerCell();
    auto t0 = Clock::now();

    // 1. The cells the sequence keeps: where they are, in cell order (so that,
    //    placed first, they land where they already are).
    CacheMap pre;
    std::vector<uint32_t> preOrder;  // logical prefix cells, by cell index
    if (keep > 0) {
        std::string e = locate(pre);
        if (!e.empty()) return e;
        e = checkPositionsCover(pre.positions, keep, "the cells the sequence holds");
        if (!e.empty()) return e;
        preOrder.resize(keep);
        for (uint32_t i = 0; i < keep; ++i) preOrder[i] = i;
        std::sort(preOrder.begin(), preOrder.end(), [&](uint32_t a, uint32_t b) { return pre.cellIndex[a] < pre.cellIndex[b]; });
    } else {
        syms_->synchronize(ctx_);
    }
    std::vector<int32_t> positions;
    positions.reserve(keep + 1024);
    for (uint32_t i : preOrder) positions.push_back(pre.positions[i]);
    uint32_t next = keep;
    for (const PieceView& p : pieces) {
        for (uint32_t i = 0; i < p.n; ++i) positions.push_back(int32_t(next++));
    }
    t.locateMs = msSince(t0);

    // 2. llama.cpp places the cells (and frees the old ones); the runs say where their bytes go.
    t0 = Clock::now();
    const std::vector<uint8_t> meta = buildMeta(positions);
    Recorder io(meta);
    touched = true;
    try {
        mem->state_read(io, seq_, 0);
    } catch (const std::exception& e) {
        return std::string("llama.cpp refused the cells: ") + e.what();  // it emptied the sequence
    }
    CacheMap dst;
    std::string err = io.pos == meta.size() ? parseRuns(meta, io.runs, dst) : "llama.cpp did not read all the metadata";
    if (err.empty() && dst.cells != positions.size()) err = "llama.cpp placed " + std::to_string(dst.cells) + " cells, expected " + std::to_string(positions.size());
    if (!err.empty()) {
        syms_->memory_seq_rm(mem_, seq_, -1, -1);
        return err;
    }
    t.metaMs = msSince(t0);

    // 3. The kept cells stay where they are unless llama.cpp put them elsewhere; then they are read out first.
    t0 = Clock::now();
    t.prefixInPlace = true;
    for (uint32_t i = 0; i < keep; ++i) {
        if (dst.cellIndex[i] != pre.cellIndex[preOrder[i]]) t.prefixInPlace = false;
    }
    for (uint32_t l = 0; l < L_.nLayer && keep > 0; ++l) {
        if (dst.k[l][0].tensor != pre.k[l][0].tensor || dst.v[l][0].tensor != pre.v[l][0].tensor) t.prefixInPlace = false;
    }
    PieceView prefix;
    if (keep > 0 && !t.prefixInPlace) {
        // Their old cells may be overwritten below: copy them out (logical order) before any write.
        prefixScratch_.resize(size_t(L_.nLayer) * keep * (kRow + vCell));
        CacheMap orderedPre = pre;
        for (uint32_t i = 0; i < keep; ++i) {
            orderedPre.positions[i] = int32_t(i);
            orderedPre.cellIndex[i] = pre.cellIndex[preOrder[i]];
        }
        // extract() reads by position; give each logical prefix cell the position of its order.
        err = extract(orderedPre, 0, int32_t(keep), prefixScratch_.data());
        if (!err.empty()) {
            syms_->memory_seq_rm(mem_, seq_, -1, -1);
            return err;
        }
        prefix.n = keep;
        for (uint32_t l = 0; l < L_.nLayer; ++l) {
            prefix.k.push_back(prefixScratch_.data() + size_t(l) * keep * kRow);
            prefix.v.push_back(prefixScratch_.data() + size_t(L_.nLayer) * keep * kRow + size_t(l) * keep * vCell);
        }
    }
    t.locateMs += msSince(t0);

    // 4. Every byte the new cells need, as writes: the pieces (keys rotated), and the prefix if it moved.
    std::vector<const PieceView*> sources;  // per logical cell range, in order
    std::vector<uint32_t> firstCell;
    if (keep > 0 && !t.prefixInPlace) {
        sources.push_back(&prefix);
        firstCell.push_back(0);
    }
    uint32_t at = keep;
    for (const PieceView& p : pieces) {
        sources.push_back(&p);
        firstCell.push_back(at);
        at += p.n;
    }
    std::vector<Op> ropeOps, copyOps;
    const uint32_t kEl = L_.kType == 0 ? 4 : 2;
    for (uint32_t l = 0; l < L_.nLayer; ++l) {
        // K and plain V: walk the destination runs cell by cell range.
        for (int side = 0; side < (L_.vTrans ? 1 : 2); ++side) {
            const uint64_t row = side == 0 ? kRow : vCell;
            const auto& runs = side == 0 ? dst.k[l] : dst.v[l];
            size_t cell = 0;
            for (const TensorRun& r : runs) {
                const size_t cnt = r.size / row;
                for (size_t si = 0; si < sources.size(); ++si) {
                    const PieceView* s = sources[si];
                    const size_t a = std::max<size_t>(cell, firstCell[si]), b = std::min<size_t>(cell + cnt, firstCell[si] + s->n);
                    if (a >= b) continue;
                    Op op;
                    op.tensor = r.tensor;
                    op.offset = r.offset + (a - cell) * row;
                    op.src = (side == 0 ? s->k[l] : s->v[l]) + (a - firstCell[si]) * row;
                    op.len = (b - a) * row;
                    if (side == 0 && s->cosSin) {
                        op.kind = L_.kType == 1 ? Op::RopeF16 : Op::RopeF32;
                        op.cosSin = s->cosSin;
                        ropeOps.push_back(op);
                    } else {
                        copyOps.push_back(op);
                    }
                }
                cell += cnt;
            }
        }
        if (L_.vTrans) {
            // Row j of V holds one element per cell: gather it from the segments' [token][row] layout.
            const size_t perRow = dst.v[l].size() / L_.nEmbdV;
            const uint32_t el = L_.vElBytes;
            for (uint32_t j = 0; j < L_.nEmbdV; ++j) {
                size_t cell = 0;
                for (size_t ri = 0; ri < perRow; ++ri) {
                    const TensorRun& r = dst.v[l][size_t(j) * perRow + ri];
                    const size_t cnt = r.size / el;
                    for (size_t si = 0; si < sources.size(); ++si) {
                        const PieceView* s = sources[si];
                        const size_t a = std::max<size_t>(cell, firstCell[si]), b = std::min<size_t>(cell + cnt, firstCell[si] + s->n);
                        if (a >= b) continue;
                        Op op;
                        op.kind = Op::GatherV;
                        op.tensor = r.tensor;
                        op.offset = r.offset + (a - cell) * el;
                        op.src = s->v[l] + ((a - firstCell[si]) * L_.nEmbdV + j) * el;
                        op.len = (b - a) * el;
                        op.stride = size_t(L_.nEmbdV) * el;
                        op.el = el;
                        copyOps.push_back(op);
                    }
                    cell += cnt;
                }
            }
        }
    }

    // 5. The writes, in parallel: straight into host memory, else through ggml (rotated or gathered
    //    bytes are built in a staging buffer first: pinned memory of the GPU where there is one).
    size_t staged = 0;
    for (auto* ops : {&ropeOps, &copyOps}) {
        for (const Op& op : *ops) {
            if (op.kind != Op::Copy && !isHost(op.tensor)) staged += op.len;
        }
    }
    if (staged > 0) {
        uint8_t* base = stage_.reserve(staged);
        size_t at = 0;
        for (auto* ops : {&ropeOps, &copyOps}) {
            for (Op& op : *ops) {
                if (op.kind != Op::Copy && !isHost(op.tensor)) {
                    op.stage = base + at;
                    at += op.len;
                }
            }
        }
    }
    auto run = [&](const Op& op) {
        const bool host = isHost(op.tensor);
        uint8_t* out;
        if (host) {
            out = static_cast<uint8_t*>(op.tensor->data) + op.offset;
        } else if (op.kind == Op::Copy) {
            ggml_->tensor_set(op.tensor, op.src, op.offset, op.len);
            return;
        } else {
            out = op.stage;
        }
        switch (op.kind) {
            case Op::Copy:
                std::memcpy(out, op.src, op.len);
                break;
            case Op::RopeF16:
            case Op::RopeF32: {
                RopeCopy rc{rope.headDim, rope.nRot, rope.neox, op.cosSin};
                const size_t rows = op.len / (size_t(rope.headDim) * kEl);
                if (op.kind == Op::RopeF16) ropeCopyF16(op.src, out, rows, rc);
                else ropeCopyF32(op.src, out, rows, rc);
                break;
            }
            case Op::GatherV:
                for (size_t i = 0; i < op.len / op.el; ++i) std::memcpy(out + i * op.el, op.src + i * op.stride, op.el);
                break;
        }
        if (!host) ggml_->tensor_set(op.tensor, out, op.offset, op.len);
    };
    try {
        t0 = Clock::now();
        parallelFor(ropeOps.size(), threads, [&](size_t i) { run(ropeOps[i]); });
        t.ropeMs = msSince(t0);
        t0 = Clock::now();
        parallelFor(copyOps.size(), threads, [&](size_t i) { run(copyOps[i]); });
        t.copyMs = msSince(t0);
    } catch (const std::exception& e) {
        syms_->memory_seq_rm(mem_, seq_, -1, -1);
        return std::string("writing the cells failed: ") + e.what();
    }
    size_t bytes = 0;
    for (const Op& op : ropeOps) bytes += op.len;
    for (const Op& op : copyOps) bytes += op.len;
    t.bytes = bytes;
    return "";
}

}  // namespace kvmesh
