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
    std::string path;  // the library the symbols came from
};

// Finds the loaded libllama (exactly one must be loaded) and its symbols.
// Returns an empty string on success, otherwise why not.
std::string findLlamaSymbols(LlamaSymbols& out);

}  // namespace kvmesh
