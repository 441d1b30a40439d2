"""Writes the held-out C2C questions (the same 342 that run_c2c.py evaluates, with the shuffled
control's partner of each) as JSON, for the TypeScript evaluation (bench/c2c-eval.ts).

Usage: python3 dump_heldout.py heldout.json
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import facts as FX  # noqa: E402
import sentencepiece as spm  # noqa: E402
from run_c2c import heldout_with_partners  # noqa: E402

sp = spm.SentencePieceProcessor(model_file=os.path.join(HERE, "..", "tokenizer", "kvmesh-sp8k.model"))
facts, _, held = FX.fact_table()
qs, partner = heldout_with_partners(sp, facts, held, 0)
out = [{"qid": q["qid"], "thing": q["thing"], "relation": q["relation"], "question": q["question"], "documents": q["documents"],
        "answer": q["answer"], "partner": partner[q["qid"]]["qid"]} for q in qs]
json.dump({"factSeed": FX.FACT_SEED, "seed": 1000, "questions": out}, open(sys.argv[1], "w"), indent=0)
