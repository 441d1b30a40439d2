// kvmesh's native KV injection path, as a Node addon: puts reused KV into a
// llama.cpp sequence in memory and reads segments out of it, for a context
// node-llama-cpp created. Writing goes through kv-cache-io.h: llama.cpp places
// the cells, kvmesh writes only the new cells' bytes, straight from the
// segments (keys re-positioned on the way); the cells the sequence keeps stay
// where they are. JavaScript hands over views of segment bytes and gets
// timings back; it never builds, parses or validates a whole state.
//
// Reaching node-llama-cpp's context is internal: the JS LlamaContext's `_ctx`
// wraps an AddonContext (shipped header llama/addon/AddonContext.h). The
// constructor proves the layout before it trusts it: the AddonContext's
// `model` field must be the very AddonModel that the JS model wraps, and
// llama.cpp must agree that the context belongs to that model and has the
// expected size; then KvCacheIo::verify() checks the KV cache's vtable.
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
#include "anchor-math.h"
#include "fuser-linear.h"
#include "host-buffer.h"
#include "kv-cache-io.h"
#include "llama-symbols.h"
#include "rope-shift.h"
#include "seq-blob.h"

namespace kvmesh {

namespace {


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
// Pinned host memory of the GPU that holds the KV, when there is one: ggml
// then copies it to the device directly instead of through a staging copy.
}  // namespace

class KvBridge : public Napi::ObjectWrap<KvBridge> {
   public:
    static Napi::Object Init(Napi::Env env, Napi::Object exports) {
        Napi::Function cls = DefineClass(env, "KvBridge", {
            InstanceMethod("extract", &KvBridge::Extract),
            InstanceMethod("inject", &KvBridge::Inject),
            InstanceMethod("exportBlob", &KvBridge::ExportBlob),
            InstanceMethod("importBlob", &KvBridge::ImportBlob),
            InstanceMethod("dispose", &KvBridge::Dispose),
        });
        exports.Set("KvBridge", cls);
        exports.Set("info", Napi::Function::New(env, &KvBridge::Info));
        exports.Set("ropeCopy", Napi::Function::New(env, &KvBridge::RopeCopyForTest));
        exports.Set("anchorMath", Napi::Boolean::New(env, anchorMathAvailable()));
        exports.Set("anchorDist", Napi::Function::New(env, &AnchorDist));
        exports.Set("anchorApply", Napi::Function::New(env, &AnchorApply));
        exports.Set("fuserLinear", Napi::Boolean::New(env, fuserLinearAvailable()));
        exports.Set("fuserLinearF32", Napi::Function::New(env, &FuserLinear));
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
        const GgmlSymbols* ggml = ggmlSymbols();
        if (!ggml) {
            nativeError(env, "KVMESH_NATIVE_UNAVAILABLE", "ggml's tensor functions are not found in the loaded libggml").ThrowAsJavaScriptException();
            return;
        }
        io_ = std::make_unique<KvCacheIo>(syms_, ggml, ctx_, seq_, L_);
        const std::string bad = io_->verify();
        if (!bad.empty()) {
            nativeError(env, "KVMESH_NATIVE_LAYOUT", bad).ThrowAsJavaScriptException();
            return;
        }
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
        // Only once a model is loaded (before, ggml's libraries are not there to ask).
        const bool loaded = s != nullptr && ggmlSymbols() != nullptr;
        o.Set("pinnedHostMemory", loaded && pinnedHost().buft ? Napi::Value(Napi::String::New(env, pinnedHost().device)) : env.Null());
        return o;
    }

