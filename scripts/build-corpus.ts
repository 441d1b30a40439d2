/**
 * Builds the training corpus for kvmesh's own small models, deterministically.
 *
 *   npx tsx scripts/build-corpus.ts [--small] [--out DIR] [--total-mb N]
 *
 * Writes DIR/train.txt, DIR/valid.txt, DIR/symbols.json and DIR/manifest.json
 * (default DIR: models/train/corpus). Documents are separated by one blank line
 * ("\n\n"); no document contains a blank line. Sources, in order of bytes:
 * task transcripts of the train split (pipelines/suite, seed 1), English prose (man
 * pages stripped of roff by our own code, Python's reStructuredText docs from
 * python3-doc), Python source (the 3.11 standard library), and a word list
 * (wamerican). See docs/corpus.md.
 */
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import { BOUNDARY_SYMBOLS, END, SPECIAL_MARKERS, STOP, transcriptText } from "../pipelines/suite/format.js";
import { goldCalls, SUITES } from "../pipelines/suite/suites.js";
import { roffToText, tidy } from "./roff-text.js";
import { HELDOUT_SEED, PIPELINE_SIZES, SUITE_NAMES, TRAIN_SEED } from "../pipelines/suite/types.js";

const MB = 1024 * 1024;

interface Options {
  readonly out: string;
  readonly small: boolean;
  readonly totalBytes: number;
}

function parseArgs(argv: readonly string[]): Options {
  let out = "models/train/corpus";
  let small = false;
  let totalMb = 150;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--small") small = true;
    else if (a === "--out") out = argv[++i];
    else if (a === "--total-mb") totalMb = Number(argv[++i]);
    else throw new Error(`unknown argument ${a}`);
  }
  if (small && !argv.includes("--total-mb")) totalMb = 4;
  return { out, small, totalBytes: Math.round(totalMb * MB) };
}

/** Fraction of the total that transcripts fill; the rest is prose and code (capped below). */
const TRANSCRIPT_SHARE = 0.75;

/** Caps, as fractions of the total bytes. */
const CAPS = {
  man: 0.13,
  pydoc: 0.07,
  pysrc: 0.045,
  words: 0.005,
} as const;

const PER_FILE = { man: 40_000, pydoc: 120_000, pysrc: 60_000 } as const;

// ---------------------------------------------------------------- documents

/** Truncates at a line boundary to at most `max` characters. */
function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf("\n", max);
  return text.slice(0, cut > 0 ? cut : max);
}

// ------------------------------------------------------------------ sources

interface SourceDoc {
  readonly text: string;
}

interface SourceStats {
  name: string;
  kind: "transcripts" | "prose" | "code" | "words";
  description: string;
  paths: string;
  files: number;
  docs: number;
  bytes: number;
  lines: number;
  cap: number;
}

function listFiles(dir: string, accept: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const result: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && accept(p)) result.push(p);
    }
  };
  walk(dir);
  return result;
}

function collect(files: readonly string[], cap: number, perFile: number, read: (path: string) => string | undefined): { docs: SourceDoc[]; files: number } {
  const docs: SourceDoc[] = [];
  let bytes = 0;
  let used = 0;
  for (const file of files) {
    if (bytes >= cap) break;
    let text: string | undefined;
    try {
      text = read(file);
    } catch {
      text = undefined;
    }
    if (!text || text.length < 200) continue;
    text = capText(text, Math.min(perFile, cap - bytes));
    if (text.length < 200) continue;
    docs.push({ text });
    bytes += Buffer.byteLength(text) + 2;
    used++;
  }
  return { docs, files: used };
}

function manPages(cap: number): { docs: SourceDoc[]; files: number } {
  const files: string[] = [];
  for (const section of ["1", "2", "3", "4", "5", "6", "7", "8"]) {
    files.push(...listFiles(`/usr/share/man/man${section}`, (p) => p.endsWith(".gz") && !/\/gcloud[_-]/.test(p)));
  }
  // interleave sections so a cap keeps a mix rather than only section 1
  const bySection = new Map<string, string[]>();
  for (const f of files) {
    const s = f.split("/")[4];
    bySection.set(s, [...(bySection.get(s) ?? []), f]);
  }
  const lists = [...bySection.keys()].sort().map((k) => bySection.get(k)!);
  const order: string[] = [];
  for (let i = 0; order.length < files.length; i++) for (const l of lists) if (i < l.length) order.push(l[i]);
  return collect(order, cap, PER_FILE.man, (p) => {
    const src = gunzipSync(readFileSync(p)).toString("utf8");
    if (/^\.so\s/m.test(src.slice(0, 200)) && src.length < 400) return undefined;
    return roffToText(src);
  });
}

function pythonDocs(cap: number): { docs: SourceDoc[]; files: number } {
  const files = listFiles("/usr/share/doc/python3.11/html/_sources", (p) => p.endsWith(".rst.txt"));
  return collect(files, cap, PER_FILE.pydoc, (p) => tidy(readFileSync(p, "utf8")));
}

