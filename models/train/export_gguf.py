"""Write a trained kvmesh checkpoint as a GGUF v3 file (llama architecture, SPM tokenizer).

Own writer, no gguf-py dependency. Layout (all little-endian):
  "GGUF" u32 version=3, u64 n_tensors, u64 n_kv
  kv*:      gguf_string key, u32 type, value           (string = u64 len + utf-8 bytes)
  tensor*:  gguf_string name, u32 n_dims, u64 ne[n_dims] (ne[0] innermost), u32 ggml_type, u64 offset
  padding to general.alignment (32), then tensor data, each tensor padded to 32.

Usage: python3 export_gguf.py CKPT.pt TOKENIZER.vocab.json OUT.gguf
"""
from __future__ import annotations

import struct
import sys

import numpy as np

GGUF_MAGIC = b"GGUF"
GGUF_VERSION = 3
ALIGN = 32

# gguf metadata value types
T_UINT8, T_INT8, T_UINT16, T_INT16, T_UINT32, T_INT32, T_FLOAT32, T_BOOL, T_STRING, T_ARRAY, T_UINT64, T_INT64, T_FLOAT64 = range(13)
# ggml tensor types
GGML_F32, GGML_F16 = 0, 1
# llama.cpp token types
TOK_NORMAL, TOK_UNKNOWN, TOK_CONTROL, TOK_USER_DEFINED, TOK_UNUSED, TOK_BYTE = 1, 2, 3, 4, 5, 6


def _str(s: str) -> bytes:
    b = s.encode("utf-8")
    return struct.pack("<Q", len(b)) + b


_SCALAR = {T_UINT8: "<B", T_INT8: "<b", T_UINT16: "<H", T_INT16: "<h", T_UINT32: "<I", T_INT32: "<i",
           T_FLOAT32: "<f", T_BOOL: "<?", T_UINT64: "<Q", T_INT64: "<q", T_FLOAT64: "<d"}


def _value(vtype: int, v) -> bytes:
    if vtype == T_STRING:
        return _str(v)
    return struct.pack(_SCALAR[vtype], v)


class GGUFWriter:
    def __init__(self):
        self.kv: list[tuple[str, int, object, int | None]] = []
        self.tensors: list[tuple[str, np.ndarray, int]] = []

    def add(self, key: str, vtype: int, value):
        self.kv.append((key, vtype, value, None))

    def add_array(self, key: str, elem_type: int, values):
        self.kv.append((key, T_ARRAY, list(values), elem_type))

    def add_tensor(self, name: str, data: np.ndarray, ggml_type: int):
        """data in torch/numpy row-major order; GGUF dims are written reversed (ne[0] = last axis)."""
        dtype = np.float16 if ggml_type == GGML_F16 else np.float32
        self.tensors.append((name, np.ascontiguousarray(data.astype(dtype)), ggml_type))

    def write(self, path: str):
        head = bytearray()
        head += GGUF_MAGIC + struct.pack("<IQQ", GGUF_VERSION, len(self.tensors), len(self.kv))
        for key, vtype, value, elem in self.kv:
            head += _str(key) + struct.pack("<I", vtype)
            if vtype == T_ARRAY:
                head += struct.pack("<IQ", elem, len(value))
                if elem == T_STRING:
                    for s in value:
                        head += _str(s)
                else:
                    head += np.asarray(value, dtype=np.dtype(_SCALAR[elem])).tobytes()
            else:
                head += _value(vtype, value)
        offset = 0
        offsets = []
        for name, arr, gtype in self.tensors:
            ne = list(reversed(arr.shape))
            head += _str(name) + struct.pack("<I", len(ne)) + struct.pack(f"<{len(ne)}Q", *ne)
            head += struct.pack("<IQ", gtype, offset)
            offsets.append(offset)
            offset += (arr.nbytes + ALIGN - 1) // ALIGN * ALIGN
        pad = (-len(head)) % ALIGN
        head += b"\0" * pad
        with open(path, "wb") as f:
            f.write(head)
            for (name, arr, gtype), off in zip(self.tensors, offsets):
                f.write(arr.tobytes())
                f.write(b"\0" * ((-arr.nbytes) % ALIGN))


