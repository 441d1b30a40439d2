#include "llama-symbols.h"

#include <dlfcn.h>
#include <link.h>

#include <cstring>
#include <vector>

namespace kvmesh {

namespace {

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
    slot = reinterpret_cast<F>(dlsym(lib, name));
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
    // The handle stays open for the life of the process, like the library itself.
    if (!missing.empty()) return found[0] + " lacks " + missing;
    out.path = found[0];
    return "";
}

}  // namespace kvmesh
