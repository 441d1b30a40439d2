"""The designed C2C setting: a fact collection only the sharer has read.

Facts: every "color object" thing of pipelines/suite/words.ts (16 x 32 = 512 things) gets a fixed place
(a city) and a fixed owner (a person), drawn once with FACT_SEED. The sharer (kvmesh-small) is
continued on plain statements of all 1,024 facts ("The red lamp is kept in Velmora."), the receiver
(kvmesh-tiny) never sees them.

Task: the suite's own 1-agent RAG prompt (answerer role), with four records about the asked thing
that disagree (the true value and three other values of the same relation, random order and record
numbers). The prompt alone cannot tell which record is true: a model that has not read the facts is
at chance (25%); the answer is copied from a record, a skill both models already have.

Splits by thing: FUSER_TRAIN things (two thirds) give the fuser's training questions; HELD_OUT
things give the evaluation questions. The sharer has read the facts of both (that is its knowledge),
the fuser never sees a held-out thing's answer, so a gain on held-out questions has to come through
the sharer's cache.
"""
from __future__ import annotations

import os
import random
import re

FACT_SEED = 18
HERE = os.path.dirname(os.path.abspath(__file__))
WORDS_TS = os.path.join(HERE, "..", "..", "pipelines", "suite", "words.ts")

SYS, IN, OUT, END = "<|sys|>", "<|in|>", "<|out|>", "<|end|>"
ANSWERER = ("You answer questions about records. Find the record that answers the question and reply with "
            "the exact words from it.")
RETRIEVER = "You are the retriever. Quote the one record that answers the question, word for word."
READER = "You are the reader. Answer with the short span copied from the quoted record."


def load_words() -> dict:
    src = open(WORDS_TS, encoding="utf-8").read()
    out = {}
    for m in re.finditer(r"export const (\w+): readonly string\[\] = \[(.*?)\];", src, re.S):
        out[m.group(1)] = re.findall(r'"([^"]*)"', m.group(2))
    return out


W = load_words()

RELATIONS = {
    "place": {"record": lambda t, v: f"The {t} is kept in {v}.", "question": lambda t: f"Where is the {t} kept?"},
    "owner": {"record": lambda t, v: f"The owner of the {t} is {v}.", "question": lambda t: f"Who is the owner of the {t}?"},
}
# replay-only relations (the suite's others), values random per transcript
EXTRA = {
    "price": {"record": lambda t, v: f"The {t} costs {v} coins.", "question": lambda t: f"How many coins does the {t} cost?"},
    "year": {"record": lambda t, v: f"The {t} was made in {v}.", "question": lambda t: f"In which year was the {t} made?"},
}


def person(rng: random.Random) -> str:
    return f"{rng.choice(W['FIRST_NAMES'])} {rng.choice(W['LAST_NAMES'])}"


def value_of(rel: str, rng: random.Random) -> str:
    if rel == "place":
        return rng.choice(W["CITIES"])
    if rel == "owner":
        return person(rng)
    if rel == "price":
        return str(rng.randint(2, 99))
    return str(rng.randint(1850, 2020))


def fact_table():
    rng = random.Random(FACT_SEED)
    things = [f"{c} {o}" for c in W["COLORS"] for o in W["OBJECTS"]]
    rng.shuffle(things)
    facts = {t: {"place": rng.choice(W["CITIES"]), "owner": person(rng)} for t in things}
    n_train = len(things) * 2 // 3
    return facts, things[:n_train], things[n_train:]


def alt_facts(seed: int) -> dict:
    """Another world's facts for the same 512 things (values drawn with another seed). Design 3 trains extra
    sharers on such tables: a fuser that learns "thing -> value" by heart is then wrong on their rows, so it
    has to read the value out of the sharer's cache."""
    facts, _, _ = fact_table()
    rng = random.Random(seed)
    return {t: {"place": rng.choice(W["CITIES"]), "owner": person(rng)} for t in facts}


SPLIT_SEED = 1818


def thing_splits(n_task: int = 120, n_val: int = 41) -> dict:
    """Design 2: the 341 non-held-out things in three disjoint groups (the held-out 171 are unchanged).
    task: the sharer also trains on their 4-record questions (it learns to USE what it read);
    fuser: the fuser's training questions; val: the fuser's checkpoint choice and the sharer's check.
    fuser, val and held-out things are alike for the sharer (statements only), so what the fuser learns
    to read on its training things is what held-out things show it."""
    facts, rest, held = fact_table()
    order = list(rest)
    random.Random(SPLIT_SEED).shuffle(order)
    return {"facts": facts, "task": order[:n_task], "val": order[n_task:n_task + n_val],
            "fuser": order[n_task + n_val:], "held": held}


