/**
 * Instances of the long-document pipeline setting (`kvmesh bench fidelity
 * --setting long-document`): several agents, each with its own system
 * prompt, over one long document.
 *
 * Documents are runs of whole lines of kvmesh's own docs/*.md, frozen at
 * one commit in bench/fidelity-documents.json (later edits of docs/ do not
 * change the instances; the JSON's sha256 over the texts says which ones a
 * result used). The embedded models never trained on them: their corpus is
 * the suites' transcripts, man pages, Python's docs and sources and a word
 * list (docs/corpus.md), so every instance is held out. Blank lines are
 * dropped (the prompt format has none); a document is about DOC_CHARS
 * characters (about 550 tokens of the embedded tokenizer), which leaves room
 * in the trained 1,024-token context for the system prompt, three replies of
 * REPLY_TOKENS and the answer.
 *
 * Agents: each instance draws AGENTS_PER_PIPELINE roles, in order, from
 * ROLES (plain instructions a user would write; none is a suite role the
 * models were trained on). Agent i sees the document and the replies of
 * agents 0..i-1. The first agent reads the document first; the others are
 * the downstream calls.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PromptPart } from "../agents/prompt.js";
import { packageRoot } from "../models/package-root.js";
import { buildAgentParts, type PriorReply } from "../pipelines/suite/format.js";
import { mixSeed, Rng } from "../pipelines/suite/rng.js";

export const DOC_CHARS = 1700;
export const REPLY_TOKENS = 32;
export const AGENTS_PER_PIPELINE = 4;

export interface DocumentRole {
  readonly name: string;
  readonly system: string;
}

export const ROLES: readonly DocumentRole[] = [
  { name: "summarizer", system: "You summarize the document in two sentences." },
  { name: "critic", system: "You are the critic. Point out what the summary gets wrong about the document." },
  { name: "editor", system: "You are the editor. Rewrite the summary so that it is correct." },
  { name: "final", system: "You give the final answer only, as a short span." },
  { name: "questioner", system: "You write three questions that the document answers." },
  { name: "keywords", system: "You list the five most important terms in the document." },
  { name: "explainer", system: "You explain the document to a new user in simple words." },
  { name: "titler", system: "You give the document a short title." },
];

export interface LongDocumentInstance {
  readonly seed: number;
  readonly index: number;
  /** `long-document:${seed}:${index}` */
  readonly id: string;
  /** Where the document comes from: file (relative to the package) and line range [from, to). */
  readonly source: { readonly file: string; readonly from: number; readonly to: number };
  readonly document: string;
  readonly agents: readonly DocumentRole[];
}

export interface DocumentCorpus {
  readonly files: readonly { readonly file: string; readonly lines: readonly string[] }[];
  /** sha256 of the files' text in order (a rerun on other docs is not the same instances). */
  readonly sha256: string;
}

/** The frozen docs (bench/fidelity-documents.json), non-blank lines, files in name order. */
export function loadDocumentCorpus(path = join(packageRoot(), "bench", "fidelity-documents.json")): DocumentCorpus {
  const frozen = JSON.parse(readFileSync(path, "utf8")) as { files: { file: string; text: string }[] };
  const h = createHash("sha256");
  const files = [...frozen.files].sort((a, b) => (a.file < b.file ? -1 : 1)).map(({ file, text }) => {
    h.update(file.slice(file.lastIndexOf("/") + 1)).update("\0").update(text).update("\0");
    return { file, lines: text.split("\n").map((l) => l.trimEnd()).filter((l) => l.length > 0) };
  });
  if (files.length === 0) throw new RangeError(`no documents in ${path}`);
  return { files, sha256: h.digest("hex") };
}

/** Instance `index` of `seed`: a document of whole lines and the pipeline's agents, both drawn from the seed. */
export function longDocumentInstance(corpus: DocumentCorpus, seed: number, index: number): LongDocumentInstance {
  const rng = new Rng(mixSeed(0x6c64, seed, index));
  const usable = corpus.files.filter((f) => f.lines.join("\n").length >= DOC_CHARS);
  if (usable.length === 0) throw new RangeError(`no document file has ${DOC_CHARS} characters`);
  const f = rng.pick(usable);
  // Start where at least DOC_CHARS characters follow.
  let last = f.lines.length - 1;
  for (let chars = 0; last > 0 && chars < DOC_CHARS; last--) chars += f.lines[last].length + 1;
  const from = rng.int(0, Math.max(0, last));
  const lines: string[] = [];
  let chars = 0;
  let to = from;
  while (to < f.lines.length && chars < DOC_CHARS) {
    // A very long line is cut so that one line cannot fill the context.
    const line = f.lines[to].slice(0, DOC_CHARS - chars);
    lines.push(line);
    chars += line.length + 1;
    to++;
  }
  return {
    seed, index, id: `long-document:${seed}:${index}`, source: { file: f.file, from, to },
    document: lines.join("\n"), agents: rng.sample(ROLES, AGENTS_PER_PIPELINE),
  };
}

/** Prompt parts of agent `step` of an instance, given the replies of the agents before it. */
export function longDocumentParts(inst: LongDocumentInstance, step: number, priorReplies: readonly string[], idPrefix = `${inst.id}/`): PromptPart[] {
  const prior: PriorReply[] = priorReplies.slice(0, step).map((text, i) => ({ role: inst.agents[i].name, text }));
  return buildAgentParts(inst.agents[step].system, [{ id: "document", header: "document", text: inst.document }], prior, idPrefix);
}
