"""The Cache-to-Cache fuser (own implementation of the method in shared/research/c2c-cacheblend.md).

Per receiver layer n and separately for K and V:
  x = [s; r]  per token: the aligned sharer layer's heads, flattened, then the receiver's heads
  h = W_in x;  h = h + W2 gelu(W1 rmsnorm(h))            (one residual GELU block)
  P = W_out rmsnorm(h)   -> receiver heads x head_dim
  w = sigmoid(W_w h)     -> one weight per token per receiver head
  fused = r + g_n * w * P
g_n: per-layer gate logit; Gumbel-sigmoid while training, hard (logit > 0) at inference.
Layer alignment from the top: receiver layer t <- sharer layer t + (S - T), clamped to [0, S-1].
"""
from __future__ import annotations

import torch
import torch.nn as nn
import torch.nn.functional as F


def layer_map(n_sharer: int, n_receiver: int) -> list:
    return [min(max(t + n_sharer - n_receiver, 0), n_sharer - 1) for t in range(n_receiver)]


class RMS(nn.Module):
    def __init__(self, d: int, eps: float = 1e-6):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(d))

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


class Projector(nn.Module):
    """One (layer, K|V) projector."""

    def __init__(self, s_dim: int, r_heads: int, head_dim: int, hidden: int, dropout: float = 0.0):
        super().__init__()
        self.r_heads, self.head_dim = r_heads, head_dim
        self.drop = nn.Dropout(dropout)  # on the input features while training (slows memorization); none at inference
        r_dim = r_heads * head_dim
        self.w_in = nn.Linear(s_dim + r_dim, hidden)
        self.norm1 = RMS(hidden)
        self.w1 = nn.Linear(hidden, hidden)
        self.w2 = nn.Linear(hidden, hidden)
        self.norm2 = RMS(hidden)
        self.w_out = nn.Linear(hidden, r_dim)
        self.w_weight = nn.Linear(hidden, r_heads)
        nn.init.normal_(self.w_out.weight, std=0.02 / hidden ** 0.5)
        nn.init.zeros_(self.w_out.bias)

    def forward(self, s, r):
        """s [B, Hs, T, D], r [B, Hr, T, D] -> (P, w): P [B, Hr, T, D], w [B, Hr, T, 1]."""
        B, _, T, D = r.shape
        x = torch.cat([s.transpose(1, 2).reshape(B, T, -1), r.transpose(1, 2).reshape(B, T, -1)], dim=-1)
        h = self.w_in(self.drop(x))
        h = h + self.w2(F.gelu(self.w1(self.norm1(h))))
        p = self.w_out(self.norm2(h)).view(B, T, self.r_heads, D).transpose(1, 2)
        w = torch.sigmoid(self.w_weight(h)).transpose(1, 2)[..., None]
        return p, w


class Fuser(nn.Module):
    def __init__(self, sharer_cfg: dict, receiver_cfg: dict, hidden: int = 128, dropout: float = 0.0):
        super().__init__()
        hd = receiver_cfg["dim"] // receiver_cfg["n_heads"]
        s_dim = sharer_cfg["n_kv_heads"] * (sharer_cfg["dim"] // sharer_cfg["n_heads"])
        self.map = layer_map(sharer_cfg["n_layers"], receiver_cfg["n_layers"])
        self.hidden = hidden
        n = receiver_cfg["n_layers"]
        self.k = nn.ModuleList([Projector(s_dim, receiver_cfg["n_kv_heads"], hd, hidden, dropout) for _ in range(n)])
        self.v = nn.ModuleList([Projector(s_dim, receiver_cfg["n_kv_heads"], hd, hidden, dropout) for _ in range(n)])
        self.gate_logit = nn.Parameter(torch.full((n, 2), 2.0))  # [layer, K|V], starts open
        self.tau = 1.0

    def gates(self, hard: bool):
        if hard:
            return (self.gate_logit > 0).float()
        u = torch.rand_like(self.gate_logit).clamp(1e-6, 1 - 1e-6)
        noise = torch.log(u) - torch.log1p(-u)
        return torch.sigmoid((self.gate_logit + noise) / self.tau)

    def forward(self, sharer_kv, receiver_kv, hard: bool = False, mode: str = "fuse"):
        """mode: fuse | zeroed (projection P forced to 0: the fused cache is the receiver's own)."""
        g = self.gates(hard)
        out = []
        for t, (rk, rv) in enumerate(receiver_kv):
            sk, sv = sharer_kv[self.map[t]]
            fused = []
            for j, (proj, s, r) in enumerate(((self.k[t], sk, rk), (self.v[t], sv, rv))):
                p, w = proj(s.float(), r.float())
                if mode == "zeroed":
                    p = torch.zeros_like(p)
                fused.append((r.float() + g[t, j] * w * p).to(r.dtype))
            out.append((fused[0], fused[1]))
        return out
