"""C2C on the designed setting, end to end on one GPU: continue the sharer on the fact collection,
train the fuser through the frozen receiver, evaluate six methods on held-out questions, write the
projector file, the eval JSON and the sharer GGUF.

Usage: python3 run_c2c.py --receiver TINY.gguf --sharer-init SMALL.int8.npz --out DIR
"""
from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import random
import statistics
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "train"))
import facts as FX  # noqa: E402
from fuser import Fuser  # noqa: E402
from gguf_read import llama_config, read_gguf, state_dict_from_gguf  # noqa: E402
from kvmodel import build_model, forward, greedy  # noqa: E402
from pack_transfer import load_transfer  # noqa: E402
from projector_file import read_projector, write_projector  # noqa: E402

BOS, EOS, END_ID = 1, 2, 6
LOG = None


def log(*a):
    s = " ".join(str(x) for x in a)
    print(s, flush=True)
    if LOG:
        LOG.write(s + "\n")
        LOG.flush()


def sync():
    if torch.cuda.is_available():
        torch.cuda.synchronize()


# ---------------------------------------------------------------- sharer continued training
def finetune_sharer(model, sp, facts, all_things, args, dev, task_things=(), check=None):
    """task_things: things whose 4-record questions (answerer and retriever calls) the sharer also trains
    on (--ft-task-share), so that it learns to use what it read; never the fuser's, validation or held-out
    things. check(step): a callback run every --ft-check-every steps (the sharer's accuracy on val things)."""
    rng = random.Random(args.seed)
    rows, T = args.ft_batch, args.ft_len
    # design 3 (--ft-verify-things all): the sharer checks records of every thing it read, so that what it knows
    # shows where it reads a record; design 2 (task): only task things
    verify_things = all_things if args.ft_verify_things == "all" else task_things
    stream: list = []

    def refill():
        while len(stream) < rows * (T + 1) * 4:
            u = rng.random()
            if u < args.ft_fact_share:
                k = rng.randint(6, 14)
                text = FX.statement_doc(facts, rng.sample(all_things, k), rng, qa_share=args.ft_qa_form)
            elif u < args.ft_fact_share + args.ft_verify_share and verify_things:
                text = FX.verify_doc(facts, rng.sample(list(verify_things), rng.randint(6, 14)), rng)
            elif u < args.ft_fact_share + args.ft_verify_share + args.ft_task_share and task_things:
                q = FX.fact_question(facts, rng.choice(task_things), rng.choice(("place", "owner")), rng)
                if rng.random() < 0.5:
                    text = FX.agent_prompt(FX.ANSWERER, q["question"], q["documents"]) + q["answer"] + FX.END
                else:
                    text = FX.agent_prompt(FX.RETRIEVER, q["question"], q["documents"]) + q["true_record"] + FX.END
            else:
                text = FX.replay_transcript(rng)
            stream.extend([BOS] + sp.encode(text) + [EOS])

    opt = torch.optim.AdamW(model.parameters(), lr=args.ft_lr, betas=(0.9, 0.95), weight_decay=0.0)
    model.train()
    t0 = time.time()
    for step in range(args.ft_steps):
        refill()
        batch = []
        for _ in range(rows):
            batch.append(stream[:T + 1])
            del stream[:T + 1]
        x = torch.tensor(batch, device=dev)
        lr = args.ft_lr * min(1.0, (step + 1) / 30) * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * step / args.ft_steps)))
        for g in opt.param_groups:
            g["lr"] = lr
        amp = torch.autocast("cuda", dtype=torch.bfloat16) if dev.type == "cuda" else contextlib.nullcontext()
        with amp:
            logits = model(x[:, :-1])
        loss = F.cross_entropy(logits.float().reshape(-1, logits.shape[-1]), x[:, 1:].reshape(-1))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        if step % 50 == 0 or step == args.ft_steps - 1:
            log(f"sharer-ft step {step} loss {loss.item():.4f} lr {lr:.2e} {time.time() - t0:.1f}s")
        if check and args.ft_check_every and step > 0 and step % args.ft_check_every == 0:
            model.eval()
            check(step)
            model.train()
    model.eval()
    for p in model.parameters():  # what the GGUF will hold: 2-D weights f16
        if p.dim() == 2:
            p.data = p.data.half().float()
    return time.time() - t0


@torch.no_grad()
def fact_recall(model, sp, facts, things, dev):
    """Teacher-forced: share of facts whose every value token is the argmax after the statement's start."""
    ok = 0
    n = 0
    for t in things:
        for rel in ("place", "owner"):
            s = FX.RELATIONS[rel]["record"](t, facts[t][rel])
            v = facts[t][rel]
            pre = [BOS] + sp.encode(s[: s.rindex(v)].rstrip())
            full = [BOS] + sp.encode(s)
            if full[: len(pre)] != pre:
                continue
            x = torch.tensor([full], device=dev)
            logits = model(x)[0]
            pred = logits[len(pre) - 1: len(full) - 2].argmax(-1).tolist()  # value tokens (not the final '.')
            gold = full[len(pre): len(full) - 1]
            ok += int(pred == gold)
            n += 1
    return ok / max(n, 1), n


