#include "host-buffer.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <new>

namespace kvmesh {

const GgmlSymbols* ggmlSymbols() {
    static GgmlSymbols g;
    static bool found = false;
    static std::mutex m;
    std::lock_guard<std::mutex> lock(m);
    if (!found) {
        GgmlSymbols s;
        findGgmlSymbols(s);
        if (!s.tensors()) return nullptr;
        g = s;
        found = true;
    }
    return &g;
}

PinnedHost::PinnedHost() {
    if (const GgmlSymbols* s = ggmlSymbols()) g = *s;
    if (!g.complete()) return;
    constexpr int kGpu = 1;  // GGML_BACKEND_DEVICE_TYPE_GPU
    for (size_t i = 0, n = g.dev_count(); i < n; ++i) {
        void* dev = g.dev_get(i);
        if (g.dev_type(dev) != kGpu) continue;
        buft = g.dev_host_buffer_type(dev);
        if (buft) {
            device = g.dev_name(dev);
            break;
        }
    }
}

PinnedHost& pinnedHost() {
    static PinnedHost p;
    return p;
}

void HostBuffer::release() {
    if (pinnedBuf_) pinnedHost().g.buffer_free(pinnedBuf_);
    else std::free(ptr_);
    ptr_ = nullptr;
    pinnedBuf_ = nullptr;
    capacity_ = size_ = 0;
}

uint8_t* HostBuffer::reserve(size_t n) {
    if (n > capacity_) {
        constexpr size_t kHuge = size_t(2) << 20;
        size_t cap = std::max(n, capacity_ + capacity_ / 2);
        cap = (cap + kHuge - 1) / kHuge * kHuge;
        release();
        PinnedHost& ph = pinnedHost();
        if (ph.buft) {
            pinnedBuf_ = ph.g.buft_alloc_buffer(ph.buft, cap);
            if (pinnedBuf_) ptr_ = static_cast<uint8_t*>(ph.g.buffer_get_base(pinnedBuf_));
            if (!ptr_ && pinnedBuf_) {
                ph.g.buffer_free(pinnedBuf_);
                pinnedBuf_ = nullptr;
            }
        }
        if (!ptr_) {
            void* p = nullptr;
            if (posix_memalign(&p, kHuge, cap) != 0) throw std::bad_alloc();
            madvise(p, cap, MADV_HUGEPAGE);
            ptr_ = static_cast<uint8_t*>(p);
        }
        capacity_ = cap;
    }
    size_ = n;
    return ptr_;
}

}  // namespace kvmesh
