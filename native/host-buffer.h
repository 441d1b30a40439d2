// Host memory for the KV that kvmesh moves: pinned memory of the GPU that
// holds the KV when there is one (ggml then copies it to the device directly
// instead of through a staging copy), else 2 MiB-aligned memory with
// transparent huge pages asked for (fewer TLB misses). Never shrunk or
// zero-filled: fresh pages cost more than the copies themselves.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "llama-symbols.h"

namespace kvmesh {

// ggml's functions, looked up until found (the libraries load with the first model), then kept; null before.
const GgmlSymbols* ggmlSymbols();

struct PinnedHost {
    GgmlSymbols g;
    void* buft = nullptr;
    std::string device;
    PinnedHost();
};

PinnedHost& pinnedHost();

class HostBuffer {
   public:
    HostBuffer() = default;
    HostBuffer(const HostBuffer&) = delete;
    HostBuffer& operator=(const HostBuffer&) = delete;
    ~HostBuffer() { release(); }
    uint8_t* data() const { return ptr_; }
    size_t size() const { return size_; }
    bool pinned() const { return pinnedBuf_ != nullptr; }
    void setSize(size_t n) { size_ = n; }
    // At least n bytes (contents are not kept when it grows).
    uint8_t* reserve(size_t n);
    void release();

   private:
    uint8_t* ptr_ = nullptr;
    void* pinnedBuf_ = nullptr;
    size_t capacity_ = 0;
    size_t size_ = 0;
};

}  // namespace kvmesh
