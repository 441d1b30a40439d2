"""Train the kvmesh SentencePiece tokenizer (BPE, byte fallback, split digits) on the corpus.

Settings are chosen so llama.cpp's SPM tokenizer (tokenizer.ggml.model = "llama") reproduces
SentencePiece's segmentation exactly:
  - normalization "identity", no extra-whitespace removal, no dummy space prefix
    (llama.cpp only escapes ' ' to U+2581; GGUF add_space_prefix = false)
  - the corpus' special markers and "\n" are user-defined symbols (llama.cpp token type 4 is
    matched as a whole in raw text before BPE, as SentencePiece does)
  - deterministic: fixed seed, one thread, no input shuffling/sampling.
  - the stop marker ("<|end|>") is user-defined for SentencePiece but a control token and the
    end-of-turn id (tokenizer.ggml.eot_token_id) in the GGUF, so llama.cpp stops generating on it;
    inference tokenizes prompts with special tokens on (agents/agent.ts), where both agree.
Writes OUT_PREFIX.model, OUT_PREFIX.vocab.json (tokens, scores, llama.cpp token types, special
ids, normalizer settings; read by export_gguf.py and the TS side).

Usage: python3 train_tokenizer.py CORPUS_DIR OUT_PREFIX [--vocab 8000]
"""
from __future__ import annotations

import argparse
import io
import json
import os
import sys

import sentencepiece as spm

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_io import read_symbols, read_symbols_json, iter_documents  # noqa: E402

TOK_NORMAL, TOK_UNKNOWN, TOK_CONTROL, TOK_USER_DEFINED, TOK_UNUSED, TOK_BYTE = 1, 2, 3, 4, 5, 6


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("out_prefix")
    ap.add_argument("--vocab", type=int, default=8000)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--every", type=int, default=8, help="train on every N-th document (deterministic subset)")
    args = ap.parse_args()

    symbols = read_symbols(args.corpus)
    user_defined = list(dict.fromkeys(symbols + ["\n"]))
    docs = [d.text for i, d in enumerate(iter_documents(args.corpus, "train")) if i % args.every == 0]
    # sentencepiece trains on "sentences"; feed each document's lines with their newlines kept so
    # whitespace-only pieces (indentation) can be learned, capped in length.
    sentences = []
    for t in docs:
        for line in t.split("\n"):
            if line:
                sentences.append(line[:4000])
    print(f"tokenizer: {len(docs)} documents, {len(sentences)} lines, {len(user_defined)} user symbols")
    spm.set_random_generator_seed(args.seed)
    buf = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(sentences), model_writer=buf,
        model_type="bpe", vocab_size=args.vocab,
        byte_fallback=True, split_digits=True,
        user_defined_symbols=user_defined,
        normalization_rule_name="identity", remove_extra_whitespaces=False, add_dummy_prefix=False,
        allow_whitespace_only_pieces=True, split_by_whitespace=True,
        character_coverage=0.9995, max_sentence_length=16384,
        input_sentence_size=0, shuffle_input_sentence=False, num_threads=1,
        unk_id=0, bos_id=1, eos_id=2, pad_id=-1,
        hard_vocab_limit=True, minloglevel=1,
    )
    os.makedirs(os.path.dirname(os.path.abspath(args.out_prefix)), exist_ok=True)
    with open(args.out_prefix + ".model", "wb") as f:
        f.write(buf.getvalue())
    sp = spm.SentencePieceProcessor(model_file=args.out_prefix + ".model")
    ud = set(user_defined)
    tokens, scores, types = [], [], []
    for i in range(sp.get_piece_size()):
        p = sp.id_to_piece(i)
        tokens.append(p)
        scores.append(float(sp.get_score(i)))
        if sp.is_unknown(i):
            t = TOK_UNKNOWN
        elif sp.is_control(i):
            t = TOK_CONTROL
        elif sp.is_byte(i):
            t = TOK_BYTE
        elif sp.is_unused(i):
            t = TOK_UNUSED
        elif p in ud:
            t = TOK_USER_DEFINED
        else:
            t = TOK_NORMAL
        types.append(t)
    # The stop marker ends every reply. SentencePiece keeps it user-defined (so transcripts encode it
    # as one id); in the GGUF it is a control token and the end-of-turn id: llama.cpp would force
    # that anyway for "<|end|>" (with a warning) and then stops generation on it.
    stop = read_symbols_json(args.corpus).get("stop")
    eot = sp.piece_to_id(stop) if stop else -1
    if eot >= 0:
        types[eot] = TOK_CONTROL
    vocab = {
        "model": os.path.basename(args.out_prefix) + ".model",
        "type": "sentencepiece-bpe",
        "bos": sp.bos_id(), "eos": sp.eos_id(), "unk": sp.unk_id(), "pad": sp.pad_id(), "eot": eot,
        "add_dummy_prefix": False, "normalization": "identity", "remove_extra_whitespaces": False,
        "byte_fallback": True, "split_digits": True, "seed": args.seed,
        "user_defined_symbols": user_defined,
        "tokens": tokens, "scores": scores, "types": types,
    }
    with open(args.out_prefix + ".vocab.json", "w", encoding="utf-8") as f:
        json.dump(vocab, f, ensure_ascii=False, separators=(",", ":"))
    n_ud = sum(1 for t in types if t == TOK_USER_DEFINED)
    print(f"tokenizer: vocab {sp.get_piece_size()} (user-defined {n_ud}) -> {args.out_prefix}.model")


if __name__ == "__main__":
    main()
