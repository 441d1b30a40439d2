import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { END, joinParts, OUT, SPECIAL_MARKERS, STOP, SYS } from "../../../pipelines/suite/format.js";
import { agentParts, goldCalls, scoreAnswer, SUITES, transcripts } from "../../../pipelines/suite/suites.js";
import { HELDOUT_SEED, keySplit, PIPELINE_SIZES, SUITE_NAMES, TRAIN_SEED, type SuiteName } from "../../../pipelines/suite/types.js";

const GOLDEN: Record<SuiteName, { train: string; heldout: string }> = {
  rag: {
    train: "4e8568b12bb2a6e7d166054e428529eb04301a1a8fa3c073861569673dddf705",
    heldout: "ac4a0b8b8bc43fe6c57616acf51410fa4a28e9aa3332746d1ae7837f7ce2a4eb",
  },
  math: {
    train: "3b375a3c7f24dfb4e2a214582366002f09971e8f87b5073a38f3d9cebc0f7156",
    heldout: "3ce512609e92ec0e7d8b08fdcf571b30e2a5f369a44652f1cee032513ebcf522",
  },
  code: {
    train: "2516e006379d2ff41b0b9c70c71ac160193f0f0a13788e1814380935916c428a",
    heldout: "4d094f4608fa524394880384d161b072de4268c0effaeb1932017796a609d1d8",
  },
};

const hashInstances = (name: SuiteName, seed: number): string => {
  const h = createHash("sha256");
  for (let i = 0; i < 10; i++) h.update(JSON.stringify(SUITES[name].generate(seed, i)));
  return h.digest("hex");
};

/** What a model reads of an instance: its question and documents. */
const inputText = (name: SuiteName, seed: number, index: number): string =>
  SUITES[name].generate(seed, index).inputs.map((i) => i.text).join("\n");

for (const name of SUITE_NAMES) {
  test(`${name}: instances 0..9 match the pinned hashes (train and held-out)`, () => {
    assert.equal(hashInstances(name, TRAIN_SEED), GOLDEN[name].train);
    assert.equal(hashInstances(name, HELDOUT_SEED), GOLDEN[name].heldout);
  });

  test(`${name}: generate is a pure function of (seed, index)`, () => {
    assert.deepEqual(SUITES[name].generate(TRAIN_SEED, 123), SUITES[name].generate(TRAIN_SEED, 123));
    assert.notDeepEqual(SUITES[name].generate(TRAIN_SEED, 123), SUITES[name].generate(TRAIN_SEED, 124));
  });

  test(`${name}: held-out inputs never appear among the first 20k train instances`, () => {
    const train = new Set<string>();
    for (let i = 0; i < 20_000; i++) train.add(inputText(name, TRAIN_SEED, i));
    for (let i = 0; i < 500; i++) {
      assert.ok(!train.has(inputText(name, HELDOUT_SEED, i)), `held-out ${i} is in train`);
      assert.equal(keySplit(SUITES[name].generate(HELDOUT_SEED, i).key), "heldout");
    }
    assert.equal(keySplit(SUITES[name].generate(TRAIN_SEED, 0).key), "train");
  });

  test(`${name}: gold replies fed through the pipelines score 100%`, () => {
    const suite = SUITES[name];
    for (let i = 0; i < 300; i++) {
      const instance = suite.generate(HELDOUT_SEED, i);
      for (const size of PIPELINE_SIZES) {
        const roles = suite.pipelines[size];
        assert.equal(roles.length, size);
        const final = instance.gold[roles[roles.length - 1]];
        assert.ok(scoreAnswer(suite, instance, final), `${instance.id} x${size}: ${final} vs ${instance.answer}`);
      }
      assert.ok(!scoreAnswer(suite, instance, ""), "an empty reply is wrong");
      assert.ok(!scoreAnswer(suite, instance, name === "rag" ? "Nobody Here" : "100000"), "a wrong reply is wrong");
    }
  });

  test(`${name}: prompts stay under the 600-token budget (4 chars a token) and carry the markers`, () => {
    const suite = SUITES[name];
    let longest = 0;
    for (let i = 0; i < 500; i++) {
      const instance = suite.generate(HELDOUT_SEED, i);
      for (const size of PIPELINE_SIZES) {
        for (const call of goldCalls(suite, instance, size)) {
          const text = joinParts(call.parts);
          longest = Math.max(longest, text.length);
          assert.ok(text.startsWith(SYS) && text.endsWith(OUT), "prompt starts with <|sys|> and ends with <|out|>");
          for (const marker of SPECIAL_MARKERS) {
            if (marker !== END) assert.equal(text.split(marker).length, 2, `${marker} once in the prompt`);
          }
          assert.ok(!text.includes(END), "no end marker inside a prompt");
          assert.ok(!text.includes("\n\n"), "no blank line (the corpus' document separator)");
          for (const marker of SPECIAL_MARKERS) assert.ok(!call.gold.includes(marker), "gold replies hold no marker");
          assert.ok(call.gold.length > 0 && call.gold === call.gold.trim() && !call.gold.includes("\n"));
        }
      }
    }
    assert.ok(longest <= 600 * 4, `longest prompt ${longest} chars`);
  });

  test(`${name}: shared parts keep their text across agents; own text differs`, () => {
    const suite = SUITES[name];
    const instance = suite.generate(HELDOUT_SEED, 7);
    const calls = goldCalls(suite, instance, 5);
    const byId = new Map<string, string>();
    for (const call of calls) {
      for (const part of call.parts) {
        if (part.kind !== "shared") continue;
        const seen = byId.get(part.id);
        if (seen !== undefined) assert.equal(part.text, seen, part.id);
        byId.set(part.id, part.text);
        // every shared part sits between newlines
        const at = call.parts.indexOf(part);
        assert.ok(call.parts[at - 1].text.endsWith("\n") && call.parts[at + 1].text.startsWith("\n"));
      }
    }
    assert.ok(byId.has("question"));
    assert.ok(byId.has(`reply:${suite.pipelines[5][3]}`));
    const systems = new Set(calls.map((c) => c.parts[0].text));
    assert.equal(systems.size, 5, "each agent has its own first part");
    // agent i sees exactly the replies of agents 0..i-1
    for (const call of calls) {
      const replies = call.parts.filter((p) => p.kind === "shared" && p.id.startsWith("reply:"));
      assert.equal(replies.length, call.step);
    }
    const scoped = agentParts(suite, instance, 5, 2, ["a", "b"], "run1/");
    assert.ok(scoped.filter((p) => p.kind === "shared").every((p) => p.kind === "shared" && p.id.startsWith("run1/")));
  });

  test(`${name}: transcripts are prompt + gold + end marker, every call of every size`, () => {
    const suite = SUITES[name];
    const list = [...transcripts(name, TRAIN_SEED, 3)];
    assert.equal(list.length, 3 * (1 + 3 + 5));
    const instance = suite.generate(TRAIN_SEED, 0);
    const first = goldCalls(suite, instance, 1)[0];
    assert.equal(list[0], joinParts(first.parts) + first.gold + STOP);
    for (const t of list) {
      assert.ok(t.startsWith(SYS) && t.endsWith(END));
      assert.equal(t.split(OUT).length, 2);
    }
  });
}

