// kvmesh's native KV injection path: reads and writes one llama.cpp
// sequence's KV in memory (llama_state_seq_get/set_data_ext) for a context
// that node-llama-cpp created, assembling the new sequence natively from the
// kept prefix and the reused segments (keys re-positioned while they are
// copied). JavaScript hands over views of segment bytes and gets timings back;
// it never builds, parses or validates a whole state.
//
// Reaching node-llama-cpp's context is internal: the JS LlamaContext's `_ctx`
// wraps an AddonContext (shipped header llama/addon/AddonContext.h). attach()
// proves the layout before it trusts it: the AddonContext's `model` field must
// be the very AddonModel that the JS model wraps, and llama.cpp must agree
// that the context belongs to that model and has the expected size.
#define NAPI_VERSION 7
#include <napi.h>

#include <sys/mman.h>

#include <algorithm>
#include <cstdlib>
#include <atomic>
#include <chrono>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "AddonContext.h"
#include "AddonModel.h"
#include "llama-symbols.h"
#include "rope-shift.h"
#include "seq-blob.h"

namespace kvmesh {

namespace {

using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

LlamaSymbols gSyms;
bool gSymsFound = false;
std::mutex gSymsMutex;

// Looked up until found (a model may be loaded after this addon), then kept.
const LlamaSymbols* symbols(std::string& why) {
    std::lock_guard<std::mutex> g(gSymsMutex);
    if (!gSymsFound) {
        LlamaSymbols s;
        why = findLlamaSymbols(s);
        if (!why.empty()) return nullptr;
        gSyms = s;
        gSymsFound = true;
    }
    why.clear();
    return &gSyms;
}

// An error JS can tell apart: code "KVMESH_NATIVE_*", and whether llama.cpp's
// sequence was touched (then it is empty).
Napi::Error nativeError(Napi::Env env, const char* code, const std::string& msg, bool touched = false) {
    Napi::Error e = Napi::Error::New(env, msg);
    e.Set("code", Napi::String::New(env, code));
    e.Set("touched", Napi::Boolean::New(env, touched));
    return e;
}

// A growable byte buffer that is never shrunk or zero-filled: the KV moved
// per call is large, and fresh pages cost more than the copy itself.
// Backed by 2 MiB-aligned memory with transparent huge pages asked for (fewer
// TLB misses when megabytes stream through it).
struct Scratch {
    struct Free {
        void operator()(uint8_t* p) const { std::free(p); }
    };
    std::unique_ptr<uint8_t, Free> data;
    size_t capacity = 0;
    size_t size = 0;
    uint8_t* reserve(size_t n) {
        if (n > capacity) {
            constexpr size_t kHuge = size_t(2) << 20;
            size_t cap = std::max(n, capacity + capacity / 2);
            cap = (cap + kHuge - 1) / kHuge * kHuge;
            void* p = nullptr;
            if (posix_memalign(&p, kHuge, cap) != 0) throw std::bad_alloc();
            madvise(p, cap, MADV_HUGEPAGE);
            data.reset(static_cast<uint8_t*>(p));
            capacity = cap;
        }
        size = n;
        return data.get();
    }
};

struct Piece {
    std::vector<const uint8_t*> k, v;  // per layer
    std::vector<int32_t> positions;
    bool rotate = false;
    std::vector<float> cosSin;
    uint32_t n = 0;
};

// Runs fn(i) for i in [0, n) on up to `threads` threads.
template <typename F>
void parallelFor(size_t n, unsigned threads, F fn) {
    if (threads <= 1 || n <= 1) {
        for (size_t i = 0; i < n; ++i) fn(i);
        return;
    }
    threads = unsigned(std::min<size_t>(threads, n));
    std::vector<std::thread> pool;
    std::atomic<size_t> next{0};
    for (unsigned t = 0; t < threads; ++t) {
        pool.emplace_back([&] {
            for (size_t i = next++; i < n; i = next++) fn(i);
        });
    }
    for (auto& th : pool) th.join();
}

}  // namespace

class KvBridge : public Napi::ObjectWrap<KvBridge> {
   public:
    static Napi::Object Init(Napi::Env env, Napi::Object exports) {
        Napi::Function cls = DefineClass(env, "KvBridge", {
            InstanceMethod("snapshot", &KvBridge::Snapshot),
            InstanceMethod("extract", &KvBridge::Extract),
            InstanceMethod("inject", &KvBridge::Inject),
            InstanceMethod("exportBlob", &KvBridge::ExportBlob),
            InstanceMethod("importBlob", &KvBridge::ImportBlob),
            InstanceMethod("dispose", &KvBridge::Dispose),
        });
        exports.Set("KvBridge", cls);
        exports.Set("info", Napi::Function::New(env, &KvBridge::Info));
        exports.Set("ropeCopy", Napi::Function::New(env, &KvBridge::RopeCopyForTest));
        return exports;
    }