function pythonSource(cap: number): { docs: SourceDoc[]; files: number } {
  const files = listFiles("/usr/lib/python3.11", (p) => /^\/usr\/lib\/python3\.11\/[^/]+\.py$/.test(p));
  return collect(files, cap, PER_FILE.pysrc, (p) => tidy(readFileSync(p, "utf8")));
}

function wordList(cap: number): { docs: SourceDoc[]; files: number } {
  const path = "/usr/share/dict/american-english";
  if (!existsSync(path)) return { docs: [], files: 0 };
  const words = readFileSync(path, "utf8").split("\n").filter((w) => /^[A-Za-z]+$/.test(w));
  const docs: SourceDoc[] = [];
  let bytes = 0;
  for (let i = 0; i < words.length && bytes < cap; i += 400) {
    const chunk = words.slice(i, i + 400);
    const lines: string[] = [];
    for (let j = 0; j < chunk.length; j += 16) lines.push(chunk.slice(j, j + 16).join(" "));
    const text = lines.join("\n");
    docs.push({ text });
    bytes += text.length + 2;
  }
  return { docs, files: 1 };
}

// ------------------------------------------------------------------- writer

class Writer {
  private readonly fd: number;
  private buffer: string[] = [];
  private pending = 0;
  private readonly hash = createHash("sha256");
  bytes = 0;
  lines = 0;
  docs = 0;

  constructor(path: string) {
    this.fd = openSync(path, "w");
  }

  /** Appends a document followed by a blank line; returns its byte size. */
  doc(text: string): number {
    const chunk = `${text}\n\n`;
    const size = Buffer.byteLength(chunk);
    this.buffer.push(chunk);
    this.pending += size;
    this.bytes += size;
    this.docs++;
    for (let i = 0; i < chunk.length; i++) if (chunk.charCodeAt(i) === 10) this.lines++;
    if (this.pending > 4 * MB) this.flush();
    return size;
  }

  private flush(): void {
    const data = Buffer.from(this.buffer.join(""));
    this.hash.update(data);
    writeSync(this.fd, data);
    this.buffer = [];
    this.pending = 0;
  }

  close(): string {
    this.flush();
    closeSync(this.fd);
    return this.hash.digest("hex");
  }
}

