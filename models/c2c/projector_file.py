"""Writer of the kvmesh C2C projector file, format version 1 (spec: models/c2c/FORMAT.md).

Python cannot compute kvmesh's model fingerprints (models/model-fingerprint.ts defines them); the
device writes "fingerprint": "" for both sides and `kvmesh projector stamp` fills them in from the two
GGUFs. A loader refuses an unstamped file like a wrong pair.
"""
from __future__ import annotations

import json
import struct

import numpy as np

MAGIC = b"KVMPROJ\0"
VERSION = 1
ALIGN = 64
PARTS = ["w_in.weight", "w_in.bias", "norm1.weight", "w1.weight", "w1.bias", "w2.weight", "w2.bias",
         "norm2.weight", "w_out.weight", "w_out.bias", "w_weight.weight", "w_weight.bias"]


def side(cfg: dict) -> dict:
    return {"name": cfg["name"], "fingerprint": "", "nLayer": cfg["n_layers"], "nHeadKv": cfg["n_kv_heads"],
            "headDim": cfg["dim"] // cfg["n_heads"]}


def write_projector(path: str, fuser, sharer_cfg: dict, receiver_cfg: dict, training: dict) -> None:
    sd = {k: v.detach().float().cpu().numpy() for k, v in fuser.state_dict().items()}
    tensors, blobs, off = [], [], 0
    for t in range(receiver_cfg["n_layers"]):
        for kv in ("k", "v"):
            for part in PARTS:
                a = np.ascontiguousarray(sd[f"{kv}.{t}.{part}"].astype("<f2"))
                tensors.append({"name": f"layer.{t}.{kv}.{part}", "dtype": "f16", "shape": list(a.shape), "offset": off})
                blobs.append((off, a.tobytes()))
                off += (a.nbytes + ALIGN - 1) // ALIGN * ALIGN
    header = {
        "kind": "kvmesh-c2c-fuser",
        "sharer": side(sharer_cfg),
        "receiver": side(receiver_cfg),
        "hidden": fuser.hidden,
        "rmsEps": 1e-6,
        "activation": "gelu-erf",
        "layerMap": list(fuser.map),
        "gates": (fuser.gate_logit > 0).int().tolist(),
        "tensors": tensors,
        "dataBytes": off,
        "training": training,
    }
    hb = json.dumps(header, separators=(",", ":")).encode("utf-8")
    start = 16 + len(hb)
    pad = (-start) % ALIGN
    with open(path, "wb") as f:
        f.write(MAGIC + struct.pack("<II", VERSION, len(hb)) + hb + b"\0" * pad)
        data = bytearray(off)
        for o, b in blobs:
            data[o:o + len(b)] = b
        f.write(bytes(data))


def read_projector(path: str):
    """(header, {fuser state_dict key: float32 array}); gates from the header as +-1 logits (hard)."""
    raw = open(path, "rb").read()
    if raw[:8] != MAGIC:
        raise ValueError(f"{path}: not a kvmesh projector file")
    version, hlen = struct.unpack_from("<II", raw, 8)
    if version != VERSION:
        raise ValueError(f"{path}: projector format version {version}, this reader knows {VERSION}")
    header = json.loads(raw[16:16 + hlen].decode("utf-8"))
    start = 16 + hlen
    start += (-start) % ALIGN
    state = {}
    for t in header["tensors"]:
        n = int(np.prod(t["shape"]))
        a = np.frombuffer(raw, dtype="<f2", count=n, offset=start + t["offset"]).astype(np.float32).reshape(t["shape"])
        _, layer, kv, part = t["name"].split(".", 3)
        state[f"{kv}.{layer}.{part}"] = a
    state["gate_logit"] = np.array([[1.0 if g else -1.0 for g in pair] for pair in header["gates"]], dtype=np.float32)
    return header, state