    // Typed-array arguments of the anchor passes, checked: a wrong length never reads out of bounds.
    template <typename T, napi_typedarray_type K>
    static T* typed(Napi::Env env, Napi::Value v, size_t need, const char* what) {
        if (!v.IsTypedArray() || v.As<Napi::TypedArray>().TypedArrayType() != K) throw nativeError(env, "KVMESH_NATIVE_USAGE", std::string(what) + " has the wrong type");
        // napi_get_typedarray_info's data pointer works for SharedArrayBuffer views too (ArrayBuffer() would not).
        napi_typedarray_type type;
        size_t length = 0;
        void* data = nullptr;
        if (napi_get_typedarray_info(env, v, &type, &length, &data, nullptr, nullptr) != napi_ok) throw nativeError(env, "KVMESH_NATIVE_USAGE", std::string(what) + " is unreadable");
        if (length < need) throw nativeError(env, "KVMESH_NATIVE_USAGE", std::string(what) + " holds " + std::to_string(length) + " values, needs " + std::to_string(need));
        return static_cast<T*>(data);
    }
    template <typename T, napi_typedarray_type K>
    static std::vector<const T*> typedList(Napi::Env env, Napi::Value v, size_t need, const char* what) {
        if (!v.IsArray()) throw nativeError(env, "KVMESH_NATIVE_USAGE", std::string(what) + " must be an array");
        Napi::Array a = v.As<Napi::Array>();
        if (a.Length() < 1 || a.Length() > 64) throw nativeError(env, "KVMESH_NATIVE_USAGE", std::string(what) + ": 1 to 64 anchors");
        std::vector<const T*> out;
        for (uint32_t i = 0; i < a.Length(); ++i) out.push_back(typed<T, K>(env, a.Get(i), need, what));
        return out;
    }
    // anchorDist(x: Float32Array, bases: Uint16Array[], P, row, dist: Float64Array, threads)
    static Napi::Value AnchorDist(const Napi::CallbackInfo& info) {
        Napi::Env env = info.Env();
        if (info.Length() < 6) throw nativeError(env, "KVMESH_NATIVE_USAGE", "anchorDist(x, bases, P, row, dist, threads)");
        const uint32_t P = info[2].As<Napi::Number>().Uint32Value(), row = info[3].As<Napi::Number>().Uint32Value();
        const size_t n = size_t(P) * row;
        const float* x = typed<float, napi_float32_array>(env, info[0], n, "x");
        auto bases = typedList<uint16_t, napi_uint16_array>(env, info[1], n, "bases");
        double* dist = typed<double, napi_float64_array>(env, info[4], size_t(P) * bases.size(), "dist");
        anchorDistF16(x, bases.data(), uint32_t(bases.size()), P, row, dist, info[5].As<Napi::Number>().Uint32Value());
        return env.Undefined();
    }
    // fuserLinearF32(w, b, x, out: Float32Array, nTok, nOut, nIn): out[t] = W x[t] + b (C2C fuser layers)
    static Napi::Value FuserLinear(const Napi::CallbackInfo& info) {
        Napi::Env env = info.Env();
        if (info.Length() < 7) throw nativeError(env, "KVMESH_NATIVE_USAGE", "fuserLinearF32(w, b, x, out, nTok, nOut, nIn)");
        if (!fuserLinearAvailable()) throw nativeError(env, "KVMESH_NATIVE_USAGE", "fuserLinearF32 needs AVX2 and FMA");
        const size_t nTok = info[4].As<Napi::Number>().Uint32Value(), nOut = info[5].As<Napi::Number>().Uint32Value(),
                     nIn = info[6].As<Napi::Number>().Uint32Value();
        const float* w = typed<float, napi_float32_array>(env, info[0], nOut * nIn, "w");
        const float* b = typed<float, napi_float32_array>(env, info[1], nOut, "b");
        const float* x = typed<float, napi_float32_array>(env, info[2], nTok * nIn, "x");
        float* out = typed<float, napi_float32_array>(env, info[3], nTok * nOut, "out");
        fuserLinearF32(w, b, x, out, nTok, nOut, nIn);
        return env.Undefined();
    }
    // anchorApply(x: Float32Array, out: Float32Array, deltas: Uint16Array[], weights: Float32Array[], P, row, spread: Float64Array, threads)
    static Napi::Value AnchorApply(const Napi::CallbackInfo& info) {
        Napi::Env env = info.Env();
        if (info.Length() < 8) throw nativeError(env, "KVMESH_NATIVE_USAGE", "anchorApply(x, out, deltas, weights, P, row, spread, threads)");
        const uint32_t P = info[4].As<Napi::Number>().Uint32Value(), row = info[5].As<Napi::Number>().Uint32Value();
        const size_t n = size_t(P) * row;
        const float* x = typed<float, napi_float32_array>(env, info[0], n, "x");
        float* out = typed<float, napi_float32_array>(env, info[1], n, "out");
        auto deltas = typedList<uint16_t, napi_uint16_array>(env, info[2], n, "deltas");
        auto weights = typedList<float, napi_float32_array>(env, info[3], P, "weights");
        if (weights.size() != deltas.size()) throw nativeError(env, "KVMESH_NATIVE_USAGE", "one weight array per delta");
        double* spread = typed<double, napi_float64_array>(env, info[6], P, "spread");
        anchorApplyF16(x, out, deltas.data(), weights.data(), uint32_t(deltas.size()), P, row, spread, info[7].As<Napi::Number>().Uint32Value());
        return env.Undefined();
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
        snap_.release();
        if (!ctxRef_.IsEmpty()) ctxRef_.Reset();
        return info.Env().Undefined();
    }