    // new KvBridge(addonContext, addonModel, seqId, layout, threads)
    KvBridge(const Napi::CallbackInfo& info) : Napi::ObjectWrap<KvBridge>(info) {
        Napi::Env env = info.Env();
        if (info.Length() < 5 || !info[0].IsObject() || !info[1].IsObject() || !info[2].IsNumber() || !info[3].IsObject() || !info[4].IsNumber()) {
            nativeError(env, "KVMESH_NATIVE_USAGE", "KvBridge(addonContext, addonModel, seqId, layout, threads)").ThrowAsJavaScriptException();
            return;
        }
        std::string why;
        syms_ = symbols(why);
        if (!syms_) {
            nativeError(env, "KVMESH_NATIVE_UNAVAILABLE", why).ThrowAsJavaScriptException();
            return;
        }
        void* rawCtx = nullptr;
        void* rawModel = nullptr;
        if (napi_unwrap(env, info[0], &rawCtx) != napi_ok || rawCtx == nullptr || napi_unwrap(env, info[1], &rawModel) != napi_ok || rawModel == nullptr) {
            nativeError(env, "KVMESH_NATIVE_LAYOUT", "the objects given are not node-llama-cpp's wrapped context and model").ThrowAsJavaScriptException();
            return;
        }
        addonCtx_ = static_cast<AddonContext*>(static_cast<Napi::ObjectWrap<AddonContext>*>(rawCtx));
        auto* addonModel = static_cast<AddonModel*>(static_cast<Napi::ObjectWrap<AddonModel>*>(rawModel));
        // Layout proof 1: a pointer comparison inside live objects, no foreign pointer followed yet.
        if (addonCtx_->model != addonModel) {
            nativeError(env, "KVMESH_NATIVE_LAYOUT", "AddonContext layout differs from the header kvmesh was built with (its model field is not the model)").ThrowAsJavaScriptException();
            return;
        }
        if (addonCtx_->disposed || !addonCtx_->contextLoaded || addonCtx_->ctx == nullptr || addonModel->model == nullptr) {
            nativeError(env, "KVMESH_NATIVE_LAYOUT", "the context is not loaded or already disposed").ThrowAsJavaScriptException();
            return;
        }
        ctx_ = addonCtx_->ctx;
        // Layout proof 2: llama.cpp itself says this context belongs to this model.
        if (syms_->get_model(ctx_) != addonModel->model) {
            nativeError(env, "KVMESH_NATIVE_LAYOUT", "llama_get_model(ctx) is not the model's llama_model").ThrowAsJavaScriptException();
            return;
        }
        seq_ = info[2].As<Napi::Number>().Int32Value();
        const uint32_t nSeqMax = syms_->n_seq_max(ctx_);
        if (seq_ < 0 || uint32_t(seq_) >= nSeqMax) {
            nativeError(env, "KVMESH_NATIVE_LAYOUT", "sequence id " + std::to_string(seq_) + " is outside [0, " + std::to_string(nSeqMax) + ")").ThrowAsJavaScriptException();
            return;
        }
        Napi::Object lo = info[3].As<Napi::Object>();
        auto num = [&](const char* k) { return lo.Get(k).As<Napi::Number>().Int64Value(); };
        L_.nStream = uint32_t(num("nStream"));
        L_.stream = uint32_t(num("stream"));
        L_.nLayer = uint32_t(num("nLayer"));
        L_.kType = int32_t(num("kType"));
        L_.vType = int32_t(num("vType"));
        L_.kRowBytes = uint64_t(num("kRowBytes"));
        L_.vTrans = lo.Get("vTrans").ToBoolean().Value();
        L_.vRowBytes = uint64_t(num("vRowBytes"));
        L_.vElBytes = uint32_t(num("vElBytes"));
        L_.nEmbdV = uint32_t(num("nEmbdV"));
        L_.contextSize = uint32_t(num("contextSize"));
        const uint32_t nCtx = syms_->n_ctx(ctx_);
        if (L_.contextSize != nCtx) {
            nativeError(env, "KVMESH_NATIVE_LAYOUT", "llama_n_ctx is " + std::to_string(nCtx) + ", node-llama-cpp says " + std::to_string(L_.contextSize)).ThrowAsJavaScriptException();
            return;
        }
        if (L_.nStream == 0 || L_.stream >= L_.nStream || L_.nLayer == 0 || L_.kRowBytes == 0 || L_.vBytesPerCell() == 0) {
            nativeError(env, "KVMESH_NATIVE_LAYOUT", "the KV layout given is empty or inconsistent").ThrowAsJavaScriptException();
            return;
        }
        threads_ = std::max(1u, unsigned(info[4].As<Napi::Number>().Uint32Value()));
        ctxRef_ = Napi::Persistent(info[0].As<Napi::Object>());
    }

