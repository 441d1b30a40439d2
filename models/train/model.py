"""Llama-architecture decoder, computed the way llama.cpp's `llama` arch computes it.

- RMSNorm: x * rsqrt(mean(x^2) + eps) * w   (eps = GGUF llama.attention.layer_norm_rms_epsilon)
- RoPE "normal" style (LLAMA_ROPE_TYPE_NORM): rotates interleaved pairs (x[2i], x[2i+1])
  by theta = pos * base^(-2i/head_dim). Q/K weights therefore export to GGUF unpermuted.
- Grouped-query attention: query head h reads KV head h // (n_head / n_head_kv).
- SwiGLU FFN: down(silu(gate(x)) * up(x)).
- Tied embeddings: no output.weight in the GGUF; llama.cpp then uses token_embd.

Runs on torch 1.13 (CPU, development machine) and torch 2.x (GPU host).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, asdict

import torch
import torch.nn as nn
import torch.nn.functional as F


@dataclass
class ModelConfig:
    name: str = "kvmesh-tiny"
    vocab_size: int = 8000
    dim: int = 384
    n_layers: int = 8
    n_heads: int = 6
    n_kv_heads: int = 2
    ffn_dim: int = 1024
    context_length: int = 1024
    rms_eps: float = 1e-5
    rope_base: float = 10000.0
    tie_embeddings: bool = True

    @property
    def head_dim(self) -> int:
        return self.dim // self.n_heads

    def to_dict(self) -> dict:
        return asdict(self)


CONFIGS = {
    # default shipped model: ~15.7M params, ~31 MB as f16 GGUF
    "kvmesh-tiny": ModelConfig(name="kvmesh-tiny", dim=384, n_layers=8, n_heads=6, n_kv_heads=2, ffn_dim=1024),
    # wider and shallower: ~24M params, ~48 MB as f16 GGUF
    "kvmesh-small": ModelConfig(name="kvmesh-small", dim=512, n_layers=6, n_heads=8, n_kv_heads=4, ffn_dim=1536),
}


class RMSNorm(nn.Module):
    def __init__(self, dim: int, eps: float):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        xf = x.float()
        y = xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + self.eps)
        return (y * self.weight.float()).to(x.dtype)


def rope_tables(head_dim: int, n_pos: int, base: float, device=None):
    """cos/sin of shape [n_pos, head_dim/2] (f32), theta_i = pos * base^(-2i/head_dim)."""
    inv = base ** (-torch.arange(0, head_dim, 2, dtype=torch.float64, device=device) / head_dim)
    pos = torch.arange(n_pos, dtype=torch.float64, device=device)
    ang = torch.outer(pos, inv)
    return ang.cos().float(), ang.sin().float()


def apply_rope(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """x: [B, H, T, D]; rotates pairs (2i, 2i+1) (llama.cpp "normal" RoPE)."""
    B, H, T, D = x.shape
    xf = x.float().reshape(B, H, T, D // 2, 2)
    x0, x1 = xf[..., 0], xf[..., 1]
    c = cos[:T].view(1, 1, T, D // 2)
    s = sin[:T].view(1, 1, T, D // 2)
    y0 = x0 * c - x1 * s
    y1 = x0 * s + x1 * c
    return torch.stack((y0, y1), dim=-1).reshape(B, H, T, D).to(x.dtype)


_HAS_SDPA = hasattr(F, "scaled_dot_product_attention")


class Attention(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.cfg = cfg
        hd = cfg.head_dim
        self.wq = nn.Linear(cfg.dim, cfg.n_heads * hd, bias=False)
        self.wk = nn.Linear(cfg.dim, cfg.n_kv_heads * hd, bias=False)
        self.wv = nn.Linear(cfg.dim, cfg.n_kv_heads * hd, bias=False)
        self.wo = nn.Linear(cfg.n_heads * hd, cfg.dim, bias=False)

    def forward(self, x, cos, sin):
        cfg = self.cfg
        B, T, _ = x.shape
        hd = cfg.head_dim
        q = self.wq(x).view(B, T, cfg.n_heads, hd).transpose(1, 2)
        k = self.wk(x).view(B, T, cfg.n_kv_heads, hd).transpose(1, 2)
        v = self.wv(x).view(B, T, cfg.n_kv_heads, hd).transpose(1, 2)
        q = apply_rope(q, cos, sin)
        k = apply_rope(k, cos, sin)
        rep = cfg.n_heads // cfg.n_kv_heads
        if rep > 1:
            k = k.repeat_interleave(rep, dim=1)
            v = v.repeat_interleave(rep, dim=1)
        if _HAS_SDPA:
            o = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        else:
            att = (q.float() @ k.float().transpose(-1, -2)) / math.sqrt(hd)
            mask = torch.ones(T, T, dtype=torch.bool, device=x.device).triu(1)
            att = att.masked_fill(mask, float("-inf")).softmax(-1)
            o = (att @ v.float()).to(x.dtype)
        o = o.transpose(1, 2).reshape(B, T, cfg.n_heads * hd)
        return self.wo(o)


class FeedForward(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.w_gate = nn.Linear(cfg.dim, cfg.ffn_dim, bias=False)
        self.w_up = nn.Linear(cfg.dim, cfg.ffn_dim, bias=False)
        self.w_down = nn.Linear(cfg.ffn_dim, cfg.dim, bias=False)

    def forward(self, x):
        return self.w_down(F.silu(self.w_gate(x)) * self.w_up(x))


class Block(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.attn_norm = RMSNorm(cfg.dim, cfg.rms_eps)
        self.attn = Attention(cfg)
        self.ffn_norm = RMSNorm(cfg.dim, cfg.rms_eps)
        self.ffn = FeedForward(cfg)

    def forward(self, x, cos, sin):
        x = x + self.attn(self.attn_norm(x), cos, sin)
        return x + self.ffn(self.ffn_norm(x))


class Llama(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.cfg = cfg
        self.tok_embd = nn.Embedding(cfg.vocab_size, cfg.dim)
        self.blocks = nn.ModuleList([Block(cfg) for _ in range(cfg.n_layers)])
        self.out_norm = RMSNorm(cfg.dim, cfg.rms_eps)
        self.output = None if cfg.tie_embeddings else nn.Linear(cfg.dim, cfg.vocab_size, bias=False)
        cos, sin = rope_tables(cfg.head_dim, cfg.context_length, cfg.rope_base)
        self.register_buffer("rope_cos", cos, persistent=False)
        self.register_buffer("rope_sin", sin, persistent=False)
        self.reset_parameters()

    def reset_parameters(self):
        std = 0.02
        resid_std = std / math.sqrt(2 * self.cfg.n_layers)
        for name, p in self.named_parameters():
            if p.dim() == 2:
                s = resid_std if (name.endswith("wo.weight") or name.endswith("w_down.weight")) else std
                nn.init.normal_(p, mean=0.0, std=s)

    def n_params(self) -> int:
        return sum(p.numel() for p in self.parameters())

    def hidden(self, idx: torch.Tensor) -> torch.Tensor:
        x = self.tok_embd(idx)
        for b in self.blocks:
            x = b(x, self.rope_cos, self.rope_sin)
        return self.out_norm(x)

    def logits(self, h: torch.Tensor) -> torch.Tensor:
        w = self.tok_embd.weight if self.output is None else self.output.weight
        return F.linear(h, w)

    def forward(self, idx: torch.Tensor) -> torch.Tensor:
        return self.logits(self.hidden(idx))


def gguf_tensors(model: Llama):
    """(gguf_name, tensor) pairs in llama.cpp naming; 2-D tensors keep torch's [out, in] row-major layout
    (GGUF ne = [in, out])."""
    cfg = model.cfg
    sd = {k: v.detach() for k, v in model.state_dict().items()}
    out = [("token_embd.weight", sd["tok_embd.weight"])]
    for i in range(cfg.n_layers):
        p = f"blocks.{i}."
        out += [
            (f"blk.{i}.attn_norm.weight", sd[p + "attn_norm.weight"]),
            (f"blk.{i}.attn_q.weight", sd[p + "attn.wq.weight"]),
            (f"blk.{i}.attn_k.weight", sd[p + "attn.wk.weight"]),
            (f"blk.{i}.attn_v.weight", sd[p + "attn.wv.weight"]),
            (f"blk.{i}.attn_output.weight", sd[p + "attn.wo.weight"]),
            (f"blk.{i}.ffn_norm.weight", sd[p + "ffn_norm.weight"]),
            (f"blk.{i}.ffn_gate.weight", sd[p + "ffn.w_gate.weight"]),
            (f"blk.{i}.ffn_up.weight", sd[p + "ffn.w_up.weight"]),
            (f"blk.{i}.ffn_down.weight", sd[p + "ffn.w_down.weight"]),
        ]
    out.append(("output_norm.weight", sd["out_norm.weight"]))
    if model.output is not None:
        out.append(("output.weight", sd["output.weight"]))
    return out
