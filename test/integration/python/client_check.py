"""Driven by python-client.test.ts: checks the Python client against the recipe
vectors (test/golden/recipes.json) and round-trips segments through a broker.
Prints one JSON line. Args: REPO BROKER_ADDRESS NAMESPACE TOKEN TS_KEY"""
import json
import os
import sys

repo, address, namespace, token, ts_key = sys.argv[1:6]
sys.path.insert(0, os.path.join(repo, "clients", "python"))
from kvmesh_client import context_digest, model_fingerprint, payload_checksum, segment_key  # noqa: E402
from kvmesh_client.broker import BrokerClient  # noqa: E402

golden = json.load(open(os.path.join(repo, "test", "golden", "recipes.json")))
out = {"mismatches": []}
for v in golden["contextDigest"]:
    if context_digest(v["tokens"]) != v["digest"]:
        out["mismatches"].append("contextDigest %s" % v["tokens"])
for v in golden["segmentKey"]:
    d = segment_key(v["modelFingerprint"], v["kType"], v["vType"], v["tenant"], v["tokens"], v["context"], v["startPos"], v["stateFormatVersion"])
    if d != v["digest"]:
        out["mismatches"].append("segmentKey %s" % v["digest"])
if payload_checksum(bytes((i * 37) & 0xFF for i in range(100))) != golden["payloadChecksum"]["checksum"]:
    out["mismatches"].append("payloadChecksum")
if model_fingerprint(os.path.join(repo, golden["modelFingerprint"]["model"])) != golden["modelFingerprint"]["fingerprint"]:
    out["mismatches"].append("modelFingerprint")

# A segment of 2 layers x 3 tokens x rows of 4 f16 values, made here and round-tripped.
fp = golden["modelFingerprint"]["fingerprint"]
tokens, positions = [5, 6, 7], [10, 11, 12]
ctx = context_digest(list(range(10)))
layer = lambda seed: bytes((seed * 31 + i * 7) & 0xFF for i in range(3 * 4 * 2))  # noqa: E731
payload = bytes()
for l in range(2):
    payload += layer(2 * l) + layer(2 * l + 1)
key = segment_key(fp, "f16", "f16", namespace, tokens, ctx, positions[0])
with BrokerClient(address, namespace, token, chunk_bytes=16) as c:
    m = c.manifest(key, fp, "f16", "f16", 2, 4, 4, tokens, positions, ctx, payload)
    stored, created = c.put(m, payload)
    hit = c.lookup([key, "0" * 64])
    got = c.get(key)
    miss = c.get("f" * 64)
    ts = c.get(ts_key)
    wrong = BrokerClient(address, namespace, "not-the-token")
    try:
        wrong.lookup([key])
        out["wrongTokenRefused"] = False
    except Exception as e:  # noqa: BLE001
        out["wrongTokenRefused"] = "UNAUTHENTICATED" in str(e) or "PERMISSION_DENIED" in str(e)
    wrong.close()
    # The standard health service answers without a token.
    health = {"": c.health(""), "kvmesh.v1.Broker": c.health("kvmesh.v1.Broker")}
    try:
        health["unknown"] = c.health("kvmesh.v1.Nope")
    except Exception as e:  # noqa: BLE001
        health["unknown"] = str(e)
    out["health"] = health
out.update({
    "key": key, "stored": stored, "created": created, "lookup": hit,
    "roundTrip": got is not None and got[1] == payload and list(got[0].tokens) == tokens,
    "miss": miss is None,
    "tsChecksum": payload_checksum(ts[1]) if ts else None,
})
print(json.dumps(out))