    // K and V of positions [start, end) as the sequence holds them now, as one ArrayBuffer.
    Napi::Value Extract(const Napi::CallbackInfo& info);
    // Makes the sequence hold its first `keep` cells plus the pieces.
    Napi::Value Inject(const Napi::CallbackInfo& info);

    // The sequence's raw state (llama_state_seq_get_data_ext's bytes), as an ArrayBuffer copy.
    Napi::Value ExportBlob(const Napi::CallbackInfo& info);
    // Loads raw state bytes after checking every field against the context (never hands llama.cpp unchecked bytes).
    Napi::Value ImportBlob(const Napi::CallbackInfo& info);

    class ExtractWorker;
    class InjectWorker;
    class ImportWorker;

    // Reads the live sequence into `buf`; "" or why not.
    std::string readSequence(HostBuffer& buf, SeqBlobView& view) {
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

    std::unique_ptr<KvCacheIo> io_;
    HostBuffer snap_;  // raw state bytes for exportBlob
};

class KvBridge::ExtractWorker : public Napi::AsyncWorker {
   public:
    ExtractWorker(Napi::Env env, KvBridge* b, int32_t start, int32_t end)
        : Napi::AsyncWorker(env, "kvmesh.extract"), b_(b), start_(start), end_(end), deferred_(Napi::Promise::Deferred::New(env)) {}
    Napi::Promise promise() { return deferred_.Promise(); }
    void Execute() override {
        std::lock_guard<std::mutex> g(b_->busy_);
        if (!b_->alive()) {
            err_ = "the context is disposed";
            return;
        }
        const KvLayout& L = b_->L_;
        CacheMap m;
        err_ = b_->io_->locate(m);
        if (!err_.empty()) return;
        const size_t n = size_t(end_ - start_);
        out_.reset(static_cast<uint8_t*>(std::malloc(std::max<size_t>(1, size_t(L.nLayer) * n * (L.kRowBytes + L.vBytesPerCell())))));
        if (!out_) {
            err_ = "out of memory";
            return;
        }
        err_ = b_->io_->extract(m, start_, end_, out_.get());
    }
    void OnOK() override {
        Napi::Env env = Env();
        if (!err_.empty()) {
            deferred_.Reject(nativeError(env, "KVMESH_NATIVE_RANGE", err_).Value());
            return;
        }
        const KvLayout& L = b_->L_;
        const size_t len = size_t(L.nLayer) * size_t(end_ - start_) * (L.kRowBytes + L.vBytesPerCell());
        uint8_t* data = out_.release();
        deferred_.Resolve(Napi::ArrayBuffer::New(env, data, len, [](Napi::Env, void* p) { std::free(p); }));
    }
    void OnError(const Napi::Error& e) override { deferred_.Reject(e.Value()); }

