/**
 * RAG suite: a handful of short records, a question about one of them.
 * Pipelines: the retriever quotes the record verbatim, the reader copies the
 * answer span out of the quote; the checker is exact match after normalization.
 */
import type { SharedInput } from "./format.js";
import type { Rng } from "./rng.js";
import { generateInSplit, normalizeAnswer, type Instance, type RoleSpec, type Suite } from "./types.js";
import { CITIES, COLORS, FIRST_NAMES, LAST_NAMES, OBJECTS } from "./words.js";

interface Relation {
  readonly name: string;
  readonly value: (rng: Rng) => string;
  readonly record: (thing: string, value: string) => string;
  readonly question: (thing: string) => string;
  /** What the planner says it looks for. */
  readonly aim: string;
}

const person = (rng: Rng): string => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;

const RELATIONS: readonly Relation[] = [
  {
    name: "owner",
    value: person,
    record: (t, v) => `The owner of the ${t} is ${v}.`,
    question: (t) => `Who is the owner of the ${t}?`,
    aim: "its owner",
  },
  {
    name: "place",
    value: (rng) => rng.pick(CITIES),
    record: (t, v) => `The ${t} is kept in ${v}.`,
    question: (t) => `Where is the ${t} kept?`,
    aim: "where it is kept",
  },
  {
    name: "price",
    value: (rng) => String(rng.int(2, 99)),
    record: (t, v) => `The ${t} costs ${v} coins.`,
    question: (t) => `How many coins does the ${t} cost?`,
    aim: "its price",
  },
  {
    name: "year",
    value: (rng) => String(rng.int(1850, 2020)),
    record: (t, v) => `The ${t} was made in ${v}.`,
    question: (t) => `In which year was the ${t} made?`,
    aim: "the year it was made",
  },
  {
    name: "maker",
    value: person,
    record: (t, v) => `The ${t} was built by ${v}.`,
    question: (t) => `Who built the ${t}?`,
    aim: "who built it",
  },
];

const ROLES: Record<string, RoleSpec> = {
  answerer: {
    name: "answerer",
    system: "You answer questions about records. Find the record that answers the question and reply with the exact words from it.",
    maxTokens: 16,
  },
  planner: {
    name: "planner",
    system: "You are the planner. Say which record to look for and what to take from it.",
    maxTokens: 32,
  },
  retriever: {
    name: "retriever",
    system: "You are the retriever. Quote the one record that answers the question, word for word.",
    maxTokens: 40,
  },
  reader: {
    name: "reader",
    system: "You are the reader. Answer with the short span copied from the quoted record.",
    maxTokens: 16,
  },
  critic: {
    name: "critic",
    system: "You are the critic. Check that the answer appears in the quoted record.",
    maxTokens: 32,
  },
  final: {
    name: "final",
    system: "You give the final answer only, as a short span.",
    maxTokens: 16,
  },
};

function generate(seed: number, index: number): Instance {
  return generateInSplit("rag", 0x7261, seed, index, (rng) => {
    const count = rng.int(6, 9);
    const numbers = rng.sample(Array.from({ length: 98 }, (_, i) => i + 2), count).sort((a, b) => a - b);
    const things = new Set<string>();
    while (things.size < count) things.add(`${rng.pick(COLORS)} ${rng.pick(OBJECTS)}`);
    const thingList = [...things];
    const records = numbers.map((n, i) => {
      const relation = rng.pick(RELATIONS);
      const value = relation.value(rng);
      return { n, thing: thingList[i], relation, value, text: `Record ${n}: ${relation.record(thingList[i], value)}` };
    });
    const target = rng.pick(records);
    const question = target.relation.question(target.thing);
    const documents = records.map((r) => r.text).join("\n");
    const inputs: SharedInput[] = [
      { id: "question", header: "question", text: question },
      { id: "documents", header: "documents", text: documents },
    ];
    const answer = target.value;
    return {
      inputs,
      answer,
      key: `${question}\n${documents}`,
      gold: {
        answerer: answer,
        planner: `Look for the record about the ${target.thing} and take ${target.relation.aim}.`,
        retriever: target.text,
        reader: answer,
        critic: `${answer} appears in Record ${target.n}. The answer is supported.`,
        final: answer,
      },
    };
  });
}

export const ragSuite: Suite = {
  name: "rag",
  roles: ROLES,
  pipelines: {
    1: ["answerer"],
    3: ["retriever", "reader", "final"],
    5: ["planner", "retriever", "reader", "critic", "final"],
  },
  generate,
  extractAnswer: (text) => normalizeAnswer(text.replace(/^\s*answer\s*:/i, "")),
};
