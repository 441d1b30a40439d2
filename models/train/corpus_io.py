"""Reading the corpus that scripts/build-corpus.ts writes to models/train/corpus/.

Layout (format "kvmesh-corpus/1"): train.txt and valid.txt hold documents separated by
symbols.json "documentSeparator" ("\n\n"; documents contain no blank line); symbols.json lists
the special markers; manifest.json describes the sources. A transcript document starts with
"<|sys|>" followed by the role's system text, which names its suite (pipelines/suite/*.ts).
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from typing import Iterator

CATEGORIES = ["rag", "math", "code", "prose"]
SPLIT_FILES = {"train": "train.txt", "val": "valid.txt"}
_REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


@dataclass
class Document:
    text: str
    category: int


def read_symbols_json(corpus: str) -> dict:
    with open(os.path.join(corpus, "symbols.json"), encoding="utf-8") as f:
        return json.load(f)


def read_symbols(corpus: str) -> list[str]:
    s = read_symbols_json(corpus)
    hints = s.get("tokenizerHints", {}).get("user_defined_symbols")
    return list(hints) if hints else list(s["markers"]) + list(s.get("boundarySymbols", []))


def suite_systems(repo: str = _REPO) -> dict[str, str]:
    """system text -> suite name, read from pipelines/suite/{rag,math,code}.ts."""
    out = {}
    for suite in ("rag", "math", "code"):
        src = open(os.path.join(repo, "pipelines", "suite", f"{suite}.ts"), encoding="utf-8").read()
        for m in re.finditer(r'system:\s*"((?:[^"\\]|\\.)*)"', src):
            out[json.loads('"' + m.group(1) + '"')] = suite
    return out


def iter_documents(corpus: str, split: str) -> Iterator[Document]:
    sym = read_symbols_json(corpus)
    sep = sym.get("documentSeparator", "\n\n")
    marker_sys = sym["markers"][0]  # "<|sys|>"
    systems = suite_systems()
    with open(os.path.join(corpus, SPLIT_FILES[split]), encoding="utf-8") as f:
        data = f.read()
    for doc in data.split(sep):
        doc = doc.strip("\n")
        if not doc:
            continue
        cat = CATEGORIES.index("prose")
        if doc.startswith(marker_sys):
            system = doc[len(marker_sys):doc.index("\n")] if "\n" in doc else ""
            cat = CATEGORIES.index(systems.get(system, "prose"))
        yield Document(doc, cat)