/** Transcripts of the train split: suites round-robin; each instance gives all calls of one pipeline size (rotating). */
function* trainTranscripts(): Generator<{ suite: string; text: string }> {
  for (let index = 0; ; index++) {
    for (const name of SUITE_NAMES) {
      const suite = SUITES[name];
      const instance = suite.generate(TRAIN_SEED, index);
      const size = PIPELINE_SIZES[(index + SUITE_NAMES.indexOf(name)) % PIPELINE_SIZES.length];
      for (const call of goldCalls(suite, instance, size)) yield { suite: name, text: transcriptText(call.parts, call.gold) };
    }
  }
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  mkdirSync(options.out, { recursive: true });
  const total = options.totalBytes;

  const prose = [
    { name: "man", kind: "prose" as const, description: "Debian man pages (sections 1-8, English, gcloud pages left out), roff stripped by scripts/build-corpus.ts", paths: "/usr/share/man/man[1-8]/*.gz", ...manPages(total * CAPS.man), cap: total * CAPS.man },
    { name: "pydoc", kind: "prose" as const, description: "Python 3.11 documentation sources (reStructuredText), package python3-doc", paths: "/usr/share/doc/python3.11/html/_sources/**/*.rst.txt", ...pythonDocs(total * CAPS.pydoc), cap: total * CAPS.pydoc },
    { name: "pysrc", kind: "code" as const, description: "Python 3.11 standard library, top-level modules, blank lines removed", paths: "/usr/lib/python3.11/*.py", ...pythonSource(total * CAPS.pysrc), cap: total * CAPS.pysrc },
    { name: "words", kind: "words" as const, description: "word list, package wamerican, 16 words a line", paths: "/usr/share/dict/american-english", ...wordList(total * CAPS.words), cap: total * CAPS.words },
  ];
  const otherBytes = prose.reduce((s, p) => s + p.docs.reduce((t, d) => t + Buffer.byteLength(d.text) + 2, 0), 0);
  const transcriptTarget = Math.max(total - otherBytes, total * TRANSCRIPT_SHARE);

  const train = new Writer(join(options.out, "train.txt"));
  const stats: SourceStats[] = [];
  const proseStats = prose.map((p) => ({ name: p.name, kind: p.kind, description: p.description, paths: p.paths, files: p.files, docs: 0, bytes: 0, lines: 0, cap: Math.round(p.cap) }));
  const perSuite = new Map<string, SourceStats>(SUITE_NAMES.map((n) => [n, {
    name: `transcripts-${n}`, kind: "transcripts", description: `pipelines/suite ${n} transcripts, train seed ${TRAIN_SEED}, all agent calls of one pipeline size per instance (sizes rotate)`,
    paths: `pipelines/suite/${n}.ts`, files: 0, docs: 0, bytes: 0, lines: 0, cap: 0,
  }]));
  // interleave: write from whichever stream is furthest behind its share
  const cursors = prose.map(() => 0);
  const shares = prose.map((p) => p.docs.reduce((t, d) => t + Buffer.byteLength(d.text) + 2, 0) / (otherBytes + transcriptTarget));
  const transcriptShare = transcriptTarget / (otherBytes + transcriptTarget);
  let transcriptBytes = 0;
  const stream = trainTranscripts();
  let instances = 0;
  for (;;) {
    const written = train.bytes + 1;
    let best = -1;
    let bestLag = transcriptBytes < transcriptTarget ? transcriptShare - transcriptBytes / written : -Infinity;
    for (let i = 0; i < prose.length; i++) {
      if (cursors[i] >= prose[i].docs.length) continue;
      const lag = shares[i] - proseStats[i].bytes / written;
      if (lag > bestLag) { bestLag = lag; best = i; }
    }
    if (best < 0 && transcriptBytes >= transcriptTarget) break;
    if (best >= 0) {
      const doc = prose[best].docs[cursors[best]++];
      const before = train.lines;
      proseStats[best].bytes += train.doc(doc.text);
      proseStats[best].lines += train.lines - before;
      proseStats[best].docs++;
    } else {
      const { suite, text } = stream.next().value as { suite: string; text: string };
      const s = perSuite.get(suite)!;
      const before = train.lines;
      const size = train.doc(text);
      s.bytes += size;
      s.lines += train.lines - before;
      s.docs++;
      transcriptBytes += size;
      instances++;
    }
  }
  const trainSha = train.close();
  stats.push(...perSuite.values(), ...proseStats);

  // held-out transcripts (validation loss); never used for training
  const validCount = options.small ? 20 : 300;
  const valid = new Writer(join(options.out, "valid.txt"));
  for (const name of SUITE_NAMES) {
    for (let index = 0; index < validCount; index++) {
      const instance = SUITES[name].generate(HELDOUT_SEED, index);
      for (const size of PIPELINE_SIZES) for (const call of goldCalls(SUITES[name], instance, size)) valid.doc(transcriptText(call.parts, call.gold));
    }
  }
  const validSha = valid.close();

  const symbols = {
    markers: SPECIAL_MARKERS,
    stop: STOP,
    end: END,
    boundarySymbols: BOUNDARY_SYMBOLS,
    documentSeparator: "\n\n",
    tokenizerHints: {
      note: "Keep every marker and \"\\n\" as single pieces (user_defined_symbols); keep text as is so that prompts tokenize identically at inference.",
      user_defined_symbols: [...SPECIAL_MARKERS, ...BOUNDARY_SYMBOLS],
      normalization_rule_name: "identity",
      remove_extra_whitespaces: false,
      add_dummy_prefix: false,
      split_digits: true,
      byte_fallback: true,
    },
  };
  writeFileSync(join(options.out, "symbols.json"), JSON.stringify(symbols, null, 2) + "\n");

  const manifest = {
    format: "kvmesh-corpus/1",
    mode: options.small ? "small" : "full",
    targetBytes: total,
    generator: "scripts/build-corpus.ts",
    seeds: { train: TRAIN_SEED, heldout: HELDOUT_SEED },
    files: {
      "train.txt": { bytes: train.bytes, lines: train.lines, docs: train.docs, sha256: trainSha },
      "valid.txt": { bytes: valid.bytes, lines: valid.lines, docs: valid.docs, sha256: validSha, content: `held-out transcripts, seed ${HELDOUT_SEED}, instances 0..${validCount - 1} of each suite, every call of every pipeline size` },
      "symbols.json": { content: "special markers, stop string, tokenizer hints" },
    },
    transcriptShare: transcriptBytes / train.bytes,
    transcriptCalls: instances,
    sources: stats,
    symbols: SPECIAL_MARKERS,
    builtInMs: Date.now() - started,
  };
  writeFileSync(join(options.out, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  const pad = (s: string, n: number): string => s.padEnd(n);
  console.log(`${pad("source", 20)} ${pad("docs", 9)} ${pad("MB", 9)} lines`);
  for (const s of stats) console.log(`${pad(s.name, 20)} ${pad(String(s.docs), 9)} ${pad((s.bytes / MB).toFixed(2), 9)} ${s.lines}`);
  console.log(`train.txt ${(train.bytes / MB).toFixed(1)} MB, valid.txt ${(valid.bytes / MB).toFixed(2)} MB, transcripts ${(100 * manifest.transcriptShare).toFixed(1)}% -> ${relative(process.cwd(), options.out) || "."} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