test("rag: the retriever quotes the target record verbatim and the answer is in it", () => {
  for (let i = 0; i < 200; i++) {
    const instance = SUITES.rag.generate(HELDOUT_SEED, i);
    const docs = instance.inputs.find((x) => x.id === "documents")!.text.split("\n");
    assert.ok(docs.length >= 6 && docs.length <= 9);
    assert.ok(docs.includes(instance.gold.retriever));
    assert.ok(instance.gold.retriever.includes(instance.answer));
  }
});

test("math and code: the answer is the value the steps compute", () => {
  for (let i = 0; i < 200; i++) {
    const m = SUITES.math.generate(HELDOUT_SEED, i);
    for (const step of m.gold.solver.split(". ").filter((s) => s.includes("="))) {
      const [lhs, rhs] = step.replace(/\.$/, "").split(" = ");
      const [a, op, b] = lhs.split(" ");
      const v = op === "+" ? +a + +b : op === "-" ? +a - +b : op === "*" ? +a * +b : +a / +b;
      assert.equal(v, Number(rhs), `${m.id}: ${step}`);
    }
    const c = SUITES.code.generate(HELDOUT_SEED, i);
    assert.ok(c.gold.coder.endsWith(`Output: ${c.answer}`));
  }
});

test("code: programs run under a tiny interpreter give the gold output", () => {
  // Executes the Python-like subset the generator writes.
  const run = (code: string): number => {
    const env = new Map<string, unknown>();
    const lines = code.split("\n");
    const val = (expr: string): unknown => {
      const js = expr.replace(/\b(sum|len|max|min)\((\w+)\)/g, (_, f: string, v: string) => `__${f}(${v})`);
      const names = [...env.keys()];
      const fn = new Function(...names, "__sum", "__len", "__max", "__min", `return (${js});`);
      return fn(...names.map((n) => env.get(n)), (a: number[]) => a.reduce((x, y) => x + y, 0), (a: unknown[]) => a.length, (a: number[]) => Math.max(...a), (a: number[]) => Math.min(...a));
    };
    let printed: unknown;
    const exec = (start: number, end: number): void => {
      for (let i = start; i < end; i++) {
        const line = lines[i].trim();
        let m: RegExpExecArray | null;
        if ((m = /^for (\w+) in range\((\d+)\):$/.exec(line))) {
          for (let r = 0; r < Number(m[2]); r++) {
            env.set(m[1], r);
            exec(i + 1, i + 2);
          }
          i++;
        } else if ((m = /^if (.+):$/.exec(line))) {
          if (val(m[1].replace(/==/g, "==="))) exec(i + 1, i + 2);
          else exec(i + 3, i + 4);
          i += 3;
        } else if ((m = /^print\((.+)\)$/.exec(line))) printed = val(m[1]);
        else if ((m = /^(\w+)\.append\((\d+)\)$/.exec(line))) (env.get(m[1]) as number[]).push(Number(m[2]));
        else if ((m = /^(\w+)\.pop\(\)$/.exec(line))) (env.get(m[1]) as number[]).pop();
        else if ((m = /^(\w+)\[(\d+)\] = (\d+)$/.exec(line))) (env.get(m[1]) as number[])[Number(m[2])] = Number(m[3]);
        else if ((m = /^(\w+) = (.+)$/.exec(line))) env.set(m[1], val(m[2]));
        else throw new Error(`cannot run: ${line}`);
      }
    };
    exec(0, lines.length);
    return printed as number;
  };
  for (let i = 0; i < 300; i++) {
    const c = SUITES.code.generate(HELDOUT_SEED, i);
    const code = c.inputs[0].text.split("\n").slice(1).join("\n");
    assert.equal(String(run(code)), c.answer, `${c.id}\n${code}`);
  }
});