   private:
    struct Free {
        void operator()(uint8_t* p) const { std::free(p); }
    };
    KvBridge* b_;
    int32_t start_, end_;
    std::unique_ptr<uint8_t, Free> out_;
    Napi::Promise::Deferred deferred_;
    std::string err_;
};

Napi::Value KvBridge::Extract(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (info.Length() < 2 || !info[0].IsNumber() || !info[1].IsNumber()) throw nativeError(env, "KVMESH_NATIVE_USAGE", "extract(start, end)");
    const int64_t start = info[0].As<Napi::Number>().Int64Value();
    const int64_t end = info[1].As<Napi::Number>().Int64Value();
    if (start < 0 || end <= start || end > int64_t(L_.contextSize)) {
        throw nativeError(env, "KVMESH_NATIVE_RANGE", "positions [" + std::to_string(start) + ", " + std::to_string(end) + ") are not a range of the context");
    }
    auto* w = new ExtractWorker(env, this, int32_t(start), int32_t(end));
    Napi::Promise p = w->promise();
    w->Queue();
    return p;
}

struct OwnedPiece {
    PieceView view;
    std::vector<float> cosSin;
};

class KvBridge::InjectWorker : public Napi::AsyncWorker {
   public:
    InjectWorker(Napi::Env env, KvBridge* b, uint32_t keep, std::vector<OwnedPiece> pieces, RopeShape rope, Napi::Object keepAlive)
        : Napi::AsyncWorker(env, "kvmesh.inject"), b_(b), keep_(keep), pieces_(std::move(pieces)), rope_(rope), deferred_(Napi::Promise::Deferred::New(env)) {
        keepAlive_ = Napi::Persistent(keepAlive);  // the segment bytes stay reachable until we are done
        for (OwnedPiece& p : pieces_) {
            if (!p.cosSin.empty()) p.view.cosSin = p.cosSin.data();
        }
    }
    Napi::Promise promise() { return deferred_.Promise(); }

    void Execute() override {
        std::lock_guard<std::mutex> g(b_->busy_);
        if (!b_->alive()) {
            err_ = "the context is disposed";
            return;
        }
        std::vector<PieceView> views;
        for (const OwnedPiece& p : pieces_) views.push_back(p.view);
        err_ = b_->io_->inject(keep_, views, rope_, b_->threads_, times_, touched_);
    }
    void OnOK() override {
        Napi::Env env = Env();
        keepAlive_.Reset();
        if (!err_.empty()) {
            deferred_.Reject(nativeError(env, touched_ ? "KVMESH_NATIVE_REFUSED" : "KVMESH_NATIVE_READ", err_, touched_).Value());
            return;
        }
        Napi::Object o = Napi::Object::New(env);
        o.Set("bytes", Napi::Number::New(env, double(times_.bytes)));
        o.Set("readMs", Napi::Number::New(env, times_.locateMs));
        o.Set("assembleMs", Napi::Number::New(env, times_.metaMs));
        o.Set("ropeMs", Napi::Number::New(env, times_.ropeMs));
        o.Set("setMs", Napi::Number::New(env, times_.copyMs));
        o.Set("prefixInPlace", Napi::Boolean::New(env, times_.prefixInPlace));
        deferred_.Resolve(o);
    }
    void OnError(const Napi::Error& e) override {
        keepAlive_.Reset();
        deferred_.Reject(e.Value());
    }

