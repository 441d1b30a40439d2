"""Tokenize the corpus into compact token files for train.py.

Writes OUT_DIR/{train,val}.npz.xz (numpy .npz, LZMA-compressed; python's stdlib opens it anywhere) with
  tokens  uint16[N]  documents back to back, each [BOS] text [EOS]
  starts  int64[D]   offset of each document's BOS
  cat     uint8[D]   category index (corpus_io.CATEGORIES)
and OUT_DIR/meta.json (vocab size, special ids, categories, counts, tokenizer sha256).
train.py derives the reply mask from the tokens (after <|out|> up to and including <|end|>).

Usage: python3 tokenize_corpus.py CORPUS_DIR TOKENIZER.model OUT_DIR
"""
from __future__ import annotations

import hashlib
import io
import json
import lzma
import os
import sys
import time

import numpy as np
import sentencepiece as spm

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_io import CATEGORIES, iter_documents, read_symbols_json  # noqa: E402


def main():
    corpus, model_path, out_dir = sys.argv[1:4]
    os.makedirs(out_dir, exist_ok=True)
    sp = spm.SentencePieceProcessor(model_file=model_path)
    assert sp.get_piece_size() < 65536
    sym = read_symbols_json(corpus)
    markers = sym["markers"]
    ids = {m: sp.piece_to_id(m) for m in markers}
    meta = {
        "vocab_size": sp.get_piece_size(), "bos": sp.bos_id(), "eos": sp.eos_id(),
        "marker_ids": ids, "out_id": ids["<|out|>"], "end_id": ids["<|end|>"],
        "categories": CATEGORIES,
        "tokenizer_sha256": hashlib.sha256(open(model_path, "rb").read()).hexdigest(),
        "corpus_manifest_sha256": hashlib.sha256(open(os.path.join(corpus, "manifest.json"), "rb").read()).hexdigest(),
        "splits": {},
    }
    for split in ("train", "val"):
        t0 = time.time()
        docs = list(iter_documents(corpus, split))
        enc = sp.encode([d.text for d in docs], num_threads=os.cpu_count())
        lens = np.array([len(e) + 2 for e in enc], dtype=np.int64)
        starts = np.zeros(len(docs), dtype=np.int64)
        starts[1:] = np.cumsum(lens)[:-1]
        tokens = np.empty(int(lens.sum()), dtype=np.uint16)
        for s, e in zip(starts, enc):
            tokens[s] = sp.bos_id()
            tokens[s + 1:s + 1 + len(e)] = e
            tokens[s + 1 + len(e)] = sp.eos_id()
        cat = np.array([d.category for d in docs], dtype=np.uint8)
        nbytes = sum(len(d.text.encode("utf-8")) for d in docs)
        per_cat = {CATEGORIES[c]: {"docs": int((cat == c).sum()), "tokens": int(lens[cat == c].sum())}
                   for c in range(len(CATEGORIES)) if (cat == c).any()}
        buf = io.BytesIO()
        np.savez(buf, tokens=tokens, starts=starts, cat=cat)
        raw = buf.getvalue()
        path = os.path.join(out_dir, f"{split}.npz.xz")
        with open(path, "wb") as f:
            f.write(lzma.compress(raw, preset=6))
        meta["splits"][split] = {"docs": len(docs), "tokens": int(tokens.size), "text_bytes": nbytes,
                                 "bytes_per_token": round(nbytes / max(1, tokens.size - 2 * len(docs)), 3),
                                 "categories": per_cat, "file_bytes": os.path.getsize(path)}
        print(f"{split}: {len(docs)} docs {tokens.size} tokens -> {path} {os.path.getsize(path)/1e6:.1f} MB "
              f"in {time.time()-t0:.0f}s", flush=True)
    with open(os.path.join(out_dir, "meta.json"), "w") as f:
        json.dump(meta, f, indent=1)


if __name__ == "__main__":
    main()