@torch.no_grad()
def role_accuracy(model, sp, questions, role):
    """Greedy, batch 1. answerer: reply equals the answer. retriever: the quote holds the true value
    (what a reader can copy), and how many quotes are one of the prompt's records word for word."""
    ok = verbatim = 0
    for q in questions:
        system = FX.ANSWERER if role == "answerer" else FX.RETRIEVER
        ids = [BOS] + sp.encode(FX.agent_prompt(system, q["question"], q["documents"]))
        reply = sp.decode(greedy(model, ids, 16 if role == "answerer" else 40, END_ID))
        if role == "answerer":
            ok += int(FX.normalize(reply) == FX.normalize(q["answer"]))
        else:
            ok += int(q["answer"].lower() in reply.lower())
            verbatim += int(reply.strip() in q["documents"].split("\n"))
    return {"accuracy": ok / len(questions), "n": len(questions), **({"verbatim": verbatim} if role != "answerer" else {})}


@torch.no_grad()
def verify_accuracy(model, sp, facts, things, seed):
    """Teacher-forced: for a true and a false record of each thing and relation, does the model give the
    right label (" True" vs " False") the higher probability?"""
    rng = random.Random(seed)
    dev = model.tok_embd.weight.device
    ok = n = 0
    for t in things:
        for rel in ("place", "owner"):
            for truth in (True, False):
                line = FX.verify_line(facts, t, rel, truth, rng)
                stem = line[: line.rindex(" ")]
                scores = []
                for lab in ("True", "False"):
                    ids = [BOS] + sp.encode(f"{stem} {lab}")
                    k = len([BOS] + sp.encode(stem))
                    lp = torch.log_softmax(model(torch.tensor([ids], device=dev))[0].float(), -1)
                    scores.append(sum(lp[i - 1, ids[i]].item() for i in range(k, len(ids))))
                ok += int((scores[0] > scores[1]) == truth)
                n += 1
    return {"accuracy": ok / max(n, 1), "n": n}


def val_questions(facts, things, seed, draws=2):
    rng = random.Random(seed)
    return [FX.fact_question(facts, t, rel, rng) for _ in range(draws) for t in things for rel in ("place", "owner")]


# ---------------------------------------------------------------- fuser training
def encode_instance(sp, q):
    prompt = [BOS] + sp.encode(FX.agent_prompt(FX.ANSWERER, q["question"], q["documents"]))
    ans = sp.encode(q["answer"]) + [END_ID]
    return prompt, ans


def make_batch(items, dev):
    """items: (prompt, answer). Cache part = prompt[:-1]; suffix = [prompt[-1]] + answer[:-1], targets answer."""
    B = len(items)
    C = [len(p) - 1 for p, _ in items]
    S = [len(a) for _, a in items]
    Cm, Sm = max(C), max(S)
    cache = torch.zeros(B, Cm, dtype=torch.long)
    suf = torch.zeros(B, Sm, dtype=torch.long)
    tgt = torch.full((B, Sm), -100, dtype=torch.long)
    spos = torch.zeros(B, Sm, dtype=torch.long)
    for i, (p, a) in enumerate(items):
        cache[i, : C[i]] = torch.tensor(p[:-1])
        s = [p[-1]] + a[:-1]
        suf[i, : len(s)] = torch.tensor(s)
        tgt[i, : len(a)] = torch.tensor(a)
        spos[i] = C[i] + torch.arange(Sm)
    Ct = torch.tensor(C)
    kvalid = torch.arange(Cm)[None] < Ct[:, None]  # [B, Cm]
    cmask = torch.ones(Cm, Cm, dtype=torch.bool).tril()[None] & kvalid[:, None, :]
    cmask = cmask | torch.eye(Cm, dtype=torch.bool)[None]  # padded queries attend to themselves (no NaN)
    smask = torch.cat([kvalid[:, None, :].expand(B, Sm, Cm), torch.ones(Sm, Sm, dtype=torch.bool).tril()[None].expand(B, Sm, Sm)], 2)
    cpos = torch.arange(Cm)[None].expand(B, Cm)
    return {k: v.to(dev) for k, v in dict(cache=cache, cpos=cpos, cmask=cmask, suf=suf, spos=spos, smask=smask, tgt=tgt).items()}


