"""PyTorch reference next-token distributions for the GGUF parity test (test/model/parity.test.ts).

Loads a training checkpoint, rounds every 2-D weight to f16 exactly as export_gguf.py writes it
(norm weights stay f32, as in the GGUF), and computes f32 logits (TF32 off) for a fixed batch of
held-out sequences. Writes a JSON fixture with, per sequence: the tokens, the top-K ids and
log-probs at every position, and the full log-softmax at the last position. It also records how
far the f16 rounding alone moves the distribution (KL between f32-weight and f16-weight logits).

Usage: python3 parity_ref.py CKPT.pt DATA_DIR GGUF_PATH OUT.json [--rows 4 --len 64 --topk 20]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model import Llama, ModelConfig  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ckpt")
    ap.add_argument("data")
    ap.add_argument("gguf")
    ap.add_argument("out")
    ap.add_argument("--rows", type=int, default=4)
    ap.add_argument("--len", type=int, default=64)
    ap.add_argument("--topk", type=int, default=20)
    args = ap.parse_args()

    dev = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    torch.backends.cuda.matmul.allow_tf32 = False
    torch.backends.cudnn.allow_tf32 = False
    kw = {"weights_only": False} if hasattr(torch, "compiler") else {}
    ck = torch.load(args.ckpt, map_location="cpu", **kw)
    cfg = ModelConfig(**ck["config"])
    m32 = Llama(cfg)
    m32.load_state_dict(ck["model"])
    m16 = Llama(cfg)
    sd = {k: (v.half().float() if v.dim() >= 2 else v.float()) for k, v in ck["model"].items()}
    m16.load_state_dict(sd)
    m32.to(dev).eval()
    m16.to(dev).eval()

    import io
    import lzma
    with open(os.path.join(args.data, "val.npz.xz"), "rb") as f:
        z = np.load(io.BytesIO(lzma.decompress(f.read())))
    tokens, starts = z["tokens"].astype(np.int64), z["starts"].astype(np.int64)
    # evenly spaced held-out documents, each sequence from its BOS
    pick = np.linspace(0, len(starts) - 1, args.rows).round().astype(int)
    seqs = np.stack([tokens[starts[i]:starts[i] + args.len] for i in pick])
    x = torch.from_numpy(seqs).to(dev)
    with torch.no_grad():
        lp16 = torch.log_softmax(m16(x).float(), -1)
        lp32 = torch.log_softmax(m32(x).float(), -1)
    kl = (lp32.exp() * (lp32 - lp16)).sum(-1)  # KL(f32 weights || f16 weights) per position
    top_v, top_i = lp16.topk(args.topk, dim=-1)
    h = hashlib.sha256()
    with open(args.gguf, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    out = {
        "model": cfg.name,
        "gguf_sha256": h.hexdigest(),
        "reference": "PyTorch f32 compute (TF32 off) with f16-rounded 2-D weights, f32 norms; "
                     f"device {dev.type}, torch {torch.__version__}",
        "step": ck["state"]["step"],
        "topk": args.topk,
        "f16_rounding_kl": {"mean": kl.mean().item(), "max": kl.max().item()},
        "sequences": [],
    }
    for r in range(args.rows):
        out["sequences"].append({
            "tokens": seqs[r].tolist(),
            "top_ids": top_i[r].tolist(),
            "top_logprobs": [[round(v, 6) for v in row] for row in top_v[r].tolist()],
            "last_logprobs": [round(v, 5) for v in lp16[r, -1].tolist()],
        })
    with open(args.out, "w") as f:
        json.dump(out, f, separators=(",", ":"))
    print(f"parity ref {args.out}: {os.path.getsize(args.out)} bytes; f16 rounding KL mean "
          f"{out['f16_rounding_kl']['mean']:.2e} max {out['f16_rounding_kl']['max']:.2e}")


if __name__ == "__main__":
    main()
