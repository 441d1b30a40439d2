// llama.cpp's in-memory sequence state ("seq blob"), as
// llama_state_seq_get_data_ext writes it and llama_state_seq_set_data_ext
// reads it (llama.cpp v0.4.0, node-llama-cpp 3.21.1; little-endian):
//
//   u32 magic 0xaf143cd8; i32 seq_id; u32 n_stream
//   per stream: u32 cell_count; if > 0:
//     per cell: i32 pos; u32 n_seq_id (1); i32 seq_id
//     u32 v_trans; u32 n_layer
//     per layer: i32 k_type; u64 k_row_bytes; K[cell][k_row_bytes]
//     v_trans == 0, per layer: i32 v_type; u64 v_row_bytes; V[cell][v_row_bytes]
//     v_trans == 1, per layer: i32 v_type; u32 el_bytes; u32 n_embd_v; V[n_embd_v][cell][el_bytes]
//
// The same body as a state file's, behind a different header. kvmesh checks
// every field against the context's layout before it writes a blob and after
// it reads one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace kvmesh {

constexpr uint32_t kSeqMagic = 0xaf143cd8u;

// What the context's KV cache looks like (from the profile kvmesh probed).
struct KvLayout {
    uint32_t nStream = 0;
    uint32_t stream = 0;  // the stream this sequence's cells live in
    uint32_t nLayer = 0;
    int32_t kType = 0;
    int32_t vType = 0;
    uint64_t kRowBytes = 0;
    bool vTrans = false;
    uint64_t vRowBytes = 0;  // when !vTrans
    uint32_t vElBytes = 0;   // when vTrans
    uint32_t nEmbdV = 0;     // when vTrans
    uint32_t contextSize = 0;

    uint64_t vBytesPerCell() const { return vTrans ? uint64_t(vElBytes) * nEmbdV : vRowBytes; }
};

// A parsed blob: offsets into the bytes, which stay owned by the caller.
struct SeqBlobView {
    uint32_t cells = 0;
    std::vector<int32_t> positions;   // per cell, in cache order
    std::vector<size_t> kOffset;      // per layer: first K byte
    std::vector<size_t> vOffset;      // per layer: first V byte
};

// Parses and checks a blob against `layout`. Returns "" or why it does not match.
std::string parseSeqBlob(const uint8_t* data, size_t size, const KvLayout& layout, SeqBlobView& out);

// "" when `positions` are 0..n-1, each once (in any order); else why not.
std::string checkPositionsCover(const std::vector<int32_t>& positions, uint32_t n, const char* what);

}  // namespace kvmesh
