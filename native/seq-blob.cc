#include "seq-blob.h"

#include <cstring>

namespace kvmesh {

namespace {

struct Reader {
    const uint8_t* p;
    size_t size;
    size_t pos = 0;
    std::string err;

    template <typename T>
    bool get(T& v, const char* what) {
        if (!err.empty()) return false;
        if (size - pos < sizeof(T)) {
            err = std::string("blob ends inside ") + what + " at byte " + std::to_string(pos);
            return false;
        }
        std::memcpy(&v, p + pos, sizeof(T));
        pos += sizeof(T);
        return true;
    }
    bool skip(uint64_t n, const char* what) {
        if (!err.empty()) return false;
        if (n > size - pos) {
            err = std::string("blob ends inside ") + what + " (needs " + std::to_string(n) + " bytes, " + std::to_string(size - pos) + " left)";
            return false;
        }
        pos += n;
        return true;
    }
};

std::string mismatch(const char* what, uint64_t got, uint64_t want) {
    return std::string(what) + " is " + std::to_string(got) + ", the context has " + std::to_string(want);
}

}  // namespace

std::string parseSeqBlob(const uint8_t* data, size_t size, const KvLayout& L, SeqBlobView& out) {
    Reader r{data, size};
    uint32_t magic = 0, nStream = 0;
    int32_t seq = 0;
    r.get(magic, "magic");
    r.get(seq, "seq_id");
    if (!r.get(nStream, "n_stream")) return r.err;
    if (magic != kSeqMagic) return "bad sequence-state magic";
    if (nStream != L.nStream) return mismatch("n_stream", nStream, L.nStream);
    out = SeqBlobView{};
    for (uint32_t s = 0; s < nStream; ++s) {
        uint32_t cells = 0;
        if (!r.get(cells, "cell_count")) return r.err;
        if (cells == 0) continue;
        if (s != L.stream) return "cells in stream " + std::to_string(s) + ", expected only stream " + std::to_string(L.stream);
        if (cells > L.contextSize) return mismatch("cell_count", cells, L.contextSize);
        out.cells = cells;
        out.positions.resize(cells);
        for (uint32_t c = 0; c < cells; ++c) {
            uint32_t nSeq = 0;
            int32_t sid = 0;
            r.get(out.positions[c], "cell pos");
            r.get(nSeq, "n_seq_id");
            if (!r.get(sid, "seq_id")) return r.err;
            if (nSeq != 1) return "a cell with " + std::to_string(nSeq) + " sequence ids";
        }
        uint32_t vTrans = 0, nLayer = 0;
        r.get(vTrans, "v_trans");
        if (!r.get(nLayer, "n_layer")) return r.err;
        if ((vTrans != 0) != L.vTrans) return mismatch("v_trans", vTrans, L.vTrans);
        if (nLayer != L.nLayer) return mismatch("n_layer", nLayer, L.nLayer);
        out.kOffset.resize(nLayer);
        out.vOffset.resize(nLayer);
        for (uint32_t l = 0; l < nLayer; ++l) {
            int32_t t = 0;
            uint64_t row = 0;
            r.get(t, "k_type");
            if (!r.get(row, "k_row_bytes")) return r.err;
            if (t != L.kType) return mismatch("k_type", uint32_t(t), uint32_t(L.kType));
            if (row != L.kRowBytes) return mismatch("k_row_bytes", row, L.kRowBytes);
            out.kOffset[l] = r.pos;
            if (!r.skip(row * cells, "K")) return r.err;
        }
        for (uint32_t l = 0; l < nLayer; ++l) {
            int32_t t = 0;
            r.get(t, "v_type");
            if (t != L.vType) return mismatch("v_type", uint32_t(t), uint32_t(L.vType));
            if (!L.vTrans) {
                uint64_t row = 0;
                if (!r.get(row, "v_row_bytes")) return r.err;
                if (row != L.vRowBytes) return mismatch("v_row_bytes", row, L.vRowBytes);
            } else {
                uint32_t el = 0, n = 0;
                r.get(el, "v_el_bytes");
                if (!r.get(n, "n_embd_v")) return r.err;
                if (el != L.vElBytes) return mismatch("v_el_bytes", el, L.vElBytes);
                if (n != L.nEmbdV) return mismatch("n_embd_v", n, L.nEmbdV);
            }
            out.vOffset[l] = r.pos;
            if (!r.skip(L.vBytesPerCell() * cells, "V")) return r.err;
        }
    }
    if (r.pos != size) return std::to_string(size - r.pos) + " trailing bytes after the last stream";
    return "";
}

std::string checkPositionsCover(const std::vector<int32_t>& positions, uint32_t n, const char* what) {
    if (positions.size() != n) return std::string(what) + " are " + std::to_string(positions.size()) + " cells, expected " + std::to_string(n);
    std::vector<uint8_t> seen(n, 0);
    for (int32_t p : positions) {
        if (p < 0 || uint32_t(p) >= n || seen[p]) return std::string(what) + " are not positions 0.." + std::to_string(int64_t(n) - 1) + " once each";
        seen[p] = 1;
    }
    return "";
}

}  // namespace kvmesh