   private:
    static Napi::Value Info(const Napi::CallbackInfo& info) {
        Napi::Env env = info.Env();
        Napi::Object o = Napi::Object::New(env);
        std::string why;
        const LlamaSymbols* s = symbols(why);
        o.Set("llamaLibrary", s ? Napi::Value(Napi::String::New(env, s->path)) : env.Null());
        o.Set("unavailable", s ? env.Null() : Napi::Value(Napi::String::New(env, why)));
        o.Set("ropeKernel", Napi::String::New(env, ropeKernelName()));
        o.Set("hardwareThreads", Napi::Number::New(env, std::thread::hardware_concurrency()));
        return o;
    }

    // ropeCopy(src: Uint8Array, headDim, nRot, neox, cosSin: Float32Array, kType: 0|1, kernel: "auto"|"scalar") -> Uint8Array
    // The rotation the injection applies, alone, so tests can hold it against kernels/rope.ts.
    static Napi::Value RopeCopyForTest(const Napi::CallbackInfo& info) {
        Napi::Env env = info.Env();
        if (info.Length() < 7 || !info[0].IsTypedArray() || !info[4].IsTypedArray()) throw nativeError(env, "KVMESH_NATIVE_USAGE", "ropeCopy(src, headDim, nRot, neox, cosSin, kType, kernel)");
        Napi::Uint8Array src = info[0].As<Napi::Uint8Array>();
        Napi::Float32Array cs = info[4].As<Napi::Float32Array>();
        RopeCopy rc;
        rc.headDim = info[1].As<Napi::Number>().Uint32Value();
        rc.nRot = info[2].As<Napi::Number>().Uint32Value();
        rc.neox = info[3].ToBoolean().Value();
        rc.cosSin = cs.Data();
        const int kType = info[5].As<Napi::Number>().Int32Value();
        const bool scalar = info[6].ToString().Utf8Value() == "scalar";
        const size_t el = kType == 0 ? 4 : 2;
        if (rc.headDim < 2 || rc.nRot < 2 || rc.nRot % 2 || rc.nRot > rc.headDim || cs.ElementLength() < rc.nRot || src.ByteLength() % (rc.headDim * el)) {
            throw nativeError(env, "KVMESH_NATIVE_USAGE", "ropeCopy: inconsistent shape");
        }
        const size_t rows = src.ByteLength() / (rc.headDim * el);
        Napi::Uint8Array out = Napi::Uint8Array::New(env, src.ByteLength());
        if (kType == 0) ropeCopyF32(src.Data(), out.Data(), rows, rc);
        else if (scalar) ropeCopyF16Scalar(src.Data(), out.Data(), rows, rc);
        else ropeCopyF16(src.Data(), out.Data(), rows, rc);
        return out;
    }

    // Still the same live context? (node-llama-cpp may have disposed it.)
    bool alive() const { return !disposed_ && addonCtx_ && !addonCtx_->disposed && addonCtx_->contextLoaded && addonCtx_->ctx == ctx_; }

    Napi::Value Dispose(const Napi::CallbackInfo& info) {
        std::lock_guard<std::mutex> g(busy_);
        disposed_ = true;
        snap_ = Scratch{};
        prefix_ = Scratch{};
        blob_ = Scratch{};
        if (!ctxRef_.IsEmpty()) ctxRef_.Reset();
        return info.Env().Undefined();
    }

    // Reads the sequence's KV into a native buffer (a copy: later extracts see this moment).
    Napi::Value Snapshot(const Napi::CallbackInfo& info);
    // K and V of positions [start, end) from the last snapshot, as one ArrayBuffer.
    Napi::Value Extract(const Napi::CallbackInfo& info);
    // Makes the sequence hold its first `keep` cells plus the pieces.
    Napi::Value Inject(const Napi::CallbackInfo& info);

    // The sequence's raw state (llama_state_seq_get_data_ext's bytes), as an ArrayBuffer copy.
    Napi::Value ExportBlob(const Napi::CallbackInfo& info);
    // Loads raw state bytes after checking every field against the context (never hands llama.cpp unchecked bytes).
    Napi::Value ImportBlob(const Napi::CallbackInfo& info);

    class SnapshotWorker;
    class InjectWorker;
    class ImportWorker;

    // Reads the live sequence into `buf`; "" or why not.
    std::string readSequence(Scratch& buf, SeqBlobView& view) {
        const size_t size = syms_->state_seq_get_size_ext(ctx_, seq_, 0);
        if (size == 0) return "llama_state_seq_get_size_ext returned 0";
        uint8_t* p = buf.reserve(size);
        const size_t got = syms_->state_seq_get_data_ext(ctx_, p, size, seq_, 0);
        if (got != size) return "llama_state_seq_get_data_ext wrote " + std::to_string(got) + " of " + std::to_string(size) + " bytes";
        return parseSeqBlob(p, size, L_, view);
    }