@torch.no_grad()
def sharer_cache(sharers, owner, b):
    """The sharer cache of each row of batch b, row i from sharers[owner[i]] (design 3's extra sharers)."""
    if len(sharers) == 1:
        return forward(sharers[0], b["cache"], b["cpos"], None, b["cmask"], want_logits=False)[1]
    own = torch.tensor(owner, device=b["cache"].device)
    out = None
    for k, sh in enumerate(sharers):
        idx = (own == k).nonzero()[:, 0]
        if idx.numel() == 0:
            continue
        _, kv = forward(sh, b["cache"][idx], b["cpos"][idx], None, b["cmask"][idx], want_logits=False)
        if out is None:
            out = [(torch.empty((len(owner),) + k_.shape[1:], dtype=k_.dtype, device=k_.device),
                    torch.empty((len(owner),) + v_.shape[1:], dtype=v_.dtype, device=v_.device)) for k_, v_ in kv]
        for (ok, ov), (k_, v_) in zip(out, kv):
            ok[idx] = k_
            ov[idx] = v_
    return out


def fused_loss(fuser, sharers, receiver, b, hard=False, mode="fuse", owner=None):
    with torch.no_grad():
        kv_s = sharer_cache(sharers, owner or [0] * b["cache"].shape[0], b)
        _, kv_r = forward(receiver, b["cache"], b["cpos"], None, b["cmask"], want_logits=False)
    fused = fuser(kv_s, kv_r, hard=hard, mode=mode)
    logits, _ = forward(receiver, b["suf"], b["spos"], fused, b["smask"])
    return F.cross_entropy(logits.float().reshape(-1, logits.shape[-1]), b["tgt"].reshape(-1), ignore_index=-100)


@torch.no_grad()
def choice_accuracy(fuser, sharer, receiver, sp, qs, dev, mode="fuse", bs=256):
    """Multiple choice through the fused receiver (hard gates): the question's four record values scored by
    their summed log-probability as the answer; the true one must score highest. Also the mean answer
    loss (nats/token) of the true value."""
    was_training = fuser.training
    fuser.eval()
    items = []
    for q in qs:
        prompt, _ = encode_instance(sp, q)
        items += [(prompt, sp.encode(v) + [END_ID]) for v in q["values"]]
    lps, losses = [], []
    for i in range(0, len(items), bs):
        b = make_batch(items[i:i + bs], dev)
        with torch.no_grad():
            _, kv_s = forward(sharer, b["cache"], b["cpos"], None, b["cmask"], want_logits=False)
            _, kv_r = forward(receiver, b["cache"], b["cpos"], None, b["cmask"], want_logits=False)
        fused = fuser(kv_s, kv_r, hard=True, mode=mode)
        logits, _ = forward(receiver, b["suf"], b["spos"], fused, b["smask"])
        lp = torch.log_softmax(logits.float(), -1)
        tgt = b["tgt"]
        tok = lp.gather(-1, tgt.clamp(min=0)[..., None])[..., 0] * (tgt >= 0)
        lps.append(tok.sum(1))
        losses.append(-tok.sum(1) / (tgt >= 0).sum(1))
    lp = torch.cat(lps).view(len(qs), 4)
    loss = torch.cat(losses).view(len(qs), 4)
    gold = torch.tensor([q["values"].index(q["answer"]) for q in qs], device=lp.device)
    fuser.train(was_training)
    return (lp.argmax(1) == gold).float().mean().item(), loss.gather(1, gold[:, None]).mean().item()