def tokenizer_vocab(vocab_json_path: str):
    """Reads the vocabulary sidecar written by train_tokenizer.py next to the SentencePiece model
    (tokens, scores, llama.cpp token types, special ids, normalizer settings), so that export needs
    neither sentencepiece nor protobuf."""
    import json
    v = json.load(open(vocab_json_path, encoding="utf-8"))
    info = {k: v[k] for k in ("bos", "eos", "unk", "pad", "eot", "add_dummy_prefix", "normalization",
                              "remove_extra_whitespaces")}
    return v["tokens"], v["scores"], v["types"], info


def export(cfg: dict, tensors: list[tuple[str, np.ndarray]], vocab_json_path: str, out_path: str,
           name: str | None = None, description: str = ""):
    tokens, scores, types, info = tokenizer_vocab(vocab_json_path)
    assert len(tokens) == cfg["vocab_size"], (len(tokens), cfg["vocab_size"])
    assert info["normalization"] == "identity" and not info["remove_extra_whitespaces"], info
    w = GGUFWriter()
    w.add("general.architecture", T_STRING, "llama")
    w.add("general.name", T_STRING, name or cfg["name"])
    if description:
        w.add("general.description", T_STRING, description)
    w.add("general.license", T_STRING, "MIT")
    w.add("general.file_type", T_UINT32, 1)  # LLAMA_FTYPE_MOSTLY_F16
    w.add("general.alignment", T_UINT32, ALIGN)
    head_dim = cfg["dim"] // cfg["n_heads"]
    w.add("llama.vocab_size", T_UINT32, cfg["vocab_size"])
    w.add("llama.context_length", T_UINT32, cfg["context_length"])
    w.add("llama.embedding_length", T_UINT32, cfg["dim"])
    w.add("llama.block_count", T_UINT32, cfg["n_layers"])
    w.add("llama.feed_forward_length", T_UINT32, cfg["ffn_dim"])
    w.add("llama.attention.head_count", T_UINT32, cfg["n_heads"])
    w.add("llama.attention.head_count_kv", T_UINT32, cfg["n_kv_heads"])
    w.add("llama.attention.layer_norm_rms_epsilon", T_FLOAT32, cfg["rms_eps"])
    w.add("llama.rope.freq_base", T_FLOAT32, cfg["rope_base"])
    w.add("llama.rope.dimension_count", T_UINT32, head_dim)
    w.add("tokenizer.ggml.model", T_STRING, "llama")
    w.add_array("tokenizer.ggml.tokens", T_STRING, tokens)
    w.add_array("tokenizer.ggml.scores", T_FLOAT32, scores)
    w.add_array("tokenizer.ggml.token_type", T_INT32, types)
    w.add("tokenizer.ggml.bos_token_id", T_UINT32, info["bos"])
    w.add("tokenizer.ggml.eos_token_id", T_UINT32, info["eos"])
    w.add("tokenizer.ggml.unknown_token_id", T_UINT32, info["unk"])
    if info["eot"] >= 0:
        w.add("tokenizer.ggml.eot_token_id", T_UINT32, info["eot"])
    if info["pad"] >= 0:
        w.add("tokenizer.ggml.padding_token_id", T_UINT32, info["pad"])
    w.add("tokenizer.ggml.add_bos_token", T_BOOL, True)
    w.add("tokenizer.ggml.add_eos_token", T_BOOL, False)
    w.add("tokenizer.ggml.add_space_prefix", T_BOOL, info["add_dummy_prefix"])
    for tname, arr in tensors:
        arr = np.asarray(arr, dtype=np.float32)
        w.add_tensor(tname, arr, GGML_F32 if arr.ndim == 1 else GGML_F16)
    w.write(out_path)


def export_checkpoint(ckpt_path: str, vocab_json_path: str, out_path: str):
    import torch
    from model import Llama, ModelConfig, gguf_tensors
    kw = {"weights_only": False} if hasattr(torch, "compiler") else {}
    ck = torch.load(ckpt_path, map_location="cpu", **kw)
    cfg = ModelConfig(**ck["config"])
    m = Llama(cfg)
    m.load_state_dict(ck["model"])
    tensors = [(n, t.float().numpy()) for n, t in gguf_tensors(m)]
    export(cfg.to_dict(), tensors, vocab_json_path, out_path, description=ck.get("description", ""))


if __name__ == "__main__":
    export_checkpoint(sys.argv[1], sys.argv[2], sys.argv[3])
