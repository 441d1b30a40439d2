#!/usr/bin/env bash
# One device call: C2C end to end (see models/README.md, "Cache-to-Cache").
# carry: models/c2c/run/tiny (kvmesh-tiny.gguf) and models/c2c/run/small (kvmesh-small.int8.npz)
set -o pipefail
export PYTHONUNBUFFERED=1
HERE=$(cd "$(dirname "$0")" && pwd)
OUTDIR=${OUT:-out/c2c}
mkdir -p "$OUTDIR"
python3 -c "import torch, sentencepiece, numpy; print('torch', torch.__version__, 'cuda', torch.version.cuda, 'numpy', numpy.__version__)"
nvidia-smi --query-gpu=name,memory.used,utilization.gpu --format=csv
python3 "$HERE/run_c2c.py" --receiver "$HERE/run/tiny/kvmesh-tiny.gguf" \
  --sharer-init "$HERE/run/small/kvmesh-small.int8.npz" --out "$OUTDIR" "$@" 2>&1 | tee -a "$OUTDIR/c2c-stdout.txt"
rc=$?
if [ -f "$OUTDIR/kvmesh-small-facts.gguf" ]; then
  sha256sum "$OUTDIR/kvmesh-small-facts.gguf" | tee "$OUTDIR/kvmesh-small-facts.sha256"
  split -b 15M -d "$OUTDIR/kvmesh-small-facts.gguf" "$OUTDIR/kvmesh-small-facts.gguf.part"
  rm "$OUTDIR/kvmesh-small-facts.gguf"
fi
rm -f "$OUTDIR/c2c-stdout.txt"
exit $rc
