"""The model fingerprint (kvmesh-model-fp-v1) of a GGUF file, as docs/recipes.md states it."""
import hashlib
import struct
from typing import Dict

from .gguf import Gguf, GgufError

VERSION = "kvmesh-model-fp-v1"
SAMPLE = 4096
# RoPE style per architecture for the common ones (the full table: models/rope-style.ts).
_NORMAL = {"llama", "llama4", "deci", "baichuan", "internlm2", "minicpm", "command-r", "olmo", "deepseek", "deepseek2",
           "granite", "granitemoe", "mistral3", "smollm3"}
_NEOX = {"qwen", "qwen2", "qwen2moe", "qwen3", "qwen3moe", "phi2", "phi3", "gemma", "gemma2", "gemma3", "starcoder2",
         "stablelm", "olmo2", "falcon", "gptneox", "exaone", "nemotron", "gpt-oss"}


class _Canon:
    def __init__(self) -> None:
        self.h = hashlib.sha256()

    def str(self, s: str) -> None:
        b = s.encode("utf-8")
        self.u32(len(b))
        self.h.update(b)

    def u32(self, n: int) -> None:
        self.h.update(struct.pack("<I", n & 0xFFFFFFFF))

    def i32(self, n: int) -> None:
        self.h.update(struct.pack("<i", n))

    def u64(self, n: int) -> None:
        self.h.update(struct.pack("<Q", n))

    def f64(self, x: float) -> None:
        self.h.update(struct.pack("<d", x))

    def bytes(self, b: bytes) -> None:
        self.u64(len(b))
        self.h.update(b)


def _num(g: Gguf, key: str, default=None):
    v = g.metadata.get(key)
    if v is None:
        return default
    if isinstance(v, tuple):  # a per-layer array: all layers must agree
        vals = v[0]
        if not vals or any(x != vals[0] for x in vals):
            raise GgufError("%s: per-layer values differ" % key)
        return vals[0]
    return v


def model_fingerprint(path: str) -> str:
    g = Gguf(path)
    arch = g.metadata["general.architecture"]
    style = "normal" if arch in _NORMAL else "neox" if arch in _NEOX else None
    if style is None:
        raise GgufError("architecture %s: RoPE style not in this client's table (see models/rope-style.ts)" % arch)
    k = lambda s: "%s.%s" % (arch, s)  # noqa: E731
    n_layer, n_embd, n_head = _num(g, k("block_count")), _num(g, k("embedding_length")), _num(g, k("attention.head_count"))
    n_head_kv = _num(g, k("attention.head_count_kv"), n_head)
    head_k = _num(g, k("attention.key_length"), n_embd // n_head)
    head_v = _num(g, k("attention.value_length"), n_embd // n_head)
    rms_eps = float(_num(g, k("attention.layer_norm_rms_epsilon"), 0))
    n_rot = _num(g, k("rope.dimension_count"), head_k)
    freq_base = float(_num(g, k("rope.freq_base"), 10000))
    factor = _num(g, k("rope.scaling.factor"), None)
    if factor is None:
        factor = _num(g, k("rope.scale_linear"), 0)
    scaling = g.metadata.get(k("rope.scaling.type")) or ("linear" if factor != 0 else "none")
    freq_scale = 1.0 if scaling == "none" or factor == 0 else 1.0 / factor
    yarn_ctx = _num(g, k("rope.scaling.original_context_length"), 0)
    attn_factor = float(_num(g, k("rope.scaling.attn_factor"), 0))
    by_name: Dict[str, dict] = {t["name"]: t for t in g.tensors}
    rope_freqs = g.read(by_name["rope_freqs.weight"], 0, by_name["rope_freqs.weight"]["n_bytes"]) if "rope_freqs.weight" in by_name else b""

    c = _Canon()
    c.str(VERSION)
    c.str(arch)
    for n in (n_layer, n_embd, n_head, n_head_kv, head_k, head_v):
        c.u32(n)
    c.f64(rms_eps)
    c.str(style)
    c.u32(n_rot)
    c.f64(freq_base)
    c.f64(freq_scale)
    c.str(scaling)
    c.u32(yarn_ctx)
    c.f64(attn_factor)
    c.bytes(rope_freqs)
    c.str(g.metadata.get("tokenizer.ggml.model", ""))
    toks = g.metadata.get("tokenizer.ggml.tokens", ([], 8, None))[0]
    d = _Canon()
    d.u32(len(toks))
    for s in toks:
        d.str(s)
    c.h.update(d.h.digest())
    scores = g.metadata.get("tokenizer.ggml.scores")
    c.h.update(hashlib.sha256(struct.pack("<%df" % len(scores[0]), *scores[0]) if scores else b"").digest())
    types = g.metadata.get("tokenizer.ggml.token_type")
    c.h.update(hashlib.sha256(struct.pack("<%di" % len(types[0]), *types[0]) if types else b"").digest())
    c.i32(_num(g, "tokenizer.ggml.bos_token_id", -1))
    c.i32(_num(g, "tokenizer.ggml.eos_token_id", -1))
    # Sorted by name in UTF-16 code unit order (TypeScript's string order); equal to code point order for the BMP.
    tensors = sorted(g.tensors, key=lambda t: t["name"].encode("utf-16-be"))
    c.u32(len(tensors))
    for t in tensors:
        c.str(t["name"])
        c.u32(t["type"])
        c.u32(len(t["dims"]))
        for dim in t["dims"]:
            c.u64(dim)
    for t in tensors:
        n = t["n_bytes"]
        c.bytes(g.read(t, 0, min(SAMPLE, n)))
        tail = max(0, min(SAMPLE, n - SAMPLE))
        c.bytes(g.read(t, n - tail, tail) if tail else b"")
    return c.h.hexdigest()[:32]
