"""A kvmesh broker client over gRPC: put, look up and get segments.

The stubs come from proto/kvmesh/v1 (`python3 -m grpc_tools.protoc -I proto
--python_out=OUT --grpc_python_out=OUT proto/kvmesh/v1/*.proto`, OUT on
sys.path); nothing generated is kept in the repository. `health()` also needs
the health service's stubs as top-level modules (`-I proto/grpc/health/v1
... health.proto`: under `-I proto` they would be `grpc.health.v1`, hidden by
grpcio's own `grpc` package).
"""
from typing import Iterator, List, Optional, Sequence, Tuple

import grpc

from .keys import payload_checksum


class BrokerError(RuntimeError):
    pass


class BrokerClient:
    def __init__(self, address: str, namespace: str, token: str, chunk_bytes: int = 1 << 20,
                 credentials: Optional[grpc.ChannelCredentials] = None):
        from kvmesh.v1 import broker_pb2, broker_pb2_grpc, segment_pb2  # generated from proto/

        self._pb, self._seg = broker_pb2, segment_pb2
        self._channel = grpc.secure_channel(address, credentials) if credentials else grpc.insecure_channel(address)
        self._stub = broker_pb2_grpc.BrokerStub(self._channel)
        self._md = (("kvmesh-namespace", namespace), ("kvmesh-token", token))
        self._chunk = chunk_bytes

    def close(self) -> None:
        self._channel.close()

    def __enter__(self) -> "BrokerClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def health(self, service: str = "", timeout: float = 5.0) -> str:
        """The broker's grpc.health.v1 status for `service` ("" = the broker): "SERVING", "NOT_SERVING", ...

        No token is sent: the health service answers anyone (it says only whether the broker serves).
        """
        import health_pb2  # generated from proto/grpc/health/v1/health.proto
        import health_pb2_grpc

        try:
            r = health_pb2_grpc.HealthStub(self._channel).Check(health_pb2.HealthCheckRequest(service=service), timeout=timeout)
        except grpc.RpcError as e:
            raise BrokerError("health: %s %s" % (e.code().name, e.details())) from e
        return health_pb2.HealthCheckResponse.ServingStatus.Name(r.status)

    def manifest(self, key_digest: str, model_fingerprint: str, k_type: str, v_type: str, n_layer: int, row_k: int,
                 row_v: int, tokens: Sequence[int], positions: Sequence[int], context_digest: str, payload: bytes,
                 state_format_version: int = 3):
        return self._seg.SegmentManifest(
            key_digest=key_digest, model_fingerprint=model_fingerprint, k_type=k_type, v_type=v_type, n_layer=n_layer,
            row_k=row_k, row_v=row_v, tokens=list(tokens), positions=list(positions), context_digest=context_digest,
            byte_length=len(payload), checksum=payload_checksum(payload), state_format_version=state_format_version)

    def put(self, manifest, payload: bytes, timeout: float = 30.0) -> Tuple[str, bool]:
        def requests() -> Iterator:
            yield self._pb.PutRequest(header=self._pb.PutHeader(manifest=manifest))
            for i in range(0, len(payload), self._chunk):
                yield self._pb.PutRequest(chunk=payload[i:i + self._chunk])

        try:
            r = self._stub.Put(requests(), metadata=self._md, timeout=timeout)
        except grpc.RpcError as e:
            raise BrokerError("put: %s %s" % (e.code().name, e.details())) from e
        return r.key_digest, r.created

    def lookup(self, key_digests: Sequence[str], timeout: float = 10.0) -> List[Tuple[str, bool]]:
        try:
            r = self._stub.BatchLookup(self._pb.BatchLookupRequest(key_digests=list(key_digests)), metadata=self._md, timeout=timeout)
        except grpc.RpcError as e:
            raise BrokerError("lookup: %s %s" % (e.code().name, e.details())) from e
        return [(x.key_digest, x.hit) for x in r.results]

    def get(self, key_digest: str, timeout: float = 30.0):
        """(manifest, payload), or None on a miss; the payload is checked against the manifest's checksum."""
        manifest, parts = None, []
        try:
            for reply in self._stub.Get(self._pb.GetRequest(key_digest=key_digest), metadata=self._md, timeout=timeout):
                if reply.HasField("header"):
                    if not reply.header.hit:
                        return None
                    manifest = reply.header.manifest
                else:
                    parts.append(reply.chunk)
        except grpc.RpcError as e:
            raise BrokerError("get: %s %s" % (e.code().name, e.details())) from e
        payload = b"".join(parts)
        if manifest is None or len(payload) != manifest.byte_length or payload_checksum(payload) != manifest.checksum:
            raise BrokerError("get: payload does not match its manifest")
        return manifest, payload