def train_fuser(fuser, sharer, receiver, sp, facts, train_things, args, dev, val_things=(), extra=()):
    """Trains on train_things' questions (fresh distractors each step). extra: (sharer, facts) pairs of design 3's
    extra sharers, each trained on another fact table for the same things; row i of a batch is asked of
    sharer i mod (1 + len(extra)) with that sharer's true value, so the value must come from the sharer's cache
    (the thing alone names a different value per sharer). Every --fu-check-every steps the
    multiple-choice accuracy on val_things (disjoint from training and held-out things) is logged, with the
    same on 82 training-thing questions (memorization shows as a gap); the checkpoint with the best val
    accuracy (ties: lower val loss) is kept."""
    rng = random.Random(args.seed + 1)
    val = val_questions(facts, val_things, args.seed + 2)
    seen = val_questions(facts, train_things[:41], args.seed + 3, draws=1)
    if args.limit:  # smoke runs only
        val, seen = val[:args.limit], seen[:args.limit]
    curve = []
    best = None
    fuser.train()
    opt = torch.optim.AdamW(fuser.parameters(), lr=args.fu_lr, weight_decay=args.fu_wd)
    t0 = time.time()
    step = 0
    total = args.fu_steps
    while step < total:
        worlds = [(sharer, facts)] + list(extra)
        owner = [i % len(worlds) for i in range(args.fu_batch)]
        items = [encode_instance(sp, FX.fact_question(worlds[o][1], rng.choice(train_things), rng.choice(("place", "owner")), rng))
                 for o in owner]
        b = make_batch(items, dev)
        frac = step / total
        lr = args.fu_lr * min(1.0, (step + 1) / 50) * (0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * frac)))
        for g in opt.param_groups:
            g["lr"] = lr
        fuser.tau = max(0.1, 1.0 - 0.9 * frac)
        loss = fused_loss(fuser, [w[0] for w in worlds], receiver, b, owner=owner)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(fuser.parameters(), 1.0)
        opt.step()
        if step == 20 and args.fu_seconds > 0:  # fix the step count from the measured step time
            per = (time.time() - t0) / 21
            total = max(200, min(args.fu_steps, int(args.fu_seconds / per)))
            log(f"fuser: {per * 1000:.1f} ms/step -> {total} steps")
        if step % args.fu_check_every == 0 or step == total - 1:
            va, vl = choice_accuracy(fuser, sharer, receiver, sp, val, dev)
            ta, tl = choice_accuracy(fuser, sharer, receiver, sp, seen, dev)
            curve.append({"step": step, "trainLoss": round(loss.item(), 4), "valAcc": va, "valLoss": round(vl, 4),
                          "trainThingsAcc": ta, "trainThingsLoss": round(tl, 4)})
            log(f"fuser step {step} loss {loss.item():.4f} | val things acc {va:.3f} loss {vl:.4f} | "
                f"train things acc {ta:.3f} loss {tl:.4f} | lr {lr:.2e} gates "
                f"{(fuser.gate_logit > 0).int().flatten().tolist()} {time.time() - t0:.1f}s")
            if step > 0 and (best is None or (va, -vl) > (best[0], -best[1])):
                best = (va, vl, step, {k: v.detach().clone() for k, v in fuser.state_dict().items()})
        step += 1
    if best is not None:
        fuser.load_state_dict(best[3])
        log(f"fuser: kept step {best[2]} (val things acc {best[0]:.3f}, loss {best[1]:.4f})")
    for p in fuser.parameters():  # the projector file stores f16: evaluate exactly that
        p.data = p.data.half().float()
    return time.time() - t0, step, {"curve": curve, "keptStep": None if best is None else best[2],
                                    "keptValAcc": None if best is None else best[0], "keptValLoss": None if best is None else best[1],
                                    "valQuestions": len(val), "trainThingQuestions": len(seen)}


