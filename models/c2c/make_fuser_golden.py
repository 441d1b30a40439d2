"""Golden vectors for the TypeScript fuser forward (kernels/c2c-fuser.ts) and projector reader
(models/projector-file.ts): a small random fuser written as a projector file, random sharer/receiver
KV, and the fused KV computed here by fuser.py (weights rounded to f16 first, as the file stores them).

Usage: python3 make_fuser_golden.py OUT_DIR   (writes tiny.kvpj and tiny-golden.json)
"""
import json
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fuser import Fuser  # noqa: E402
from projector_file import write_projector  # noqa: E402


def main(out: str) -> None:
    torch.manual_seed(7)
    scfg = {"name": "golden-sharer", "dim": 12, "n_heads": 3, "n_kv_heads": 3, "n_layers": 3}
    rcfg = {"name": "golden-receiver", "dim": 8, "n_heads": 2, "n_kv_heads": 2, "n_layers": 2}
    f = Fuser(scfg, rcfg, hidden=6)
    with torch.no_grad():
        for p in f.parameters():
            p.copy_(torch.randn_like(p) * 0.5)
        f.gate_logit.copy_(torch.tensor([[1.0, -1.0], [1.0, 1.0]]))
        for p in f.parameters():
            p.data = p.data.half().float()
    T = 5
    skv = [(torch.randn(1, 3, T, 4), torch.randn(1, 3, T, 4)) for _ in range(3)]
    rkv = [(torch.randn(1, 2, T, 4), torch.randn(1, 2, T, 4)) for _ in range(2)]
    with torch.no_grad():
        fused = f(skv, rkv, hard=True)
        zeroed = f(skv, rkv, hard=True, mode="zeroed")
    os.makedirs(out, exist_ok=True)
    write_projector(os.path.join(out, "tiny.kvpj"), f, scfg, rcfg, {"note": "golden fixture, random weights"})
    tok = lambda x: x[0].transpose(0, 1).reshape(T, -1).flatten().tolist()  # [T, heads*dim], token-major
    json.dump({
        "tokens": T, "layerMap": f.map, "gates": (f.gate_logit > 0).int().tolist(),
        "sharer": [{"k": tok(k), "v": tok(v)} for k, v in skv],
        "receiver": [{"k": tok(k), "v": tok(v)} for k, v in rkv],
        "fused": [{"k": tok(k), "v": tok(v)} for k, v in fused],
        "zeroed": [{"k": tok(k), "v": tok(v)} for k, v in zeroed],
    }, open(os.path.join(out, "tiny-golden.json"), "w"))


if __name__ == "__main__":
    main(sys.argv[1])