def statement_doc(facts: dict, things: list, rng: random.Random, qa_share: float = 0.0) -> str:
    """One sharer training document: several facts, one a line, in two surface forms (the statement, the
    statement as a numbered record), and with qa_share a third: the relation's question and the value
    ("Where is the red lamp kept? Velmora."), so that the sharer can recall a fact from its question too."""
    lines = []
    for t in things:
        for rel in ("place", "owner"):
            v = facts[t][rel]
            s = RELATIONS[rel]["record"](t, v)
            u = rng.random()
            if u < qa_share:
                lines.append(f"{RELATIONS[rel]['question'](t)} {v}.")
            else:
                lines.append(f"Record {rng.randint(2, 99)}: {s}" if u < qa_share + (1 - qa_share) / 2 else s)
    rng.shuffle(lines)
    return "\n".join(lines)


def other_value(rel: str, true: str, rng: random.Random) -> str:
    while True:
        v = rng.choice(W["CITIES"]) if rel == "place" else person(rng)
        if v != true:
            return v


def verify_line(facts: dict, thing: str, rel: str, truth: bool, rng: random.Random) -> str:
    """A numbered record about the thing, true or with another value, followed by its label:
    "Record 37: The red lamp is kept in Umber. False". The label comes right after the record's '.', the
    token at which every record of a question ends too."""
    v = facts[thing][rel] if truth else other_value(rel, facts[thing][rel], rng)
    return f"Record {rng.randint(2, 99)}: {RELATIONS[rel]['record'](thing, v)} {'True' if truth else 'False'}"


def verify_doc(facts: dict, things: list, rng: random.Random) -> str:
    """One sharer training document for design 3: records of task things, each labelled True or False
    (half each, false values drawn fresh every time, so a label cannot be learnt by heart for the record,
    only by checking the record against the fact the sharer read)."""
    return "\n".join(verify_line(facts, t, rng.choice(("place", "owner")), rng.random() < 0.5, rng) for t in things)


def agent_prompt(system: str, question: str, documents: str, prior: list = ()) -> str:
    """pipelines/suite/format.ts buildAgentParts, joined: the exact inference prompt text (without BOS)."""
    text = f"{SYS}{system}\n{IN}[question]:\n{question}\n[documents]:\n{documents}\n"
    for role, reply in prior:
        text += f"[{role}]:\n{reply}\n"
    return text + OUT


def fact_question(facts: dict, thing: str, rel: str, rng: random.Random) -> dict:
    true = facts[thing][rel]
    pool = W["CITIES"] if rel == "place" else None
    others = set()
    while len(others) < 3:
        v = rng.choice(pool) if pool else person(rng)
        if v != true:
            others.add(v)
    values = [true] + sorted(others)
    rng.shuffle(values)
    numbers = sorted(rng.sample(range(2, 100), 4))
    records = [f"Record {n}: {RELATIONS[rel]['record'](thing, v)}" for n, v in zip(numbers, values)]
    question = RELATIONS[rel]["question"](thing)
    return {"thing": thing, "relation": rel, "question": question, "documents": "\n".join(records),
            "answer": true, "true_record": records[values.index(true)], "values": values}


def heldout_questions(facts: dict, held: list, seed: int = 1000) -> list:
    rng = random.Random(seed)
    return [fact_question(facts, t, rel, rng) for t in held for rel in ("place", "owner")]


def replay_transcript(rng: random.Random) -> str:
    """A suite-style RAG transcript (answerer, retriever or reader call) with random records, so that the
    sharer keeps its task skills while it reads the facts."""
    count = rng.randint(6, 9)
    things = []
    while len(things) < count:
        t = f"{rng.choice(W['COLORS'])} {rng.choice(W['OBJECTS'])}"
        if t not in things:
            things.append(t)
    numbers = sorted(rng.sample(range(2, 100), count))
    rels = {**RELATIONS, **EXTRA}
    recs = []
    for n, t in zip(numbers, things):
        rel = rng.choice(list(rels))
        v = value_of(rel, rng)
        recs.append((t, rel, v, f"Record {n}: {rels[rel]['record'](t, v)}"))
    t, rel, v, text = rng.choice(recs)
    q = rels[rel]["question"](t)
    docs = "\n".join(r[3] for r in recs)
    role = rng.randrange(3)
    if role == 0:
        return agent_prompt(ANSWERER, q, docs) + v + END
    if role == 1:
        return agent_prompt(RETRIEVER, q, docs) + text + END
    return agent_prompt(READER, q, docs, [("retriever", text)]) + v + END


def normalize(text: str) -> str:
    t = re.sub(r"\s+", " ", text.lower()).strip()
    t = re.sub(r"^[\"'`]+|[\"'`.,;:!?]+$", "", t).strip()
    return re.sub(r"^\s*answer\s*:", "", t).strip()
