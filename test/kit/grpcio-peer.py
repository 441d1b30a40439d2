"""Python grpcio as a peer of kvmesh's hand-written gRPC layer (test/integration/broker/grpc-python-interop.test.ts).

  client ADDRESS N [CA_FILE]     N unary Stats calls against a broker; prints {"calls", "failed", "codes"} as JSON
  server REPLY_HEX [CERT KEY]    serves /kvmesh.v1.Broker/Stats answering REPLY_HEX bytes; prints {"port"}; runs until stdin closes

Raw bytes both ways (no generated Python code): the TypeScript side encodes and checks.
"""
import json
import sys
from concurrent import futures

import grpc

METADATA = (("kvmesh-namespace", "alpha"), ("kvmesh-token", "alpha-token-123456"))
STATS = "/kvmesh.v1.Broker/Stats"


def client(address, n, ca_file=None):
    if ca_file:
        with open(ca_file, "rb") as f:
            channel = grpc.secure_channel(address, grpc.ssl_channel_credentials(root_certificates=f.read()))
    else:
        channel = grpc.insecure_channel(address)
    call = channel.unary_unary(STATS, request_serializer=None, response_deserializer=None)
    failed, codes = 0, {}
    for _ in range(n):
        try:
            call(b"", metadata=METADATA, timeout=10)
        except grpc.RpcError as e:
            failed += 1
            codes[str(e.code())] = codes.get(str(e.code()), 0) + 1
    channel.close()
    print(json.dumps({"calls": n, "failed": failed, "codes": codes}), flush=True)


def server(reply_hex, cert=None, key=None):
    reply = bytes.fromhex(reply_hex)

    def stats(_request, context):
        md = dict(context.invocation_metadata())
        if md.get("kvmesh-token") != "alpha-token-123456":
            context.abort(grpc.StatusCode.PERMISSION_DENIED, "bad token")
        return reply

    handler = grpc.method_handlers_generic_handler("kvmesh.v1.Broker", {
        "Stats": grpc.unary_unary_rpc_method_handler(stats, request_deserializer=None, response_serializer=None),
    })
    srv = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
    srv.add_generic_rpc_handlers((handler,))
    if cert:
        with open(cert, "rb") as c, open(key, "rb") as k:
            port = srv.add_secure_port("127.0.0.1:0", grpc.ssl_server_credentials(((k.read(), c.read()),)))
    else:
        port = srv.add_insecure_port("127.0.0.1:0")
    srv.start()
    print(json.dumps({"port": port}), flush=True)
    sys.stdin.read()  # until the test closes our stdin
    srv.stop(0)


if __name__ == "__main__":
    if sys.argv[1] == "client":
        client(sys.argv[2], int(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else None)
    else:
        server(sys.argv[2], *(sys.argv[3:5]))
