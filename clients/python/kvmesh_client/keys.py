"""Segment keys, context digests and payloads, as docs/recipes.md states them."""
import hashlib
import struct
from typing import Iterable, Sequence

STATE_FORMAT_VERSION = 3


def _token_bytes(tokens: Sequence[int]) -> bytes:
    return struct.pack("<%di" % len(tokens), *tokens)


def context_digest(prefix_tokens: Sequence[int]) -> str:
    """SHA-256 hex of "kvmesh.context.v1\\0" + the tokens as i32 little-endian."""
    return hashlib.sha256(b"kvmesh.context.v1\0" + _token_bytes(prefix_tokens)).hexdigest()


def segment_key(model_fingerprint: str, k_type: str, v_type: str, tenant: str, tokens: Sequence[int], context: str,
                start_pos: int, state_format_version: int = STATE_FORMAT_VERSION) -> str:
    """The segment's content address (SegmentKey.digest in TypeScript)."""
    h = hashlib.sha256(b"kvmesh.segment-key.v1\0")
    for part in (model_fingerprint, k_type, v_type, str(state_format_version), tenant, context, str(start_pos)):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    h.update(_token_bytes(tokens))
    return h.hexdigest()


def segment_payload(k_layers: Iterable[bytes], v_layers: Iterable[bytes]) -> bytes:
    """Payload layout: K[0] V[0] K[1] V[1] ..., each layer [token][row] in the KV type's encoding."""
    out = bytearray()
    for k, v in zip(k_layers, v_layers):
        out += k
        out += v
    return bytes(out)


def payload_checksum(payload: bytes) -> str:
    return hashlib.sha256(payload).hexdigest()
