#include "llama-symbols.h"

#include <dlfcn.h>
#include <link.h>

#include <cstring>
#include <vector>

namespace kvmesh {

namespace {

int collectGgml(struct dl_phdr_info* info, size_t, void* data) {
    auto* found = static_cast<std::vector<std::string>*>(data);
    const char* name = info->dlpi_name;
    if (name == nullptr || *name == '\0') return 0;
    const char* base = std::strrchr(name, '/');
    base = base ? base + 1 : name;
    if (std::strncmp(base, "libggml", 7) == 0) found->push_back(name);
    return 0;
}

int collect(struct dl_phdr_info* info, size_t, void* data) {
    auto* found = static_cast<std::vector<std::string>*>(data);
    const char* name = info->dlpi_name;
    if (name == nullptr || *name == '\0') return 0;
    const char* base = std::strrchr(name, '/');
    base = base ? base + 1 : name;
    // libllama.so, libllama.v0.4.0.so, libllama.vulkan..., but not libllama-common.
    if (std::strncmp(base, "libllama", 8) == 0 && (base[8] == '.' )) found->push_back(name);
    return 0;
}

template <typename F>
bool bind(void* lib, const char* name, F& slot, std::string& missing) {
    slot = reinterpret_cast<F>(dlsym(lib, name));  // NOLINT: function and object pointers share a representation here (POSIX)
    if (slot == nullptr) missing += std::string(missing.empty() ? "" : ", ") + name;
    return slot != nullptr;
}

}  // namespace

std::string findLlamaSymbols(LlamaSymbols& out) {
    std::vector<std::string> found;
    dl_iterate_phdr(collect, &found);
    if (found.empty()) return "no libllama is loaded in this process (load a model with node-llama-cpp first)";
    if (found.size() > 1) {
        std::string all;
        for (const auto& f : found) all += (all.empty() ? "" : ", ") + f;
        return "more than one libllama is loaded (" + all + "); kvmesh cannot tell which one holds the context";
    }
    // RTLD_NOLOAD: a handle to the copy already in memory, never a second copy.
    void* lib = dlopen(found[0].c_str(), RTLD_NOW | RTLD_NOLOAD);
    if (lib == nullptr) return "dlopen(" + found[0] + ", RTLD_NOLOAD) failed: " + std::string(dlerror());
    std::string missing;
    bind(lib, "llama_state_seq_get_size_ext", out.state_seq_get_size_ext, missing);
    bind(lib, "llama_state_seq_get_data_ext", out.state_seq_get_data_ext, missing);
    bind(lib, "llama_state_seq_set_data_ext", out.state_seq_set_data_ext, missing);
    bind(lib, "llama_n_ctx", out.n_ctx, missing);
    bind(lib, "llama_n_seq_max", out.n_seq_max, missing);
    bind(lib, "llama_get_model", out.get_model, missing);
    bind(lib, "llama_get_memory", out.get_memory, missing);
    bind(lib, "llama_synchronize", out.synchronize, missing);
    bind(lib, "llama_memory_seq_rm", out.memory_seq_rm, missing);
    bind(lib, "_ZN14llama_kv_cache10state_readER15llama_io_read_iij", out.kvCacheStateRead, missing);
    bind(lib, "_ZNK14llama_kv_cache11state_writeER16llama_io_write_iij", out.kvCacheStateWrite, missing);
    // The handle stays open for the life of the process, like the library itself.
    if (!missing.empty()) return found[0] + " lacks " + missing;
    out.path = found[0];
    return "";
}

void findGgmlSymbols(GgmlSymbols& out) {
    std::vector<std::string> found;
    dl_iterate_phdr(collectGgml, &found);
    auto take = [&](const char* name) -> void* {
        for (const auto& f : found) {
            void* lib = dlopen(f.c_str(), RTLD_NOW | RTLD_NOLOAD);
            if (lib == nullptr) continue;
            if (void* s = dlsym(lib, name)) return s;
        }
        return nullptr;
    };
    out.dev_count = reinterpret_cast<size_t (*)()>(take("ggml_backend_dev_count"));
    out.dev_get = reinterpret_cast<void* (*)(size_t)>(take("ggml_backend_dev_get"));
    out.dev_type = reinterpret_cast<int (*)(void*)>(take("ggml_backend_dev_type"));
    out.dev_name = reinterpret_cast<const char* (*)(void*)>(take("ggml_backend_dev_name"));
    out.dev_host_buffer_type = reinterpret_cast<void* (*)(void*)>(take("ggml_backend_dev_host_buffer_type"));
    out.buft_alloc_buffer = reinterpret_cast<void* (*)(void*, size_t)>(take("ggml_backend_buft_alloc_buffer"));
    out.buffer_get_base = reinterpret_cast<void* (*)(void*)>(take("ggml_backend_buffer_get_base"));
    out.buffer_free = reinterpret_cast<void (*)(void*)>(take("ggml_backend_buffer_free"));
    out.buffer_is_host = reinterpret_cast<bool (*)(void*)>(take("ggml_backend_buffer_is_host"));
    out.tensor_set = reinterpret_cast<void (*)(void*, const void*, size_t, size_t)>(take("ggml_backend_tensor_set"));
    out.tensor_get = reinterpret_cast<void (*)(const void*, void*, size_t, size_t)>(take("ggml_backend_tensor_get"));
}

}  // namespace kvmesh