    const LlamaSymbols* syms_ = nullptr;
    AddonContext* addonCtx_ = nullptr;
    llama_context* ctx_ = nullptr;
    Napi::ObjectReference ctxRef_;  // keeps node-llama-cpp's context object alive while we hold its pointer
    int32_t seq_ = 0;
    KvLayout L_;
    unsigned threads_ = 1;
    bool disposed_ = false;
    std::mutex busy_;

    Scratch snap_;
    SeqBlobView snapView_;
    std::vector<int32_t> snapCellOfPos_;
    Scratch prefix_;
    Scratch blob_;
};

class KvBridge::SnapshotWorker : public Napi::AsyncWorker {
   public:
    SnapshotWorker(Napi::Env env, KvBridge* b) : Napi::AsyncWorker(env, "kvmesh.snapshot"), b_(b), deferred_(Napi::Promise::Deferred::New(env)) {}
    Napi::Promise promise() { return deferred_.Promise(); }

    void Execute() override {
        std::lock_guard<std::mutex> g(b_->busy_);
        const auto t0 = Clock::now();
        if (!b_->alive()) {
            err_ = "the context is disposed";
            return;
        }
        b_->snapCellOfPos_.clear();
        err_ = b_->readSequence(b_->snap_, b_->snapView_);
        if (!err_.empty()) {
            b_->snap_.size = 0;
            return;
        }
        // Position -> cell, so a range can be cut out whatever order the cache keeps.
        const auto& pos = b_->snapView_.positions;
        int32_t maxPos = -1;
        for (int32_t p : pos) {
            if (p < 0 || uint32_t(p) >= b_->L_.contextSize) {
                err_ = "cell position " + std::to_string(p) + " outside the context";
                return;
            }
            maxPos = std::max(maxPos, p);
        }
        b_->snapCellOfPos_.assign(size_t(maxPos + 1), -1);
        for (size_t c = 0; c < pos.size(); ++c) {
            if (b_->snapCellOfPos_[pos[c]] != -1) {
                err_ = "two cells at position " + std::to_string(pos[c]);
                return;
            }
            b_->snapCellOfPos_[pos[c]] = int32_t(c);
        }
        ms_ = msSince(t0);
    }
    void OnOK() override {
        Napi::Env env = Env();
        if (!err_.empty()) {
            deferred_.Reject(nativeError(env, "KVMESH_NATIVE_READ", err_).Value());
            return;
        }
        Napi::Object o = Napi::Object::New(env);
        const auto& pos = b_->snapView_.positions;
        Napi::Int32Array p = Napi::Int32Array::New(env, pos.size());
        if (!pos.empty()) std::memcpy(p.Data(), pos.data(), pos.size() * 4);
        o.Set("positions", p);
        o.Set("bytes", Napi::Number::New(env, double(b_->snap_.size)));
        o.Set("ms", Napi::Number::New(env, ms_));
        deferred_.Resolve(o);
    }
    void OnError(const Napi::Error& e) override { deferred_.Reject(e.Value()); }

