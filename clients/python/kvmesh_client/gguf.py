"""A minimal GGUF (v2/v3) reader: metadata, tensor infos, and byte ranges of tensor data."""
import struct
from typing import Any, BinaryIO, Dict, List, Tuple

# bytes per block and values per block of the ggml types the fingerprint needs to size.
_TYPE_SIZE = {0: (4, 1), 1: (2, 1), 2: (18, 32), 3: (20, 32), 6: (22, 32), 7: (24, 32), 8: (34, 32), 9: (36, 32),
              10: (84, 256), 11: (110, 256), 12: (144, 256), 13: (176, 256), 14: (210, 256), 15: (292, 256),
              24: (1, 1), 25: (2, 1), 26: (4, 1), 27: (8, 1), 28: (8, 1), 30: (2, 1)}


class GgufError(ValueError):
    pass


class Gguf:
    def __init__(self, path: str):
        self.path = path
        self.metadata: Dict[str, Any] = {}
        self.tensors: List[Dict[str, Any]] = []
        with open(path, "rb") as f:
            self._read(f)

    def _read(self, f: BinaryIO) -> None:
        def u(fmt: str) -> Any:
            n = struct.calcsize(fmt)
            b = f.read(n)
            if len(b) != n:
                raise GgufError("%s: truncated" % self.path)
            return struct.unpack("<" + fmt, b)[0]

        def s() -> str:
            return f.read(u("Q")).decode("utf-8")

        scalar = {0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?", 10: "Q", 11: "q", 12: "d"}

        def value(t: int) -> Any:
            if t in scalar:
                return u(scalar[t])
            if t == 8:
                return s()
            if t == 9:
                it, n = u("I"), u("Q")
                if it in scalar:
                    fmt = scalar[it]
                    size = struct.calcsize(fmt)
                    data = f.read(size * n)
                    return list(struct.unpack("<%d%s" % (n, fmt), data)), it, data
                return [value(it) for _ in range(n)], it, None
            raise GgufError("%s: unknown metadata type %d" % (self.path, t))

        if f.read(4) != b"GGUF":
            raise GgufError("%s: not a GGUF file" % self.path)
        version = u("I")
        if version not in (2, 3):
            raise GgufError("%s: GGUF version %d" % (self.path, version))
        n_tensors, n_kv = u("Q"), u("Q")
        for _ in range(n_kv):
            key = s()
            self.metadata[key] = value(u("I"))
        for _ in range(n_tensors):
            name = s()
            dims = [u("Q") for _ in range(u("I"))]
            ttype, offset = u("I"), u("Q")
            self.tensors.append({"name": name, "dims": dims, "type": ttype, "offset": offset})
        align = self.metadata.get("general.alignment", 32)
        pos = f.tell()
        self.data_offset = (pos + align - 1) // align * align
        for t in self.tensors:
            if t["type"] not in _TYPE_SIZE:
                raise GgufError("%s: tensor %s has ggml type %d, not sized here" % (self.path, t["name"], t["type"]))
            block_bytes, block_values = _TYPE_SIZE[t["type"]]
            n = 1
            for d in t["dims"]:
                n *= d
            t["n_bytes"] = n // block_values * block_bytes

    def array(self, key: str) -> Tuple[list, int, Any]:
        return self.metadata[key]

    def read(self, tensor: Dict[str, Any], start: int, length: int) -> bytes:
        with open(self.path, "rb") as f:
            f.seek(self.data_offset + tensor["offset"] + start)
            return f.read(length)
