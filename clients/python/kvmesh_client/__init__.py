"""kvmesh's Python client: the key and fingerprint recipes of docs/recipes.md,
and a broker client over the gRPC service of proto/kvmesh/v1 (stubs generated
from proto/ with grpc_tools; nothing generated is kept in the repository)."""
from .keys import context_digest, segment_key, payload_checksum, segment_payload
from .fingerprint import model_fingerprint

__all__ = ["context_digest", "segment_key", "payload_checksum", "segment_payload", "model_fingerprint"]
