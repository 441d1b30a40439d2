#!/usr/bin/env bash
# One device call of the kvmesh training recipe (GPU host: python3 with torch 2.x + CUDA).
#   phase 1: train kvmesh-tiny (whole schedule) and kvmesh-small (first half) side by side on one GPU,
#            export kvmesh-tiny.gguf and its parity fixture to $OUT.
#   phase 2: resume kvmesh-small (second half of its schedule), export kvmesh-small.gguf and its fixture.
# Work files live in $W (kept while the host stays warm between calls); results go to $OUT, GGUFs
# split in 15 MiB parts (join with cat).
# Usage: bash models/train/device_run.sh PHASE WALL_SECONDS
set -uo pipefail
PHASE=$1; WALL=${2:-540}
T0=$(date +%s)
STOP=$((T0 + WALL - 45))       # training stops here; export + parity take < 45 s
export PYTHONUNBUFFERED=1
W=${W:-/root/kvmesh}; mkdir -p "$W" "$OUT"
cd "$(dirname "$0")"
[ -f "$W/tokens/meta.json" ] || cp -r runs/tokens "$W/tokens"
mkdir -p "$W/meta"
nvidia-smi --query-gpu=name,memory.used,memory.total --format=csv | tee "$W/meta/gpu.txt"
python3 -c 'import torch; print("torch", torch.__version__, torch.cuda.get_device_name(0))'
ls -la "$W" "$W/ck" 2>/dev/null
VOCAB=../tokenizer/kvmesh-sp8k.vocab.json
COMMON="--data $W/tokens --ckpt-dir $W/ck --stop-at $STOP --batch 32 --reply-weight 2 --mix rag=0.3,math=0.25,code=0.3,prose=0.15 ${EXTRA:-}"
finish() {  # model
  local m=$1
  cp "$W/ck/$m.summary.json" "$W/meta/" 2>/dev/null
  python3 export_gguf.py "$W/ck/$m.pt" $VOCAB "$W/$m.gguf" || return 1
  python3 parity_ref.py "$W/ck/$m.pt" "$W/tokens" "$W/$m.gguf" "$OUT/parity-$m.json"
  sha256sum "$W/$m.gguf" | tee "$W/meta/$m.gguf.sha256"
  (cd "$OUT" && split -b 15M -d "$W/$m.gguf" "$m.gguf.part")
}
if [ "$PHASE" = 1 ]; then
  python3 train.py --model kvmesh-tiny  $COMMON --lr 2e-3   --budget-s 9999 --plan-s ${TINY_PLAN:-420} > "$OUT/train-tiny.log" 2>&1 &
  P1=$!
  python3 train.py --model kvmesh-small $COMMON --lr 1.5e-3 --budget-s 9999 --plan-s ${SMALL_PLAN:-840} > "$OUT/train-small.log" 2>&1 &
  P2=$!
  wait $P1; echo "tiny exit $?"
  finish kvmesh-tiny
  wait $P2; echo "small exit $?"
  cp "$W/ck/kvmesh-small.summary.json" "$W/meta/" 2>/dev/null
elif [ "$PHASE" = 2 ]; then
  # a fresh host has no phase-1 checkpoint: train kvmesh-small from scratch on a schedule that fits
  [ -f "$W/ck/kvmesh-small.pt" ] || SMALL_PLAN=$((STOP - T0 - 100))
  python3 train.py --model kvmesh-small $COMMON --lr 1.5e-3 --budget-s 9999 --plan-s ${SMALL_PLAN:-840} > "$OUT/train-small-2.log" 2>&1
  echo "small exit $?"
  finish kvmesh-small
fi
tail -n 3 "$OUT"/train-*.log
tar -C "$W" -cf "$OUT/meta.tar" meta
ls -la "$OUT"; echo "wall $(( $(date +%s) - T0 )) s"
