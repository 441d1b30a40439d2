import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { after, describe, it } from "node:test";
import { REUSE_MODES } from "../../../pipelines/pipeline-session.js";
import { BENCH_MODES } from "../../../bench/agents-bench.js";
import { HELDOUT_SEED, HELDOUT_SEED_MIN, PIPELINE_SIZES, SUITE_NAMES } from "../../../pipelines/suite/types.js";
import { runCli } from "../../../cli/cli.js";
import { parseCommand, type ChoiceOption, type Command, type IntOption, type ListOption } from "../../../cli/command.js";
import { COMMANDS } from "../../../cli/commands.js";
import { SYNTH_DEFAULT_SEED } from "../../../models/synth-model.js";
import { SYNTH_SHAPE_NAMES } from "../../../models/synth-shapes.js";

const cmd = (name: string): Command => COMMANDS.find((c) => c.name === name)!;
const choices = (name: string, option: string) => (cmd(name).options[option] as ChoiceOption | ListOption).choices;

function capture(): { io: { out: Writable; err: Writable }; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  const sink = (add: (s: string) => void) => new Writable({ write(chunk, _enc, done) { add(String(chunk)); done(); } });
  return { io: { out: sink((s) => { out += s; }), err: sink((s) => { err += s; }) }, out: () => out, err: () => err };
}

describe("the command table", () => {
  it("offers the values the code knows, no more, no less", () => {
    assert.deepEqual(choices("run", "mode"), REUSE_MODES);
    assert.deepEqual(choices("demo", "mode"), REUSE_MODES.filter((m) => m !== "dense"));
    assert.deepEqual(choices("bench agents", "modes"), BENCH_MODES);
    assert.deepEqual(choices("bench agents", "suites"), SUITE_NAMES);
    assert.deepEqual(choices("eval", "suite"), [...SUITE_NAMES, "all"]);
    assert.deepEqual(choices("eval", "agents"), PIPELINE_SIZES.map(String));
    assert.deepEqual(choices("model synth", "shape"), SYNTH_SHAPE_NAMES);
    const seed = cmd("eval").options.seed as IntOption;
    assert.equal(seed.default, HELDOUT_SEED);
    assert.equal(seed.min, HELDOUT_SEED_MIN);
    assert.equal((cmd("model synth").options.seed as IntOption).default, SYNTH_DEFAULT_SEED);
  });

  it("eval: defaults, lists and errors", () => {
    const parse = (argv: string[]) => {
      const p = parseCommand(cmd("eval"), argv);
      assert.equal(p.help, false);
      return (p as { values: Record<string, unknown> }).values;
    };
    const a = parse(["--model", "m.gguf", "--json", "out.json"]);
    assert.deepEqual([a.suite, a.agents, a.limit, a.seed, a.parallel], [["all"], ["1", "3", "5"], 500, HELDOUT_SEED, 4]);
    const b = parse(["--suite", "math", "--model=m.gguf", "--agents", "3", "--limit", "20", "--threads", "2"]);
    assert.deepEqual([b.suite, b.agents, b.limit, b.threads], [["math"], ["3"], 20, 2]);
    assert.throws(() => parse(["--json", "x"]), /--model FILE is required/);
    assert.throws(() => parse(["--model", "m", "--agents", "4"]), /--agents must be a comma-separated list of 1, 3, 5/);
    assert.throws(() => parse(["--model", "m", "--seed", "1"]), /--seed must be an integer >= 1000/);
    assert.throws(() => parse(["--model", "m", "--suite", "poetry"]), /--suite must be/);
  });
});

describe("kvmesh exit codes", () => {
  for (const [argv, code, stream, text] of [
    [[], 0, "out", /usage: kvmesh <command>/],
    [["--help"], 0, "out", /bench reuse/],
    [["bench", "--help"], 0, "out", /bench kernels/],
    [["bench"], 2, "err", /usage: kvmesh bench <command>/],
    [["nope"], 2, "err", /unknown command "nope"/],
    [["bench", "nope"], 2, "err", /unknown command "bench nope"/],
    // Checked before any model or broker is touched.
    [["demo", "--cost-model", "maybe"], 2, "err", /--cost-model must be one of on, off/],
    [["demo", "--agents", "4"], 2, "err", /--agents must be one of 1, 3, 5/],
    [["demo", "--mode", "dense"], 2, "err", /--mode must be one of naive, anchors, anchors\+recompute/],
    [["demo", "--own-text", "any"], 2, "err", /--own-text must be one of exact, corrected, moved/],
    [["demo", "--json"], 2, "err", /argument missing/],
    [["bench", "ttft", "--broker", "maybe"], 2, "err", /--broker must be one of on, off/],
    [["demo", "--bogus"], 2, "err", /Unknown option '--bogus'/],
    [["broker", "--namespaces", "x.json", "--memory-bytes", "lots"], 2, "err", /not a byte count/],
    [["bench", "reuse"], 2, "err", /needs --model FILE or --shape NAME/],
    [["bench", "kernels", "--json"], 2, "err", /argument missing/],
    // A failure, not a usage error: the file does not exist.
    [["run", "--pipeline", "/nonexistent/kvmesh-pipeline.json"], 1, "err", /cannot read the file/],
  ] as const) {
    it(`kvmesh ${argv.join(" ")} -> ${code}`, async () => {
      const c = capture();
      assert.equal(await runCli(argv, c.io), code, c.err());
      assert.match(stream === "out" ? c.out() : c.err(), text);
      if (code === 2) assert.equal(c.out(), "", "a usage error prints nothing on stdout");
    });
  }
});

describe("kvmesh run with a bad pipeline file (issue 15 item 8)", () => {
  const dir = mkdtempSync(join(tmpdir(), "kvmesh-run-file-"));
  const agents = [{ name: "a", system: "s" }];
  for (const [name, content, code, text] of [
    ["syntax", "{ not json", 2, /PipelineSyntaxError: .*syntax\.json: not valid JSON/],
    ["field", JSON.stringify({ model: "m.gguf", agents: [{ name: "a", sytem: "s" }], input: { q: "?" } }), 2, /PipelineFieldError: .*field\.json: agents\[0\]\.sytem: unknown field \(known: name, system/],
    ["document", JSON.stringify({ model: "m.gguf", agents, input: { q: { document: "manual" } } }), 2, /UnknownDocumentError: .*document\.json: input\.q names unknown document "manual"/],
    // A failure, not a usage error: the file is right, the model is not there.
    ["model", JSON.stringify({ model: "no-such-model.gguf", agents, input: { q: "?" } }), 1, /PipelineModelNotFoundError: .*model "no-such-model\.gguf" not found/],
  ] as const) {
    it(`${name}: exit ${code}, the file's path and the problem on stderr`, async () => {
      const file = join(dir, `${name}.json`);
      writeFileSync(file, content);
      const c = capture();
      assert.equal(await runCli(["run", "--pipeline", file], c.io), code, c.err());
      assert.match(c.err(), text);
      assert.ok(c.err().includes(file), c.err());
      assert.equal(c.out(), "");
    });
  }
  after(() => rmSync(dir, { recursive: true, force: true }));
});

describe("every command", () => {
  for (const c of COMMANDS) {
    it(`kvmesh ${c.name} rejects an unknown option with 2, before doing anything`, async () => {
      const out = capture();
      assert.equal(await runCli([...c.name.split(" "), "--no-such-option"], out.io), 2);
      assert.match(out.err(), /Unknown option '--no-such-option'/);
      assert.equal(out.out(), "");
    });
  }
});
