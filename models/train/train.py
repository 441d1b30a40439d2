"""Train a kvmesh model (see model.py) on the tokenized corpus (see tokenize_corpus.py).

Data: TOKENS/{train,val}.npz.xz (tokenize_corpus.py) with
  tokens  uint16[N]   documents back to back, each [BOS] ... [EOS]
  starts  int64[D]    offset of each document's BOS
  cat     uint8[D]    document category (index into meta.json "categories")
Reply tokens (after <|out|> up to and including <|end|>) get loss weight --reply-weight, others 1.
A batch row starts at a random document start (so position 0 is always BOS, as llama.cpp sees a
prompt) and runs on through the following documents for context_length+1 tokens. Documents are
drawn per category with the probabilities in --mix (category=weight,...).

Schedule: linear warmup, then cosine to lr*min_lr_frac, over --plan-s seconds of training time
(summed over resumed runs) or over --total-steps steps when given. Each run stops at its own
--budget-s and saves a resumable checkpoint (model, optimizer, step, time, RNG).
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model import CONFIGS, Llama, ModelConfig  # noqa: E402


def log(*a):
    print(f"[{time.strftime('%H:%M:%S')}]", *a, flush=True)


class Split:
    def __init__(self, path: str, device, out_id: int, end_id: int):
        import io
        import lzma
        with open(path, "rb") as f:
            raw = f.read()
        if path.endswith(".xz"):
            raw = lzma.decompress(raw)
        z = np.load(io.BytesIO(raw))
        tok = z["tokens"].astype(np.int64)
        # reply mask: tokens after <|out|> up to and including <|end|>
        d = np.zeros(tok.size + 1, dtype=np.int64)
        d[np.nonzero(tok == out_id)[0] + 1] += 1
        d[np.nonzero(tok == end_id)[0] + 1] -= 1
        wcls = (np.cumsum(d)[:-1] > 0).astype(np.int64)
        self.tokens = torch.from_numpy(tok).to(device)
        self.wcls = torch.from_numpy(wcls).to(device)
        self.starts = z["starts"].astype(np.int64)
        self.cat = z["cat"].astype(np.int64)
        self.n = int(self.tokens.numel())
        self.reply_frac = float(wcls.mean())


def make_batch(split: Split, starts: np.ndarray, T: int, device):
    starts = np.minimum(starts, split.n - (T + 1))
    idx = torch.from_numpy(starts).to(device)[:, None] + torch.arange(T + 1, device=device)[None, :]
    seq = split.tokens[idx]
    w = split.wcls[idx[:, 1:]]
    return seq[:, :-1], seq[:, 1:], w


def sample_starts(split: Split, rng: np.random.Generator, B: int, mix: dict[int, float]):
    cats = list(mix.keys())
    p = np.array([mix[c] for c in cats], dtype=np.float64)
    p /= p.sum()
    chosen = rng.choice(len(cats), size=B, p=p)
    out = np.empty(B, dtype=np.int64)
    for i, ci in enumerate(chosen):
        docs = split.by_cat[cats[ci]]
        out[i] = split.starts[docs[rng.integers(len(docs))]]
    return out


def loss_fn(model, x, y, w, class_weights):
    logits = model(x)
    l = F.cross_entropy(logits.float().reshape(-1, logits.size(-1)), y.reshape(-1), reduction="none")
    cw = class_weights[w.reshape(-1)]
    return (l * cw).sum() / cw.sum(), l.detach(), w


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="kvmesh-tiny", choices=list(CONFIGS))
    ap.add_argument("--data", required=True)
    ap.add_argument("--ckpt-dir", required=True)
    ap.add_argument("--budget-s", type=float, default=480, help="training seconds for this run")
    ap.add_argument("--plan-s", type=float, default=480, help="schedule length in training seconds (all runs)")
    ap.add_argument("--total-steps", type=int, default=0)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--min-lr-frac", type=float, default=0.05)
    ap.add_argument("--warmup", type=int, default=150)
    ap.add_argument("--wd", type=float, default=0.1)
    ap.add_argument("--reply-weight", type=float, default=2.0)
    ap.add_argument("--mix", default="", help="category=weight,... (default: proportional to tokens)")
    ap.add_argument("--eval-every-s", type=float, default=60)
    ap.add_argument("--eval-rows", type=int, default=128)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--compile", type=int, default=1)
    ap.add_argument("--vocab-size", type=int, default=0)
    ap.add_argument("--context-length", type=int, default=0)
    ap.add_argument("--stop-at", type=float, default=0, help="unix time: stop (and save) by then, whatever the budget")
    args = ap.parse_args()

    t_start = time.time()
    dev = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    cuda = dev.type == "cuda"
    if cuda:
        torch.backends.cuda.matmul.allow_tf32 = True
        torch.backends.cudnn.allow_tf32 = True
    meta = json.load(open(os.path.join(args.data, "meta.json")))
    cfg = ModelConfig(**CONFIGS[args.model].to_dict())
    cfg.vocab_size = args.vocab_size or meta["vocab_size"]
    if args.context_length:
        cfg.context_length = args.context_length
    T = cfg.context_length

    train = Split(os.path.join(args.data, "train.npz.xz"), dev, meta["out_id"], meta["end_id"])
    val = Split(os.path.join(args.data, "val.npz.xz"), dev, meta["out_id"], meta["end_id"])
    cats = meta["categories"]
    for s in (train, val):
        s.by_cat = {c: np.nonzero(s.cat == c)[0] for c in range(len(cats)) if (s.cat == c).any()}
    if args.mix:
        want = dict(kv.split("=") for kv in args.mix.split(","))
        mix = {cats.index(k): float(v) for k, v in want.items() if cats.index(k) in train.by_cat}
    else:
        mix = {c: float(len(d)) for c, d in train.by_cat.items()}
    log(f"model {args.model} train tokens {train.n} (reply {train.reply_frac:.3f}) val tokens {val.n} mix",
        {cats[c]: round(v, 3) for c, v in mix.items()})
    class_weights = torch.tensor([1.0, args.reply_weight], device=dev)

    torch.manual_seed(args.seed)
    model = Llama(cfg).to(dev)
    log(f"params {model.n_params():,} cfg {cfg.to_dict()}")
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2]
    opt_kw = dict(lr=args.lr, betas=(0.9, 0.95), eps=1e-8)
    if cuda:
        opt_kw["fused"] = True
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": args.wd},
                             {"params": no_decay, "weight_decay": 0.0}], **opt_kw)

    os.makedirs(args.ckpt_dir, exist_ok=True)
    ck_path = os.path.join(args.ckpt_dir, f"{args.model}.pt")
    state = {"step": 0, "train_s": 0.0, "tokens": 0, "history": [], "runs": 0}
    rng = np.random.default_rng(args.seed)
    if os.path.exists(ck_path):
        ck = torch.load(ck_path, map_location=dev, weights_only=False) if hasattr(torch, "compiler") else torch.load(ck_path, map_location=dev)
        model.load_state_dict(ck["model"])
        opt.load_state_dict(ck["opt"])
        state = ck["state"]
        rng = np.random.default_rng(args.seed + 1000 * (state["runs"] + 1))
        log(f"resumed {ck_path} at step {state['step']} train_s {state['train_s']:.0f}")
    state["runs"] += 1
    plan_s = state.get("plan_s", args.plan_s) if args.total_steps == 0 else None
    state["plan_s"] = plan_s

    fwd = model
    if args.compile and cuda:
        try:
            fwd = torch.compile(model)
        except Exception as e:  # pragma: no cover
            log("torch.compile failed, eager:", e)
            fwd = model

    # fixed held-out rows: first documents of each category, in order
    vr = np.random.default_rng(99)
    val_rows = {c: np.sort(vr.choice(val.starts[d], size=min(len(d), max(1, args.eval_rows // len(val.by_cat))), replace=False))
                for c, d in val.by_cat.items()}
    train_rows = {c: np.sort(vr.choice(train.starts[d], size=min(len(d), max(1, args.eval_rows // len(train.by_cat))), replace=False))
                  for c, d in train.by_cat.items()}

    @torch.no_grad()
    def evaluate(split, rows):
        model.eval()
        res = {}
        tot_l = tot_n = rep_l = rep_n = 0.0
        for c, starts in rows.items():
            cl = cn = 0.0
            for i in range(0, len(starts), 16):
                x, y, w = make_batch(split, starts[i:i + 16], T, dev)
                with torch.autocast(dev.type, dtype=torch.bfloat16, enabled=cuda):
                    logits = model(x)
                l = F.cross_entropy(logits.float().reshape(-1, logits.size(-1)), y.reshape(-1), reduction="none")
                cl += l.sum().item()
                cn += l.numel()
                rm = (w.reshape(-1) == 1)
                rep_l += l[rm].sum().item()
                rep_n += rm.sum().item()
            res[cats[c]] = cl / cn
            tot_l += cl
            tot_n += cn
        res["all"] = tot_l / tot_n
        res["reply"] = rep_l / max(rep_n, 1)
        model.train()
        return res

    def lr_at(step, train_s):
        if step < args.warmup:
            return args.lr * (step + 1) / args.warmup
        prog = (step / args.total_steps) if args.total_steps else (train_s / plan_s)
        prog = min(max(prog, 0.0), 1.0)
        return args.lr * (args.min_lr_frac + (1 - args.min_lr_frac) * 0.5 * (1 + math.cos(math.pi * prog)))

    def done(step, train_s):
        if args.total_steps:
            return step >= args.total_steps
        return train_s >= plan_s

    def save():
        tmp = ck_path + ".tmp"
        torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "state": state,
                    "config": cfg.to_dict(), "args": vars(args)}, tmp)
        os.replace(tmp, ck_path)

    model.train()
    if fwd is not model:  # compile now (outside the timed schedule); fall back to eager if it fails
        try:
            x, y, w = make_batch(train, sample_starts(train, rng, args.batch, mix), T, dev)
            with torch.autocast(dev.type, dtype=torch.bfloat16, enabled=cuda):
                loss_fn(fwd, x, y, w, class_weights)[0].backward()
            opt.zero_grad(set_to_none=True)
            log("compiled")
        except Exception as e:
            log("torch.compile failed at first step, running eager:", repr(e)[:500])
            fwd = model
            opt.zero_grad(set_to_none=True)
    run_t0 = time.time()
    last_eval = time.time()
    last_log = time.time()
    run_train_s = 0.0
    run_steps = 0
    step_t = time.time()
    ema = None
    def out_of_time():
        return run_train_s >= args.budget_s or (args.stop_at and time.time() >= args.stop_at)

    while not done(state["step"], state["train_s"]) and not out_of_time():
        lr = lr_at(state["step"], state["train_s"])
        for g in opt.param_groups:
            g["lr"] = lr
        x, y, w = make_batch(train, sample_starts(train, rng, args.batch, mix), T, dev)
        with torch.autocast(dev.type, dtype=torch.bfloat16, enabled=cuda):
            loss, _, _ = loss_fn(fwd, x, y, w, class_weights)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        state["step"] += 1
        state["tokens"] += args.batch * T
        now = time.time()
        dt = now - step_t
        step_t = now
        run_steps += 1
        if run_steps > 3:  # do not count compile time as schedule time
            state["train_s"] += dt
            run_train_s += dt
        if state["step"] % 20 == 0 or now - last_log > 30:
            lv = loss.item()
            ema = lv if ema is None else 0.9 * ema + 0.1 * lv
            if now - last_log > 15:
                log(f"step {state['step']} loss {lv:.4f} ema {ema:.4f} lr {lr:.2e} train_s {state['train_s']:.0f} "
                    f"tok {state['tokens']/1e6:.1f}M tok/s {args.batch*T/dt:,.0f}")
                last_log = now
        if now - last_eval > args.eval_every_s:
            ev = evaluate(val, val_rows)
            state["history"].append({"step": state["step"], "train_s": round(state["train_s"], 1),
                                     "tokens": state["tokens"], "train_loss_ema": ema, "val": ev})
            log(f"eval step {state['step']} val {json.dumps({k: round(v, 4) for k, v in ev.items()})}")
            save()
            last_eval = time.time()
            step_t = time.time()
    ev = evaluate(val, val_rows)
    evt = evaluate(train, train_rows)
    state["final"] = {"step": state["step"], "train_s": round(state["train_s"], 1), "tokens": state["tokens"],
                      "val": ev, "train_eval": evt, "complete": done(state["step"], state["train_s"])}
    state["history"].append({"step": state["step"], "train_s": round(state["train_s"], 1),
                             "tokens": state["tokens"], "train_loss_ema": ema, "val": ev})
    save()
    summary = {"model": args.model, "n_params": model.n_params(), "config": cfg.to_dict(), "args": vars(args),
               "state": state, "torch": torch.__version__,
               "device": torch.cuda.get_device_name(0) if cuda else "cpu", "compiled": fwd is not model}
    with open(os.path.join(args.ckpt_dir, f"{args.model}.summary.json"), "w") as f:
        json.dump(summary, f, indent=1)
    log("final", json.dumps(state["final"]))
    log(f"run wall {time.time() - t_start:.0f}s")


if __name__ == "__main__":
    main()
