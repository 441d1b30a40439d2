"""Shrink a GGUF for the trip to the GPU host: 2-D tensors int8 with one f32 scale per row, 1-D tensors
f32 (npz). Used only for the sharer's starting point (kvmesh-small), because both shipped GGUFs together
exceed the 64 MiB a device call can carry; the sharer is continued-trained from it anyway.

Usage: python3 pack_transfer.py IN.gguf OUT.npz
"""
import json
import sys

import numpy as np

from gguf_read import read_gguf, llama_config


def main(src: str, dst: str) -> None:
    meta, tensors = read_gguf(src)
    meta["__tensor_names__"] = list(tensors)
    arrays = {}
    for name, t in tensors.items():
        t = t.astype(np.float32)
        if t.ndim == 2:
            scale = np.abs(t).max(axis=1, keepdims=True) / 127.0
            scale[scale == 0] = 1.0
            arrays[name + ".q"] = np.clip(np.rint(t / scale), -127, 127).astype(np.int8)
            arrays[name + ".s"] = scale.astype(np.float32)
        else:
            arrays[name] = t
    cfg = llama_config(meta, "kvmesh-small")
    arrays["__config__"] = np.frombuffer(json.dumps(cfg).encode(), dtype=np.uint8)
    np.savez(dst, **arrays)


def load_transfer(path: str):
    z = np.load(path)
    cfg = json.loads(bytes(z["__config__"]).decode())
    tensors = {}
    for k in z.files:
        if k.endswith(".q"):
            tensors[k[:-2]] = z[k].astype(np.float32) * z[k[:-2] + ".s"]
        elif not k.endswith(".s") and k != "__config__":
            tensors[k] = z[k]
    return cfg, tensors


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
