"""Write test/fixtures/parity/tokenizer.json: texts and their SentencePiece ids, for the test that
llama.cpp's SPM tokenizer (reading the GGUF vocabulary) segments exactly like SentencePiece.

Texts: pieces of held-out transcripts (whole prompts, cut at a line end), lines of every prose
source, and strings that need byte fallback, digits, runs of spaces and markers mid-text.

Usage: python3 make_tokenizer_fixture.py CORPUS_DIR TOKENIZER.model OUT.json
"""
from __future__ import annotations

import hashlib
import json
import os
import sys

import sentencepiece as spm

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_io import CATEGORIES, iter_documents  # noqa: E402

EXTRA = [
    "naïve café – ünïcödé 🙂\nnew line",
    "  two leading spaces,   three inside, tab\there, trailing   ",
    "x = 12345 + 67.89e-10; print(x)",
    "Record 17: The ivory kettle costs 142 coins.<|end|>trailing",
    "<|sys|><|in|><|out|><|end|>",
    "text<|out|>more text <|end|> after",
    "\n\n\nthree newlines then   spaces\n",
    "日本語のテキストと中文",
    "emoji 🤖🧠 and symbols ∑∫√ and € £ ¥",
    "<s> and </s> and <unk> are plain text here",
    "<0x41> looks like a byte token",
    "",
]


def cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    at = text.rfind("\n", 0, limit)
    return text[: at + 1] if at > 0 else text[:limit]


def main():
    corpus, model_path, out = sys.argv[1:4]
    sp = spm.SentencePieceProcessor(model_file=model_path)
    texts = []
    val = list(iter_documents(corpus, "val"))
    for i in range(0, len(val), len(val) // 24):
        texts.append(cut(val[i].text, 1500))
    seen_prose = 0
    for i, d in enumerate(iter_documents(corpus, "train")):
        if CATEGORIES[d.category] == "prose" and i % 7 == 0:
            texts.append(cut(d.text, 800))
            seen_prose += 1
            if seen_prose >= 16:
                break
    texts += EXTRA
    cases = [{"text": t, "ids": sp.encode(t)} for t in texts]
    doc = {
        "tokenizer": os.path.basename(model_path),
        "tokenizer_sha256": hashlib.sha256(open(model_path, "rb").read()).hexdigest(),
        "cases": cases,
    }
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))
    print(f"{out}: {len(cases)} cases, {sum(len(c['ids']) for c in cases)} tokens, {os.path.getsize(out)} bytes")


if __name__ == "__main__":
    main()
