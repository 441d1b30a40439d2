#!/usr/bin/env bash
# The project's one test command (`npm test`): typecheck, lint, layer check,
# then every test tier. Integration tests need nats-server; install it when
# missing and we may (root on Debian), so a fresh machine needs nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v nats-server >/dev/null && [ ! -x /usr/sbin/nats-server ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "test.sh: installing nats-server (Debian package)"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nats-server >/dev/null
  else
    echo "test.sh: nats-server is not installed (Debian: apt-get install nats-server); integration tests will fail" >&2
  fi
fi
# The Python client's test needs grpcio, grpc_tools and protobuf (Debian's packages); skipped without them.
if ! /usr/bin/python3 -c "import grpc, grpc_tools, google.protobuf" 2>/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "test.sh: installing python3-grpcio, python3-grpc-tools, python3-protobuf (Debian packages)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-grpcio python3-grpc-tools python3-protobuf >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-grpcio python3-grpc-tools python3-protobuf >/dev/null; } \
    || echo "test.sh: could not install the Python gRPC packages; the Python client test will be skipped" >&2
fi
export PATH="$PATH:/usr/sbin"
echo "== typecheck"; npx tsc -p tsconfig.json --noEmit
echo "== lint"; npx eslint . --max-warnings 0
echo "== layers"; npx tsx scripts/check-layers.ts
echo "== tests"
mapfile -t files < <(find test -name '*.test.ts' | sort)
node --import tsx --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout "${files[@]}"