   private:
    KvBridge* b_;
    uint32_t keep_;
    std::vector<OwnedPiece> pieces_;
    RopeShape rope_;
    Napi::ObjectReference keepAlive_;
    Napi::Promise::Deferred deferred_;
    std::string err_;
    bool touched_ = false;
    InjectTimes times_;
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
    std::vector<OwnedPiece> pieces;
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
        OwnedPiece p;
        Napi::Int32Array pos = posv.As<Napi::Int32Array>();
        p.view.n = uint32_t(pos.ElementLength());
        if (p.view.n == 0) throw bad("piece " + std::to_string(i) + " is empty");
        for (uint32_t t = 0; t < p.view.n; ++t) {
            if (pos[t] != next) throw bad("piece " + std::to_string(i) + " token " + std::to_string(t) + " sits at position " + std::to_string(pos[t]) + ", expected " + std::to_string(next) + " (pieces must continue the kept prefix without gaps)");
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
            if (ku.ByteLength() != p.view.n * kRow || vu.ByteLength() != p.view.n * vCell) {
                throw bad("piece " + std::to_string(i) + " layer " + std::to_string(l) + ": K/V hold " + std::to_string(ku.ByteLength()) + "/" + std::to_string(vu.ByteLength()) + " bytes, expected " + std::to_string(p.view.n * kRow) + "/" + std::to_string(p.view.n * vCell));
            }
            p.view.k.push_back(ku.Data());
            p.view.v.push_back(vu.Data());
        }
        Napi::Value cs = po.Get("cosSin");
        if (!cs.IsUndefined() && !cs.IsNull()) {
            if (!cs.IsTypedArray() || cs.As<Napi::TypedArray>().TypedArrayType() != napi_float32_array) throw bad("piece " + std::to_string(i) + ": cosSin must be a Float32Array");
            Napi::Float32Array f = cs.As<Napi::Float32Array>();
            p.cosSin.assign(f.Data(), f.Data() + f.ElementLength());
            needRope = true;
        }
        pieces.push_back(std::move(p));
    }
    if (uint64_t(next) > L_.contextSize) throw bad(std::to_string(next) + " tokens do not fit the context of " + std::to_string(L_.contextSize));
    RopeShape rope;
    if (needRope) {
        if (info.Length() < 3 || !info[2].IsObject()) throw bad("pieces to re-position need rope = {headDim, nRot, neox}");
        Napi::Object r = info[2].As<Napi::Object>();
        rope.headDim = r.Get("headDim").As<Napi::Number>().Uint32Value();
        rope.nRot = r.Get("nRot").As<Napi::Number>().Uint32Value();
        rope.neox = r.Get("neox").ToBoolean().Value();
        const uint32_t elBytes = L_.kType == 0 ? 4 : 2;
        const bool ok = (L_.kType == 0 || L_.kType == 1) && rope.headDim >= 2 && rope.nRot >= 2 && rope.nRot % 2 == 0 && rope.nRot <= rope.headDim &&
                        kRow % (uint64_t(rope.headDim) * elBytes) == 0;
        if (!ok) throw bad("cannot re-position these keys (K type " + std::to_string(L_.kType) + ", headDim " + std::to_string(rope.headDim) + ", nRot " + std::to_string(rope.nRot) + ")");
        for (const OwnedPiece& p : pieces) {
            if (!p.cosSin.empty() && p.cosSin.size() < rope.nRot) throw bad("cosSin holds fewer than nRot values");
        }
    }
    auto* w = new InjectWorker(env, this, keep, std::move(pieces), rope, arr);
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
        snap_.setSize(0);
        throw nativeError(env, "KVMESH_NATIVE_READ", err);
    }
    const size_t n = snap_.size();
    snap_.setSize(0);
    Napi::ArrayBuffer out = Napi::ArrayBuffer::New(env, n);
    std::memcpy(out.Data(), snap_.data(), n);
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
        if (err_.empty()) err_ = checkPositionsCover(view.positions, cells_, "the state's cells (one per token given)");
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
