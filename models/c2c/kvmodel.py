"""Cache-aware forward pass over models/train/model.py's Llama weights (no change to that file).

forward(model, ids, pos, past, mask) runs T new tokens at explicit positions against an optional past
cache and returns (logits, kv): kv[l] = (K, V) of the new tokens, post-RoPE, [B, n_kv_heads, T, head_dim],
exactly what llama.cpp stores in its KV cache (the C2C fuser acts on these).
mask: bool [B, T, P + T], True where a query may attend to a key (past keys first).
"""
from __future__ import annotations

import math
import os
import sys

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train"))
from model import Llama, ModelConfig  # noqa: E402

_HAS_SDPA = hasattr(F, "scaled_dot_product_attention")


def rope_at(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """x [B, H, T, D]; cos/sin [B, T, D/2] (per-row positions); llama.cpp "normal" pairs (2i, 2i+1)."""
    B, H, T, D = x.shape
    xf = x.float().reshape(B, H, T, D // 2, 2)
    c = cos[:, None]
    s = sin[:, None]
    x0, x1 = xf[..., 0], xf[..., 1]
    return torch.stack((x0 * c - x1 * s, x0 * s + x1 * c), dim=-1).reshape(B, H, T, D).to(x.dtype)


def attend(q, k, v, mask):
    """q [B,H,T,D], k/v [B,Hkv,S,D], mask [B,T,S] bool."""
    rep = q.shape[1] // k.shape[1]
    if rep > 1:
        k = k.repeat_interleave(rep, dim=1)
        v = v.repeat_interleave(rep, dim=1)
    m = mask[:, None]
    if _HAS_SDPA:
        return F.scaled_dot_product_attention(q, k, v, attn_mask=m)
    att = (q @ k.transpose(-1, -2)) / math.sqrt(q.shape[-1])
    att = att.masked_fill(~m, float("-inf")).softmax(-1)
    return att @ v


def forward(model: Llama, ids, pos, past=None, mask=None, want_logits=True):
    cfg = model.cfg
    B, T = ids.shape
    hd = cfg.head_dim
    cos = model.rope_cos[pos]
    sin = model.rope_sin[pos]
    if mask is None:
        P = 0 if past is None else past[0][0].shape[2]
        mask = torch.ones(T, P + T, dtype=torch.bool, device=ids.device).tril(P)[None].expand(B, T, P + T)
    x = model.tok_embd(ids)
    kv = []
    for li, blk in enumerate(model.blocks):
        a = blk.attn
        h = blk.attn_norm(x)
        q = a.wq(h).view(B, T, cfg.n_heads, hd).transpose(1, 2)
        k = a.wk(h).view(B, T, cfg.n_kv_heads, hd).transpose(1, 2)
        v = a.wv(h).view(B, T, cfg.n_kv_heads, hd).transpose(1, 2)
        q = rope_at(q, cos, sin)
        k = rope_at(k, cos, sin)
        kv.append((k, v))
        if past is not None:
            k = torch.cat([past[li][0], k], dim=2)
            v = torch.cat([past[li][1], v], dim=2)
        o = attend(q, k, v, mask).transpose(1, 2).reshape(B, T, cfg.n_heads * hd)
        x = x + a.wo(o)
        x = x + blk.ffn(blk.ffn_norm(x))
    if not want_logits:
        return None, kv
    return model.logits(model.out_norm(x)), kv


def build_model(cfg: dict, state: dict, device) -> Llama:
    m = Llama(ModelConfig(**cfg))
    sd = {k: torch.as_tensor(v.astype("float32") if hasattr(v, "astype") else v) for k, v in state.items()}
    missing, unexpected = m.load_state_dict(sd, strict=False)
    if unexpected or [k for k in missing if not k.startswith("output")]:
        raise ValueError(f"state mismatch: missing {missing}, unexpected {unexpected}")
    return m.to(device)


@torch.no_grad()
def greedy(model: Llama, prompt_ids: list, max_new: int, stop_id: int, past=None, past_len=0):
    """Greedy decode for one sequence. With past (cache of past_len tokens), prompt_ids continue it."""
    dev = model.tok_embd.weight.device
    ids = torch.tensor([prompt_ids], device=dev)
    pos = torch.arange(past_len, past_len + len(prompt_ids), device=dev)[None]
    logits, kv = forward(model, ids, pos, past)
    cache = kv if past is None else [(torch.cat([p[0], n[0]], 2), torch.cat([p[1], n[1]], 2)) for p, n in zip(past, kv)]
    out = []
    n = past_len + len(prompt_ids)
    nxt = int(logits[0, -1].argmax())
    while len(out) < max_new and nxt != stop_id:
        out.append(nxt)
        logits, kv = forward(model, torch.tensor([[nxt]], device=dev), torch.tensor([[n]], device=dev), cache)
        cache = [(torch.cat([p[0], q[0]], 2), torch.cat([p[1], q[1]], 2)) for p, q in zip(cache, kv)]
        n += 1
        nxt = int(logits[0, -1].argmax())
    return out