   private:
    KvBridge* b_;
    Napi::Promise::Deferred deferred_;
    std::string err_;
    double ms_ = 0;
};

Napi::Value KvBridge::Snapshot(const Napi::CallbackInfo& info) {
    auto* w = new SnapshotWorker(info.Env(), this);
    Napi::Promise p = w->promise();
    w->Queue();
    return p;
}

Napi::Value KvBridge::Extract(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (info.Length() < 2 || !info[0].IsNumber() || !info[1].IsNumber()) throw nativeError(env, "KVMESH_NATIVE_USAGE", "extract(start, end)");
    const int64_t start = info[0].As<Napi::Number>().Int64Value();
    const int64_t end = info[1].As<Napi::Number>().Int64Value();
    std::lock_guard<std::mutex> g(busy_);
    if (snap_.size == 0) throw nativeError(env, "KVMESH_NATIVE_USAGE", "extract() before a successful snapshot()");
    if (start < 0 || end <= start || size_t(end) > snapCellOfPos_.size()) {
        throw nativeError(env, "KVMESH_NATIVE_RANGE", "positions [" + std::to_string(start) + ", " + std::to_string(end) + ") are not all in the snapshot (" + std::to_string(snapCellOfPos_.size()) + " positions)");
    }
    const size_t n = size_t(end - start);
    std::vector<int32_t> cells(n);
    bool contiguous = true;
    for (size_t i = 0; i < n; ++i) {
        cells[i] = snapCellOfPos_[size_t(start) + i];
        if (cells[i] < 0) throw nativeError(env, "KVMESH_NATIVE_RANGE", "position " + std::to_string(start + int64_t(i)) + " has no cell");
        if (i > 0 && cells[i] != cells[i - 1] + 1) contiguous = false;
    }
    const uint64_t kRow = L_.kRowBytes, vCell = L_.vBytesPerCell();
    const size_t total = size_t(L_.nLayer) * n * (kRow + vCell);
    Napi::ArrayBuffer out = Napi::ArrayBuffer::New(env, total);
    uint8_t* o = static_cast<uint8_t*>(out.Data());
    const uint8_t* src = snap_.data.get();
    const uint32_t cellsAll = snapView_.cells;
    for (uint32_t l = 0; l < L_.nLayer; ++l) {
        const uint8_t* k = src + snapView_.kOffset[l];
        if (contiguous) std::memcpy(o, k + size_t(cells[0]) * kRow, n * kRow);
        else for (size_t i = 0; i < n; ++i) std::memcpy(o + i * kRow, k + size_t(cells[i]) * kRow, kRow);
        o += n * kRow;
    }
    for (uint32_t l = 0; l < L_.nLayer; ++l) {
        const uint8_t* v = src + snapView_.vOffset[l];
        if (!L_.vTrans) {
            if (contiguous) std::memcpy(o, v + size_t(cells[0]) * vCell, n * vCell);
            else for (size_t i = 0; i < n; ++i) std::memcpy(o + i * vCell, v + size_t(cells[i]) * vCell, vCell);
        } else {
            // [n_embd_v][cell] in the cache -> [token][n_embd_v] in a segment.
            const uint32_t el = L_.vElBytes;
            for (uint32_t j = 0; j < L_.nEmbdV; ++j) {
                const uint8_t* rowj = v + size_t(j) * cellsAll * el;
                for (size_t i = 0; i < n; ++i) std::memcpy(o + (i * L_.nEmbdV + j) * el, rowj + size_t(cells[i]) * el, el);
            }
        }
        o += n * vCell;
    }
    return out;
}

class KvBridge::InjectWorker : public Napi::AsyncWorker {
   public:
    InjectWorker(Napi::Env env, KvBridge* b, uint32_t keep, std::vector<Piece> pieces, Napi::Object keepAlive)
        : Napi::AsyncWorker(env, "kvmesh.inject"), b_(b), keep_(keep), pieces_(std::move(pieces)), deferred_(Napi::Promise::Deferred::New(env)) {
        keepAlive_ = Napi::Persistent(keepAlive);  // the segment bytes stay reachable until we are done
    }
    Napi::Promise promise() { return deferred_.Promise(); }
    const std::vector<Piece>& pieces() const { return pieces_; }

