// The llama.cpp functions kvmesh calls, found at run time in the libllama that
// node-llama-cpp already loaded (its file name differs per backend: CPU,
// Vulkan, CUDA), so this addon links against none of them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

struct llama_context;
struct llama_model;

namespace kvmesh {

struct LlamaSymbols {
    size_t (*state_seq_get_size_ext)(llama_context*, int32_t, uint32_t) = nullptr;
    size_t (*state_seq_get_data_ext)(llama_context*, uint8_t*, size_t, int32_t, uint32_t) = nullptr;
    size_t (*state_seq_set_data_ext)(llama_context*, const uint8_t*, size_t, int32_t, uint32_t) = nullptr;
    uint32_t (*n_ctx)(const llama_context*) = nullptr;
    uint32_t (*n_seq_max)(const llama_context*) = nullptr;
    const llama_model* (*get_model)(const llama_context*) = nullptr;
    void* (*get_memory)(const llama_context*) = nullptr;
    void (*synchronize)(llama_context*) = nullptr;
    bool (*memory_seq_rm)(void*, int32_t, int32_t, int32_t) = nullptr;
    // Addresses of llama_kv_cache's own state_read/state_write (exported C++
    // methods), to prove that the memory object's vtable slots hold them
    // before kvmesh calls through it.
    void* kvCacheStateRead = nullptr;
    void* kvCacheStateWrite = nullptr;
    std::string path;  // the library the symbols came from
};

// ggml's backend registry and buffers, for pinned host memory on the GPU the
// KV lives on (copies from pinned memory go straight to the device). All
// optional: without them kvmesh uses ordinary memory.
struct GgmlSymbols {
    size_t (*dev_count)() = nullptr;
    void* (*dev_get)(size_t) = nullptr;
    int (*dev_type)(void*) = nullptr;
    const char* (*dev_name)(void*) = nullptr;
    void* (*dev_host_buffer_type)(void*) = nullptr;
    void* (*buft_alloc_buffer)(void*, size_t) = nullptr;
    void* (*buffer_get_base)(void*) = nullptr;
    void (*buffer_free)(void*) = nullptr;
    bool (*buffer_is_host)(void*) = nullptr;
    void (*tensor_set)(void* tensor, const void* data, size_t offset, size_t size) = nullptr;
    void (*tensor_get)(const void* tensor, void* data, size_t offset, size_t size) = nullptr;
    bool complete() const { return dev_count && dev_get && dev_type && dev_name && dev_host_buffer_type && buft_alloc_buffer && buffer_get_base && buffer_free; }
    bool tensors() const { return buffer_is_host && tensor_set && tensor_get; }
};

// Looks the ggml symbols up in the loaded libggml*.so files.
void findGgmlSymbols(GgmlSymbols& out);

// Finds the loaded libllama (exactly one must be loaded) and its symbols.
// Returns an empty string on success, otherwise why not.
std::string findLlamaSymbols(LlamaSymbols& out);

}  // namespace kvmesh