# ---------------------------------------------------------------- evaluation
@torch.no_grad()
def run_method(method, q, ctx):
    sp, sharer, receiver, fuser = ctx["sp"], ctx["sharer"], ctx["receiver"], ctx["fuser"]
    if method in ("receiver", "sharer"):
        model = receiver if method == "receiver" else sharer
        ids = [BOS] + sp.encode(FX.agent_prompt(FX.ANSWERER, q["question"], q["documents"]))
        return sp.decode(greedy(model, ids, 16, END_ID)), None
    if method == "text":
        ids = [BOS] + sp.encode(FX.agent_prompt(FX.RETRIEVER, q["question"], q["documents"]))
        quote = sp.decode(greedy(sharer, ids, 40, END_ID))
        ids = [BOS] + sp.encode(FX.agent_prompt(FX.READER, q["question"], q["documents"], [("retriever", quote)]))
        return sp.decode(greedy(receiver, ids, 16, END_ID)), quote
    ids = [BOS] + sp.encode(FX.agent_prompt(FX.ANSWERER, q["question"], q["documents"]))
    dev = receiver.tok_embd.weight.device
    head = torch.tensor([ids[:-1]], device=dev)
    pos = torch.arange(len(ids) - 1, device=dev)[None]
    if method == "shuffled":
        other = ctx["partner"][q["qid"]]
        o_ids = [BOS] + sp.encode(FX.agent_prompt(FX.ANSWERER, other["question"], other["documents"]))
        o = o_ids[:-1]
        n = len(ids) - 1
        o = (o * (n // len(o) + 1))[:n] if len(o) < n else o[:n]  # crop / tile to this prompt's length
        _, kv_s = forward(sharer, torch.tensor([o], device=dev), pos, want_logits=False)
    else:
        _, kv_s = forward(sharer, head, pos, want_logits=False)
    _, kv_r = forward(receiver, head, pos, want_logits=False)
    fused = fuser(kv_s, kv_r, hard=True, mode="zeroed" if method == "zeroed" else "fuse")
    return sp.decode(greedy(receiver, [ids[-1]], 16, END_ID, past=fused, past_len=len(ids) - 1)), None


def evaluate(ctx, questions, methods, warm=8):
    res = {m: {"correct": [], "ms": [], "replies": []} for m in methods}
    for m in methods:  # warm-up (kernels, allocator), untimed
        for q in questions[:warm]:
            run_method(m, q, ctx)
    for q in questions:  # methods interleaved per instance
        for m in methods:
            sync()
            t = time.perf_counter()
            reply, extra = run_method(m, q, ctx)
            sync()
            res[m]["ms"].append((time.perf_counter() - t) * 1000)
            res[m]["correct"].append(int(FX.normalize(reply) == FX.normalize(q["answer"])))
            res[m]["replies"].append(reply if extra is None else {"reply": reply, "message": extra})
    return res


def summarize(res, n):
    out = {}
    for m, r in res.items():
        c = np.array(r["correct"], dtype=float)
        p = c.mean()
        ms = sorted(r["ms"])
        out[m] = {"accuracy": p, "stderr": math.sqrt(p * (1 - p) / n), "n": n, "correct": int(c.sum()),
                  "latencyMs": statistics.median(ms), "latencyMeanMs": statistics.fmean(ms),
                  "latencyP10Ms": ms[len(ms) // 10], "latencyP90Ms": ms[(len(ms) * 9) // 10]}
    return out


def paired(res, a, b):
    d = np.array(res[a]["correct"], dtype=float) - np.array(res[b]["correct"], dtype=float)
    return {"diff": d.mean(), "stderr": d.std(ddof=1) / math.sqrt(len(d)), "n": len(d)}


METHODS = ["receiver", "sharer", "text", "c2c", "zeroed", "shuffled"]


def heldout_with_partners(sp, facts, held, limit):
    questions = FX.heldout_questions(facts, held)
    if limit:
        questions = questions[:limit]
    for i, q in enumerate(questions):
        q["qid"] = i
    # shuffled control: each question gets the sharer cache of a question about another thing, nearest length
    order = sorted(range(len(questions)), key=lambda i: len(sp.encode(questions[i]["documents"] + questions[i]["question"])))
    partner = {}
    for k, i in enumerate(order):
        j = order[(k + 2) % len(order)]
        step = 3
        while questions[j]["thing"] == questions[i]["thing"] and step < len(order) + 3:
            j = order[(k + step) % len(order)]
            step += 1
        partner[i] = questions[j]
    return questions, partner


def eval_only(args, sp, receiver, rcfg, facts, held, dev, t_all):
    meta, stt = read_gguf(args.sharer)
    meta["__tensor_names__"] = list(stt)
    scfg = llama_config(meta, "sharer")
    sharer = build_model(scfg, state_dict_from_gguf(stt, scfg["n_layers"]), dev).eval()
    header, state = read_projector(args.projector)
    fuser = Fuser(scfg, rcfg, hidden=header["hidden"]).to(dev)
    fuser.load_state_dict({k: torch.from_numpy(v) for k, v in state.items()})
    if list(fuser.map) != header["layerMap"]:
        raise ValueError(f"projector layer map {header['layerMap']} differs from {fuser.map}")
    fuser.eval()
    questions, partner = heldout_with_partners(sp, facts, held, args.limit)
    ctx = {"sp": sp, "sharer": sharer, "receiver": receiver, "fuser": fuser, "partner": partner}
    t_ev = time.time()
    res = evaluate(ctx, questions, METHODS, warm=min(2, len(questions)))
    summary = summarize(res, len(questions))
    pairs = {f"{a}-{b}": paired(res, a, b) for a, b in
             (("c2c", "text"), ("c2c", "receiver"), ("zeroed", "receiver"), ("shuffled", "receiver"), ("c2c", "sharer"))}
    result = {
        "setting": "designed C2C setting (models/c2c/facts.py): 4 conflicting records, the sharer has read the facts",
        "implementation": f"PyTorch {torch.__version__} on {dev} (models/c2c/run_c2c.py --eval-only), batch 1, greedy, f32",
        "heldOut": {"things": len(held), "questions": len(questions), "seed": 1000},
        "projector": {k: header[k] for k in ("sharer", "receiver", "layerMap", "gates", "hidden")},
        "methods": summary, "paired": pairs,
        "replies": [{"qid": q["qid"], "answer": q["answer"], **{m: res[m]["replies"][i] for m in METHODS}}
                    for i, q in enumerate(questions)],
        "evalSeconds": round(time.time() - t_ev, 1), "totalSeconds": round(time.time() - t_all, 1),
    }
    json.dump(result, open(args.json, "w"), indent=2)
    for m in METHODS:
        s = summary[m]
        log(f"{m:9s} acc {s['accuracy']:.4f} ± {s['stderr']:.4f} ({s['correct']}/{s['n']})  latency median {s['latencyMs']:.2f} ms")
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--receiver", required=True)
    ap.add_argument("--sharer-init")
    ap.add_argument("--vocab-json", default=os.path.join(HERE, "..", "tokenizer", "kvmesh-sp8k.vocab.json"))
    ap.add_argument("--sp-model", default=os.path.join(HERE, "..", "tokenizer", "kvmesh-sp8k.model"))
    ap.add_argument("--out", default="out/c2c")
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--ft-steps", type=int, default=400)
    ap.add_argument("--ft-batch", type=int, default=32)
    ap.add_argument("--ft-len", type=int, default=256)
    ap.add_argument("--ft-lr", type=float, default=5e-4)
    ap.add_argument("--ft-fact-share", type=float, default=0.5)
    ap.add_argument("--ft-task-share", type=float, default=0.0,
                    help="share of sharer documents that are 4-record questions about the task things (facts.thing_splits)")
    ap.add_argument("--ft-check-every", type=int, default=200)
    ap.add_argument("--ft-verify-share", type=float, default=0.0,
                    help="share of sharer documents that are True/False-labelled records of task things (facts.verify_doc)")
    ap.add_argument("--ft-verify-things", choices=("task", "all"), default="task",
                    help="whose records the True/False documents label: task things (design 2) or all things (design 3)")
    ap.add_argument("--ft-qa-form", type=float, default=0.0,
                    help="share of fact lines written as question and value instead of a statement (facts.statement_doc)")
    ap.add_argument("--min-sharer-val", type=float, default=0.0,
                    help="stop before the fuser when the sharer's answerer accuracy on val things is below this")
    ap.add_argument("--aug-sharers", type=int, default=0,
                    help="design 3: extra sharers trained on other fact tables (facts.alt_facts); the fuser trains on all")
    ap.add_argument("--aug-steps", type=int, default=0, help="continued-training steps of each extra sharer (0: --ft-steps)")
    ap.add_argument("--fu-check-every", type=int, default=50)
    ap.add_argument("--fu-wd", type=float, default=0.01)
    ap.add_argument("--fu-variants", default="",
                    help="comma list of hidden:lr:weight_decay:dropout; each is trained, the best on val things is kept")
    ap.add_argument("--fu-steps", type=int, default=4000)
    ap.add_argument("--fu-seconds", type=float, default=150)
    ap.add_argument("--fu-batch", type=int, default=64)
    ap.add_argument("--fu-lr", type=float, default=1e-3)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--cpu", action="store_true")
    ap.add_argument("--eval-only", action="store_true", help="evaluate a trained pair: --sharer GGUF --projector FILE")
    ap.add_argument("--sharer", help="sharer GGUF (eval-only)")
    ap.add_argument("--projector", help="projector file (eval-only)")
    ap.add_argument("--json", help="eval-only: write the result JSON here")
    ap.add_argument("--threads", type=int, default=0)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    global LOG
    LOG = open(os.path.join(args.out, "c2c-log.txt"), "a")
    dev = torch.device("cpu" if args.cpu or not torch.cuda.is_available() else "cuda")
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    log(f"torch {torch.__version__} device {dev} {torch.cuda.get_device_name(0) if dev.type == 'cuda' else ''}")
    import sentencepiece as spm
    sp = spm.SentencePieceProcessor(model_file=args.sp_model)
    t_all = time.time()

    meta, rt = read_gguf(args.receiver)
    meta["__tensor_names__"] = list(rt)
    rcfg = llama_config(meta, "kvmesh-tiny")
    receiver = build_model(rcfg, state_dict_from_gguf(rt, rcfg["n_layers"]), dev).eval()
    if args.threads:
        torch.set_num_threads(args.threads)
    if args.eval_only:
        facts, _, held = FX.fact_table()
        return eval_only(args, sp, receiver, rcfg, facts, held, dev, t_all)
    scfg, st = load_transfer(args.sharer_init)
    scfg = dict(scfg, name="kvmesh-small-facts")
    sharer = build_model(scfg, state_dict_from_gguf(st, scfg["n_layers"]), dev)
    for p in receiver.parameters():
        p.requires_grad_(False)

    split = FX.thing_splits()
    facts, held = split["facts"], split["held"]
    train_things = split["fuser"]
    all_things = split["task"] + split["val"] + split["fuser"] + held
    log("things: " + ", ".join(f"{k} {len(v)}" for k, v in split.items() if k != "facts"))
    lim = (lambda xs: xs[:args.limit]) if args.limit else (lambda xs: xs)  # --limit: smoke runs only
    sharer_val = lim(val_questions(facts, split["val"], args.seed + 2, draws=1))
    sharer_checks = []

    def check(step):
        a = role_accuracy(sharer, sp, sharer_val, "answerer")
        sharer_checks.append({"step": step, "valAnswerer": a["accuracy"]})
        log(f"sharer-ft step {step}: answerer accuracy on val things {a['accuracy']:.3f} (n {a['n']})")

    ft_s = finetune_sharer(sharer, sp, facts, all_things, args, dev, task_things=split["task"], check=check)
    for p in sharer.parameters():
        p.requires_grad_(False)
    rec_train = fact_recall(sharer, sp, facts, train_things, dev)
    rec_held = fact_recall(sharer, sp, facts, held, dev)
    rec_recv = fact_recall(receiver, sp, facts, held, dev)
    log(f"fact recall (teacher-forced, all value tokens argmax): sharer fuser-train things {rec_train}, "
        f"sharer held-out things {rec_held}, receiver held-out things {rec_recv}")
    held_qs = lim(FX.heldout_questions(facts, held))
    sharer_roles = {
        "taskThingsAnswerer": role_accuracy(sharer, sp, lim(val_questions(facts, split["task"][:41], args.seed + 4, draws=1)), "answerer"),
        "valThingsAnswerer": role_accuracy(sharer, sp, sharer_val, "answerer"),
        "valThingsRetriever": role_accuracy(sharer, sp, sharer_val, "retriever"),
        "fuserThingsAnswerer": role_accuracy(sharer, sp, lim(val_questions(facts, train_things[:41], args.seed + 5, draws=1)), "answerer"),
        "heldOutAnswerer": role_accuracy(sharer, sp, held_qs, "answerer"),
        "receiverValThingsAnswerer": role_accuracy(receiver, sp, sharer_val, "answerer"),
        "taskThingsVerify": verify_accuracy(sharer, sp, facts, lim(split["task"][:41]), args.seed + 6),
        "valThingsVerify": verify_accuracy(sharer, sp, facts, split["val"], args.seed + 6),
        "heldOutThingsVerify": verify_accuracy(sharer, sp, facts, lim(held), args.seed + 6),
    }
    for k, v in sharer_roles.items():
        log(f"after sharer training: {k} {v}")
    if sharer_roles["valThingsAnswerer"]["accuracy"] < args.min_sharer_val:
        log(f"sharer does not use its knowledge on val things (< {args.min_sharer_val}): no fuser trained")
        json.dump({"sharerChecks": sharer_checks, "sharerRoles": sharer_roles}, open(os.path.join(args.out, "c2c-eval.json"), "w"), indent=2)
        return 3

    sys.path.insert(0, os.path.join(HERE, "..", "train"))
    from export_gguf import export
    from model import gguf_tensors
    gguf_path = os.path.join(args.out, "kvmesh-small-facts.gguf")
    export(scfg, [(n, t.float().cpu().numpy()) for n, t in gguf_tensors(sharer)], args.vocab_json, gguf_path,
           name="kvmesh-small-facts",
           description=f"kvmesh-small continued on the C2C fact collection (models/c2c/facts.py, seed {FX.FACT_SEED})")

    extra = []  # design 3: --aug-sharers more sharers, the same recipe on other fact tables (fuser training only)
    for k in range(1, args.aug_sharers + 1):
        acfg, ast = load_transfer(args.sharer_init)
        aug = build_model(acfg, state_dict_from_gguf(ast, acfg["n_layers"]), dev)
        afacts = FX.alt_facts(FX.FACT_SEED + 1000 * k)
        aargs = argparse.Namespace(**{**vars(args), "ft_steps": args.aug_steps or args.ft_steps, "seed": args.seed + 100 * k})
        a_s = finetune_sharer(aug, sp, afacts, all_things, aargs, dev, task_things=split["task"])
        for p in aug.parameters():
            p.requires_grad_(False)
        same = sum(afacts[t][r] == facts[t][r] for t in train_things for r in ("place", "owner"))
        log(f"extra sharer {k}: {aargs.ft_steps} steps {a_s:.1f}s, fact recall on fuser things "
            f"{fact_recall(aug, sp, afacts, train_things, dev)}; {same} of {2 * len(train_things)} of its fuser-thing facts equal the sharer's")
        extra.append((aug, afacts))

    torch.backends.cuda.matmul.allow_tf32 = True
    # --fu-variants: several fuser recipes, each trained from the same seed; the one with the best accuracy on
    # val things (disjoint from training and held-out things) is evaluated, so no held-out number chooses it
    variants = [dict(zip(("hidden", "lr", "wd", "dropout"), map(float, v.split(":")))) for v in args.fu_variants.split(",")] \
        if args.fu_variants else [{"hidden": args.hidden, "lr": args.fu_lr, "wd": args.fu_wd, "dropout": 0.0}]
    tried = []
    fuser = None
    for v in variants:
        torch.manual_seed(args.seed)
        args.hidden, args.fu_lr, args.fu_wd = int(v["hidden"]), v["lr"], v["wd"]
        cand = Fuser(scfg, rcfg, hidden=args.hidden, dropout=v["dropout"]).to(dev)
        log(f"fuser variant {v}: parameters {sum(p.numel() for p in cand.parameters())}, layer map {cand.map}")
        fu_s, fu_steps, fu_val = train_fuser(cand, sharer, receiver, sp, facts, train_things, args, dev, val_things=split["val"], extra=extra)
        tried.append({"variant": v, "seconds": round(fu_s, 1), "steps": fu_steps, **fu_val})
        if fuser is None or (fu_val["keptValAcc"], -fu_val["keptValLoss"]) > (best_v[0], -best_v[1]):
            fuser, best_v = cand, (fu_val["keptValAcc"], fu_val["keptValLoss"], v, fu_s, fu_steps, fu_val)
    fu_s, fu_steps, fu_val = best_v[3], best_v[4], best_v[5]
    args.hidden, args.fu_lr, args.fu_wd = int(best_v[2]["hidden"]), best_v[2]["lr"], best_v[2]["wd"]
    log(f"fuser chosen on val things: {best_v[2]} (val acc {best_v[0]:.3f}, loss {best_v[1]:.4f})")
    torch.backends.cuda.matmul.allow_tf32 = False
    fuser.eval()
    gates = (fuser.gate_logit > 0).int().tolist()
    log(f"gates (hard, [K, V] per receiver layer): {gates}")

    questions, partner = heldout_with_partners(sp, facts, held, args.limit)
    ctx = {"sp": sp, "sharer": sharer, "receiver": receiver, "fuser": fuser, "partner": partner}
    methods = METHODS
    t_ev = time.time()
    res = evaluate(ctx, questions, methods)
    ev_s = time.time() - t_ev
    summary = summarize(res, len(questions))
    for m in methods:
        s = summary[m]
        log(f"{m:9s} acc {s['accuracy']:.4f} ± {s['stderr']:.4f} ({s['correct']}/{s['n']})  latency median {s['latencyMs']:.2f} ms")
    pairs = {f"{a}-{b}": paired(res, a, b) for a, b in
             (("c2c", "text"), ("c2c", "receiver"), ("zeroed", "receiver"), ("shuffled", "receiver"), ("c2c", "sharer"),
              ("c2c", "zeroed"), ("c2c", "shuffled"), ("text", "receiver"))}
    for k, v in pairs.items():
        log(f"paired {k}: {v['diff']:+.4f} ± {v['stderr']:.4f}")

    proj_path = os.path.join(args.out, "kvmesh-tiny.from.kvmesh-small-facts.kvpj")
    training = {"sharerContinued": {"steps": args.ft_steps, "batch": args.ft_batch, "len": args.ft_len, "lr": args.ft_lr,
                                    "factShare": args.ft_fact_share, "taskShare": args.ft_task_share,
                                    "extraSharers": args.aug_sharers, "extraSharerSteps": args.aug_steps or args.ft_steps, "verifyShare": args.ft_verify_share, "verifyThings": args.ft_verify_things, "qaForm": args.ft_qa_form, "seconds": round(ft_s, 1)},
                "fuser": {"steps": fu_steps, "keptStep": fu_val["keptStep"], "batch": args.fu_batch, "lr": args.fu_lr,
                          "seconds": round(fu_s, 1), "hidden": args.hidden, "weightDecay": args.fu_wd, "variant": best_v[2],
                          "objective": "next-token CE on answer tokens through the frozen receiver",
                          "checkpointChoice": "best multiple-choice accuracy on val things (disjoint from fuser-training and held-out things)"},
                "things": {k: len(v) for k, v in split.items() if k != "facts"},
                "factSeed": FX.FACT_SEED, "seed": args.seed, "host": torch.cuda.get_device_name(0) if dev.type == "cuda" else "cpu",
                "torch": torch.__version__}
    write_projector(proj_path, fuser, scfg, rcfg, training)
    result = {
        "setting": "designed C2C setting (models/c2c/facts.py): 4 conflicting records, the sharer has read the facts",
        "implementation": "PyTorch on the GPU host (models/c2c/run_c2c.py), batch 1, greedy; f32, TF32 off",
        "sharer": "kvmesh-small-facts", "receiver": "kvmesh-tiny",
        "heldOut": {"things": len(held), "questions": len(questions), "seed": 1000},
        "methods": summary, "paired": pairs,
        "factRecall": {"sharerFuserTrainThings": rec_train[0], "sharerHeldOutThings": rec_held[0], "receiverHeldOutThings": rec_recv[0]},
        "sharerChecks": sharer_checks, "sharerRoles": sharer_roles, "fuserValidation": fu_val, "fuserVariants": tried,
        "textMessages": {"holdTrueValue": sum(int(q["answer"].lower() in res["text"]["replies"][i]["message"].lower()) for i, q in enumerate(questions)),
                         "verbatimRecord": sum(int(res["text"]["replies"][i]["message"].strip() in q["documents"].split("\n")) for i, q in enumerate(questions))},
        "gates": gates, "training": training, "evalSeconds": round(ev_s, 1), "totalSeconds": round(time.time() - t_all, 1),
    }
    json.dump(result, open(os.path.join(args.out, "c2c-eval.json"), "w"), indent=2)
    with open(os.path.join(args.out, "c2c-replies.jsonl"), "w") as f:
        for i, q in enumerate(questions):
            f.write(json.dumps({"qid": i, "thing": q["thing"], "relation": q["relation"], "answer": q["answer"],
                                **{m: {"ok": res[m]["correct"][i], "reply": res[m]["replies"][i]} for m in methods}}) + "\n")
    log(f"done in {time.time() - t_all:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