    void Execute() override {
        std::lock_guard<std::mutex> g(b_->busy_);
        const KvLayout& L = b_->L_;
        if (!b_->alive()) {
            err_ = "the context is disposed";
            return;
        }
        auto t = Clock::now();
        SeqBlobView pre;
        if (keep_ > 0) {
            err_ = b_->readSequence(b_->prefix_, pre);
            if (!err_.empty()) return;
            if (pre.cells != keep_) {
                err_ = "the sequence holds " + std::to_string(pre.cells) + " cells, expected to keep " + std::to_string(keep_);
                return;
            }
            std::vector<uint8_t> seen(keep_, 0);
            for (int32_t p : pre.positions) {
                if (p < 0 || uint32_t(p) >= keep_ || seen[p]) {
                    err_ = "the kept cells are not positions 0.." + std::to_string(keep_ - 1) + " once each";
                    return;
                }
                seen[p] = 1;
            }
        }
        getMs_ = msSince(t);
        t = Clock::now();

        std::vector<int32_t> positions(pre.positions);
        for (const Piece& p : pieces_) positions.insert(positions.end(), p.positions.begin(), p.positions.end());
        const uint32_t total = uint32_t(positions.size());
        const size_t size = seqBlobSize(L, total);
        uint8_t* out = b_->blob_.reserve(size);
        SeqBlobView where;
        writeSeqBlobFrame(out, L, b_->seq_, positions.data(), total, where);
        const uint8_t* preData = b_->prefix_.data.get();
        const uint64_t kRow = L.kRowBytes, vCell = L.vBytesPerCell();
        const unsigned threads = size >= (size_t(4) << 20) ? b_->threads_ : 1;
        bool anyRotation = false;
        for (const Piece& p : pieces_) anyRotation = anyRotation || p.rotate;

        // Keys, layer by layer (re-positioned while they are copied).
        parallelFor(L.nLayer, threads, [&](size_t l) {
            uint8_t* d = out + where.kOffset[l];
            if (keep_ > 0) std::memcpy(d, preData + pre.kOffset[l], keep_ * kRow);
            d += keep_ * kRow;
            for (const Piece& p : pieces_) {
                if (!p.rotate) std::memcpy(d, p.k[l], p.n * kRow);
                else {
                    RopeCopy rc{rope_.headDim, rope_.nRot, rope_.neox, p.cosSin.data()};
                    const size_t rows = size_t(p.n) * (kRow / (size_t(rope_.headDim) * (L.kType == 0 ? 4 : 2)));
                    if (L.kType == 1) ropeCopyF16(p.k[l], d, rows, rc);
                    else ropeCopyF32(p.k[l], d, rows, rc);
                }
                d += p.n * kRow;
            }
        });
        const double kMs = msSince(t);
        (anyRotation ? ropeMs_ : assembleMs_) += kMs;
        t = Clock::now();
        // Values: no positions, plain copies (transposed when the context keeps V transposed).
        parallelFor(L.nLayer, threads, [&](size_t l) {
            uint8_t* d = out + where.vOffset[l];
            if (!L.vTrans) {
                if (keep_ > 0) std::memcpy(d, preData + pre.vOffset[l], keep_ * vCell);
                d += keep_ * vCell;
                for (const Piece& p : pieces_) {
                    std::memcpy(d, p.v[l], p.n * vCell);
                    d += p.n * vCell;
                }
            } else {
                const uint32_t el = L.vElBytes;
                for (uint32_t j = 0; j < L.nEmbdV; ++j) {
                    uint8_t* row = d + size_t(j) * total * el;
                    if (keep_ > 0) std::memcpy(row, preData + pre.vOffset[l] + size_t(j) * keep_ * el, size_t(keep_) * el);
                    size_t at = keep_;
                    for (const Piece& p : pieces_) {
                        for (uint32_t i = 0; i < p.n; ++i) std::memcpy(row + (at + i) * el, p.v[l] + (size_t(i) * L.nEmbdV + j) * el, el);
                        at += p.n;
                    }
                }
            }
        });
        assembleMs_ += msSince(t);
        t = Clock::now();
        const size_t set = b_->syms_->state_seq_set_data_ext(b_->ctx_, out, size, b_->seq_, 0);
        setMs_ = msSince(t);
        bytes_ = size;
        if (set != size) {
            touched_ = true;
            err_ = "llama.cpp refused the assembled state (read " + std::to_string(set) + " of " + std::to_string(size) + " bytes); the sequence is now empty";
        }
    }
    void OnOK() override {
        Napi::Env env = Env();
        keepAlive_.Reset();
        if (!err_.empty()) {
            deferred_.Reject(nativeError(env, touched_ ? "KVMESH_NATIVE_REFUSED" : "KVMESH_NATIVE_READ", err_, touched_).Value());
            return;
        }
        Napi::Object o = Napi::Object::New(env);
        o.Set("bytes", Napi::Number::New(env, double(bytes_)));
        o.Set("readMs", Napi::Number::New(env, getMs_));
        o.Set("assembleMs", Napi::Number::New(env, assembleMs_));
        o.Set("ropeMs", Napi::Number::New(env, ropeMs_));
        o.Set("setMs", Napi::Number::New(env, setMs_));
        deferred_.Resolve(o);
    }
    void OnError(const Napi::Error& e) override {
        keepAlive_.Reset();
        deferred_.Reject(e.Value());
    }

    struct RopeShape {
        uint32_t headDim = 0, nRot = 0;
        bool neox = false;
    } rope_;

