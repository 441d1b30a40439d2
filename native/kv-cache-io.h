// Reading and writing one sequence's cells in llama.cpp's KV cache without
// moving the rest: llama.cpp's own llama_kv_cache::state_write/state_read do
// the cell bookkeeping (which cells, which positions, which tensors), talking
// to an io object that kvmesh supplies. Writing, the io hands llama.cpp the
// cell metadata and only records where each run of K and V must go; kvmesh
// then fills those runs itself, straight from the segments (keys rotated on
// the way), in parallel, leaving the cells the sequence keeps where they are.
// Reading, the io records where the cells are, and only the cells asked for
// are copied out.
//
// The io interfaces and the memory interface are internal to llama.cpp
// (src/llama-io.h, src/llama-memory.h of the exact release node-llama-cpp
// 3.21.1 ships); verify() proves, before any call through them, that the
// context's memory object is a llama_kv_cache whose vtable slots hold that
// class's exported state_read/state_write.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "host-buffer.h"
#include "llama-symbols.h"
#include "rope-shift.h"
#include "seq-blob.h"

struct ggml_tensor;
struct llama_context;

namespace kvmesh {

// One run of cells in one tensor, as llama.cpp lists it.
struct TensorRun {
    ggml_tensor* tensor = nullptr;
    size_t offset = 0;
    size_t size = 0;
};

// Where a sequence's cells are: per logical cell (the order llama.cpp lists
// them), its position and its cell index; per layer, the runs of K and V.
struct CacheMap {
    uint32_t cells = 0;
    std::vector<int32_t> positions;
    std::vector<uint32_t> cellIndex;
    std::vector<std::vector<TensorRun>> k, v;  // per layer; V transposed: all rows' runs, row after row
    uint64_t vStreamCells = 0;                  // cells per transposed V row (the stream's size)
};

// A segment's bytes for the cells it fills ([token][row] per layer; V never transposed).
struct PieceView {
    std::vector<const uint8_t*> k, v;
    uint32_t n = 0;
    const float* cosSin = nullptr;  // rotate keys by this table when set
};

struct RopeShape {
    uint32_t headDim = 0, nRot = 0;
    bool neox = false;
};

struct InjectTimes {
    double locateMs = 0;  // finding (and, if they must move, reading) the kept cells
    double metaMs = 0;    // llama.cpp placing the cells (state_read with metadata only)
    double ropeMs = 0;    // writing re-positioned keys
    double copyMs = 0;    // writing everything else
    size_t bytes = 0;     // KV bytes written into the cache
    bool prefixInPlace = true;
};

class KvCacheIo {
   public:
    KvCacheIo(const LlamaSymbols* syms, const GgmlSymbols* ggml, llama_context* ctx, int32_t seq, const KvLayout& layout);

    // "" when the memory object and its vtable are what this code was built against.
    std::string verify();
    // Where the sequence's cells are now (waits for llama.cpp's queued work first).
    std::string locate(CacheMap& out);
    // K then V of positions [start, end) into `out` (nLayer * n * kRow + nLayer * n * vCell bytes).
    std::string extract(const CacheMap& m, int32_t start, int32_t end, uint8_t* out);
    // Makes the sequence hold its first `keep` cells (left in place) plus the pieces after them.
    // `touched` tells whether llama.cpp's sequence changed (on failure it is then emptied).
    std::string inject(uint32_t keep, const std::vector<PieceView>& pieces, const RopeShape& rope, unsigned threads, InjectTimes& t, bool& touched);

   private:
    std::string parseRuns(const std::vector<uint8_t>& meta, const std::vector<std::pair<size_t, TensorRun>>& runs, CacheMap& out);
    std::vector<uint8_t> buildMeta(const std::vector<int32_t>& positions) const;
    bool isHost(const ggml_tensor* t) const;

    const LlamaSymbols* syms_;
    const GgmlSymbols* ggml_;
    llama_context* ctx_;
    int32_t seq_;
    KvLayout L_;
    void* mem_ = nullptr;  // llama_memory_i*
    std::vector<uint8_t> prefixScratch_;
    HostBuffer stage_;  // rotated or gathered bytes on their way to a device tensor (pinned where possible)
};

}  // namespace kvmesh
