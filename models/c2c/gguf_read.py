"""Minimal GGUF v3 reader (f32/f16 tensors only, the shipped models' types): no gguf-py dependency.

read_gguf(path) -> (meta, tensors): meta maps keys to values (arrays as lists), tensors maps names to
numpy arrays in torch's row-major order (GGUF ne reversed).
"""
from __future__ import annotations

import struct

import numpy as np

_SCALAR = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d"}
_NP = {0: np.uint8, 1: np.int8, 2: np.uint16, 3: np.int16, 4: np.uint32, 5: np.int32, 6: np.float32, 7: np.bool_,
       10: np.uint64, 11: np.int64, 12: np.float64}
T_STRING, T_ARRAY = 8, 9
GGML_DTYPES = {0: np.float32, 1: np.float16}


class _Cursor:
    def __init__(self, buf: memoryview):
        self.buf = buf
        self.pos = 0

    def take(self, fmt: str):
        v = struct.unpack_from(fmt, self.buf, self.pos)[0]
        self.pos += struct.calcsize(fmt)
        return v

    def string(self) -> str:
        n = self.take("<Q")
        s = bytes(self.buf[self.pos:self.pos + n]).decode("utf-8")
        self.pos += n
        return s

    def value(self, vtype: int):
        if vtype == T_STRING:
            return self.string()
        if vtype == T_ARRAY:
            elem = self.take("<I")
            n = self.take("<Q")
            if elem == T_STRING:
                return [self.string() for _ in range(n)]
            dt = np.dtype(_NP[elem]).newbyteorder("<")
            arr = np.frombuffer(self.buf, dtype=dt, count=n, offset=self.pos).copy()
            self.pos += n * dt.itemsize
            return arr
        return self.take(_SCALAR[vtype])


def read_gguf(path: str):
    data = open(path, "rb").read()
    cur = _Cursor(memoryview(data))
    if bytes(data[:4]) != b"GGUF":
        raise ValueError(f"{path}: not a GGUF file")
    cur.pos = 4
    version = cur.take("<I")
    if version != 3:
        raise ValueError(f"{path}: GGUF version {version}, expected 3")
    n_tensors = cur.take("<Q")
    n_kv = cur.take("<Q")
    meta = {}
    for _ in range(n_kv):
        key = cur.string()
        meta[key] = cur.value(cur.take("<I"))
    infos = []
    for _ in range(n_tensors):
        name = cur.string()
        nd = cur.take("<I")
        ne = [cur.take("<Q") for _ in range(nd)]
        gtype = cur.take("<I")
        off = cur.take("<Q")
        infos.append((name, ne, gtype, off))
    align = int(meta.get("general.alignment", 32))
    base = (cur.pos + align - 1) // align * align
    tensors = {}
    for name, ne, gtype, off in infos:
        if gtype not in GGML_DTYPES:
            raise ValueError(f"{path}: tensor {name} has ggml type {gtype}; only f32/f16 are supported")
        dt = GGML_DTYPES[gtype]
        count = int(np.prod(ne))
        arr = np.frombuffer(data, dtype=dt, count=count, offset=base + off)
        tensors[name] = arr.reshape(list(reversed(ne)))
    return meta, tensors


def llama_config(meta: dict, name: str) -> dict:
    a = meta["general.architecture"]
    return {
        "name": name,
        "vocab_size": len(meta["tokenizer.ggml.tokens"]),
        "dim": int(meta[f"{a}.embedding_length"]),
        "n_layers": int(meta[f"{a}.block_count"]),
        "n_heads": int(meta[f"{a}.attention.head_count"]),
        "n_kv_heads": int(meta[f"{a}.attention.head_count_kv"]),
        "ffn_dim": int(meta[f"{a}.feed_forward_length"]),
        "context_length": int(meta[f"{a}.context_length"]),
        "rms_eps": float(meta[f"{a}.attention.layer_norm_rms_epsilon"]),
        "rope_base": float(meta[f"{a}.rope.freq_base"]),
        "tie_embeddings": "output.weight" not in meta.get("__tensor_names__", []),
    }


def state_dict_from_gguf(tensors: dict, n_layers: int) -> dict:
    """Inverse of models/train/model.py gguf_tensors(): GGUF names -> Llama state_dict keys."""
    sd = {"tok_embd.weight": tensors["token_embd.weight"], "out_norm.weight": tensors["output_norm.weight"]}
    names = {"attn_norm": "attn_norm.weight", "attn_q": "attn.wq.weight", "attn_k": "attn.wk.weight",
             "attn_v": "attn.wv.weight", "attn_output": "attn.wo.weight", "ffn_norm": "ffn_norm.weight",
             "ffn_gate": "ffn.w_gate.weight", "ffn_up": "ffn.w_up.weight", "ffn_down": "ffn.w_down.weight"}
    for i in range(n_layers):
        for g, t in names.items():
            sd[f"blocks.{i}.{t}"] = tensors[f"blk.{i}.{g}.weight"]
    if "output.weight" in tensors:
        sd["output.weight"] = tensors["output.weight"]
    return sd