   private:
    KvBridge* b_;
    uint32_t keep_;
    std::vector<Piece> pieces_;
    Napi::ObjectReference keepAlive_;
    Napi::Promise::Deferred deferred_;
    std::string err_;
    bool touched_ = false;
    double getMs_ = 0, assembleMs_ = 0, ropeMs_ = 0, setMs_ = 0;
    size_t bytes_ = 0;
};

// inject(keep, pieces, rope?) where pieces = [{k: Uint8Array[], v: Uint8Array[], positions: Int32Array, cosSin?: Float32Array}]
// and rope = {headDim, nRot, neox} (needed when any piece has cosSin).
Napi::Value KvBridge::Inject(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (info.Length() < 2 || !info[0].IsNumber() || !info[1].IsArray()) throw nativeError(env, "KVMESH_NATIVE_USAGE", "inject(keep, pieces, rope?)");
    if (!alive()) throw nativeError(env, "KVMESH_NATIVE_USAGE", "the context is disposed");
    const uint32_t keep = info[0].As<Napi::Number>().Uint32Value();
    Napi::Array arr = info[1].As<Napi::Array>();
    const uint64_t kRow = L_.kRowBytes, vCell = L_.vBytesPerCell();
    std::vector<Piece> pieces;
    int64_t next = keep;
    bool needRope = false;
    auto bad = [&](const std::string& m) { return nativeError(env, "KVMESH_NATIVE_PIECE", m); };
    for (uint32_t i = 0; i < arr.Length(); ++i) {
        Napi::Value pv = arr.Get(i);
        if (!pv.IsObject()) throw bad("piece " + std::to_string(i) + " is not an object");
        Napi::Object po = pv.As<Napi::Object>();
        Napi::Value kv = po.Get("k"), vv = po.Get("v"), posv = po.Get("positions");
        if (!kv.IsArray() || !vv.IsArray() || !posv.IsTypedArray() || posv.As<Napi::TypedArray>().TypedArrayType() != napi_int32_array) {
            throw bad("piece " + std::to_string(i) + " needs k, v (arrays of Uint8Array) and positions (Int32Array)");
        }
        Piece p;
        Napi::Int32Array pos = posv.As<Napi::Int32Array>();
        p.n = uint32_t(pos.ElementLength());
        if (p.n == 0) throw bad("piece " + std::to_string(i) + " is empty");
        p.positions.assign(pos.Data(), pos.Data() + p.n);
        for (uint32_t t = 0; t < p.n; ++t) {
            if (p.positions[t] != next) throw bad("piece " + std::to_string(i) + " token " + std::to_string(t) + " sits at position " + std::to_string(p.positions[t]) + ", expected " + std::to_string(next) + " (pieces must continue the kept prefix without gaps)");
            ++next;
        }
        Napi::Array ka = kv.As<Napi::Array>(), va = vv.As<Napi::Array>();
        if (ka.Length() != L_.nLayer || va.Length() != L_.nLayer) throw bad("piece " + std::to_string(i) + " has " + std::to_string(ka.Length()) + "/" + std::to_string(va.Length()) + " K/V layers, the context has " + std::to_string(L_.nLayer));
        for (uint32_t l = 0; l < L_.nLayer; ++l) {
            Napi::Value a = ka.Get(l), b = va.Get(l);
            if (!a.IsTypedArray() || !b.IsTypedArray() || a.As<Napi::TypedArray>().TypedArrayType() != napi_uint8_array || b.As<Napi::TypedArray>().TypedArrayType() != napi_uint8_array) {
                throw bad("piece " + std::to_string(i) + " layer " + std::to_string(l) + ": K and V must be Uint8Arrays");
            }
            Napi::Uint8Array ku = a.As<Napi::Uint8Array>(), vu = b.As<Napi::Uint8Array>();
            if (ku.ByteLength() != p.n * kRow || vu.ByteLength() != p.n * vCell) {
                throw bad("piece " + std::to_string(i) + " layer " + std::to_string(l) + ": K/V hold " + std::to_string(ku.ByteLength()) + "/" + std::to_string(vu.ByteLength()) + " bytes, expected " + std::to_string(p.n * kRow) + "/" + std::to_string(p.n * vCell));
            }
            p.k.push_back(ku.Data());
            p.v.push_back(vu.Data());
        }
        Napi::Value cs = po.Get("cosSin");
        if (!cs.IsUndefined() && !cs.IsNull()) {
            if (!cs.IsTypedArray() || cs.As<Napi::TypedArray>().TypedArrayType() != napi_float32_array) throw bad("piece " + std::to_string(i) + ": cosSin must be a Float32Array");
            Napi::Float32Array f = cs.As<Napi::Float32Array>();
            p.cosSin.assign(f.Data(), f.Data() + f.ElementLength());
            p.rotate = true;
            needRope = true;
        }
        pieces.push_back(std::move(p));
    }
    if (uint64_t(next) > L_.contextSize) throw bad(std::to_string(next) + " tokens do not fit the context of " + std::to_string(L_.contextSize));
    auto* w = new InjectWorker(env, this, keep, std::move(pieces), arr);
    if (needRope) {
        if (info.Length() < 3 || !info[2].IsObject()) {
            delete w;
            throw bad("pieces to re-position need rope = {headDim, nRot, neox}");
        }
        Napi::Object r = info[2].As<Napi::Object>();
        w->rope_.headDim = r.Get("headDim").As<Napi::Number>().Uint32Value();
        w->rope_.nRot = r.Get("nRot").As<Napi::Number>().Uint32Value();
        w->rope_.neox = r.Get("neox").ToBoolean().Value();
        const uint32_t elBytes = L_.kType == 0 ? 4 : 2;
        const bool ok = (L_.kType == 0 || L_.kType == 1) && w->rope_.headDim >= 2 && w->rope_.nRot >= 2 && w->rope_.nRot % 2 == 0 &&
                        w->rope_.nRot <= w->rope_.headDim && kRow % (uint64_t(w->rope_.headDim) * elBytes) == 0;
        if (!ok) {
            delete w;
            throw bad("cannot re-position these keys (K type " + std::to_string(L_.kType) + ", headDim " + std::to_string(w->rope_.headDim) + ", nRot " + std::to_string(w->rope_.nRot) + ")");
        }
        for (const Piece& p : w->pieces()) {
            if (p.rotate && p.cosSin.size() < w->rope_.nRot) {
                delete w;
                throw bad("cosSin holds fewer than nRot values");
            }
        }
    }
    Napi::Promise prom = w->promise();
    w->Queue();
    return prom;
}

Napi::Value KvBridge::ExportBlob(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::lock_guard<std::mutex> g(busy_);
    if (!alive()) throw nativeError(env, "KVMESH_NATIVE_USAGE", "the context is disposed");
    SeqBlobView view;
    const std::string err = readSequence(snap_, view);
    if (!err.empty()) {
        snap_.size = 0;
        throw nativeError(env, "KVMESH_NATIVE_READ", err);
    }
    snapView_ = view;
    snapCellOfPos_.clear();  // extract() needs a fresh snapshot()
    const size_t n = snap_.size;
    snap_.size = 0;
    Napi::ArrayBuffer out = Napi::ArrayBuffer::New(env, n);
    std::memcpy(out.Data(), snap_.data.get(), n);
    return out;
}

class KvBridge::ImportWorker : public Napi::AsyncWorker {
   public:
    ImportWorker(Napi::Env env, KvBridge* b, const uint8_t* data, size_t size, uint32_t cells, Napi::Object keepAlive)
        : Napi::AsyncWorker(env, "kvmesh.importBlob"), b_(b), data_(data), size_(size), cells_(cells), deferred_(Napi::Promise::Deferred::New(env)) {
        keepAlive_ = Napi::Persistent(keepAlive);
    }
    Napi::Promise promise() { return deferred_.Promise(); }
    void Execute() override {
        std::lock_guard<std::mutex> g(b_->busy_);
        if (!b_->alive()) {
            err_ = "the context is disposed";
            return;
        }
        SeqBlobView view;
        err_ = parseSeqBlob(data_, size_, b_->L_, view);
        if (err_.empty() && view.cells != cells_) err_ = "the state holds " + std::to_string(view.cells) + " cells, " + std::to_string(cells_) + " tokens were given";
        if (err_.empty()) {
            std::vector<uint8_t> seen(cells_, 0);
            for (int32_t p : view.positions) {
                if (p < 0 || uint32_t(p) >= cells_ || seen[p]) {
                    err_ = "the state's cells are not positions 0.." + std::to_string(int64_t(cells_) - 1) + " once each";
                    break;
                }
                seen[p] = 1;
            }
        }
        if (!err_.empty()) return;  // refused before llama.cpp saw a byte
        const size_t set = b_->syms_->state_seq_set_data_ext(b_->ctx_, data_, size_, b_->seq_, 0);
        if (set != size_) {
            touched_ = true;
            err_ = "llama.cpp refused the state (read " + std::to_string(set) + " of " + std::to_string(size_) + " bytes); the sequence is now empty";
        }
    }
    void OnOK() override {
        keepAlive_.Reset();
        if (!err_.empty()) deferred_.Reject(nativeError(Env(), touched_ ? "KVMESH_NATIVE_REFUSED" : "KVMESH_NATIVE_BLOB", err_, touched_).Value());
        else deferred_.Resolve(Env().Undefined());
    }
    void OnError(const Napi::Error& e) override {
        keepAlive_.Reset();
        deferred_.Reject(e.Value());
    }

