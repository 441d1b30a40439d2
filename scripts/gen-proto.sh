#!/usr/bin/env bash
# Generates the static protobuf code in proto/gen/ from proto/kvmesh/v1/*.proto
# and proto/grpc/health/v1/health.proto (the standard health service).
# The output is committed, marked generated (.gitattributes) and never edited by
# hand: change the .proto, run this (`npm run proto`). With a folder argument it
# writes there instead (test/unit/proto/generated.test.ts compares the two).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-proto/gen}
mkdir -p "$out"
bin=node_modules/.bin
# static-module + es6 wrapper = an ESM module with encode/decode per message.
"$bin/pbjs" -t static-module -w es6 --no-delimited --no-service --force-number \
  -p proto -o "$out/kvmesh.js.tmp" proto/kvmesh/v1/*.proto proto/grpc/health/v1/health.proto
# Node ESM needs the file extension on the runtime import.
sed -e 's#from "protobufjs/minimal"#from "protobufjs/minimal.js"#' "$out/kvmesh.js.tmp" > "$out/kvmesh.js"
rm -f "$out/kvmesh.js.tmp"
"$bin/pbts" --no-comments=false -o "$out/kvmesh.d.ts" "$out/kvmesh.js"
echo "generated $out/kvmesh.js and $out/kvmesh.d.ts"