   private:
    KvBridge* b_;
    const uint8_t* data_;
    size_t size_;
    uint32_t cells_;
    Napi::ObjectReference keepAlive_;
    Napi::Promise::Deferred deferred_;
    std::string err_;
    bool touched_ = false;
};

// importBlob(bytes: Uint8Array, tokens: number)
Napi::Value KvBridge::ImportBlob(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (info.Length() < 2 || !info[0].IsTypedArray() || info[0].As<Napi::TypedArray>().TypedArrayType() != napi_uint8_array || !info[1].IsNumber()) {
        throw nativeError(env, "KVMESH_NATIVE_USAGE", "importBlob(bytes: Uint8Array, tokens: number)");
    }
    if (!alive()) throw nativeError(env, "KVMESH_NATIVE_USAGE", "the context is disposed");
    Napi::Uint8Array bytes = info[0].As<Napi::Uint8Array>();
    auto* w = new ImportWorker(env, this, bytes.Data(), bytes.ByteLength(), info[1].As<Napi::Number>().Uint32Value(), bytes);
    Napi::Promise p = w->promise();
    w->Queue();
    return p;
}

}  // namespace kvmesh

Napi::Object InitAll(Napi::Env env, Napi::Object exports) { return kvmesh::KvBridge::Init(env, exports); }

NODE_API_MODULE(kvmesh_native, InitAll)
