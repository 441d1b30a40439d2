import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { command, helpText, opt, parseCommand, synopsis } from "../../../cli/command.js";
import { UsageError } from "../../../cli/usage-error.js";

const sample = command({
  name: "bench sample",
  summary: "a sample command",
  synopsis: ["tokens"],
  options: {
    model: opt.string("FILE", "GGUF model", { required: true }),
    tokens: opt.int("prompt tokens", { default: 1024, min: 8 }),
    ratio: opt.number("a ratio", { min: 0, max: 1 }),
    mode: opt.choice(["dense", "anchors"], "mode", "anchors"),
    suites: opt.list(["rag", "math"], "suites", ["rag", "math"]),
    sizes: opt.intList("sizes", [512, 3072]),
    verbose: opt.flag("chatty", { short: "v" }),
  },
  run: async () => { throw new Error("never run by these tests"); },
});

function values(argv: string[]) {
  const p = parseCommand(sample, argv);
  assert.equal(p.help, false);
  return (p as Extract<typeof p, { help: false }>).values;
}

describe("the command parser", () => {
  it("fills defaults and converts values", () => {
    assert.deepEqual(values(["--model", "m.gguf"]), {
      model: "m.gguf", tokens: 1024, ratio: undefined, mode: "anchors", suites: ["rag", "math"], sizes: [512, 3072], verbose: false,
    });
    assert.deepEqual(values(["--model=m", "--tokens", "64", "--ratio", "0.15", "--mode", "dense", "--suites", "math", "--sizes", "8,16", "-v"]), {
      model: "m", tokens: 64, ratio: 0.15, mode: "dense", suites: ["math"], sizes: [8, 16], verbose: true,
    });
  });

  it("answers --help anywhere, before checking anything else", () => {
    assert.deepEqual(parseCommand(sample, ["--help"]), { help: true });
    assert.deepEqual(parseCommand(sample, ["--bogus", "-h"]), { help: true });
  });

  for (const [argv, message] of [
    [["--model", "m", "--bogus"], /Unknown option '--bogus'/],
    [["--model", "m", "stray"], /Unexpected argument 'stray'/],
    [[], /--model FILE is required/],
    [["--model"], /argument missing/],
    [["--model", "m", "--tokens", "7"], /--tokens must be an integer >= 8, got "7"/],
    [["--model", "m", "--tokens", "1.5"], /--tokens must be an integer/],
    [["--model", "m", "--tokens", ""], /--tokens must be an integer/],
    [["--model", "m", "--ratio", "2"], /--ratio must be a number in \[0, 1\]/],
    [["--model", "m", "--mode", "naive"], /--mode must be one of dense, anchors, got "naive"/],
    [["--model", "m", "--suites", "rag,code"], /--suites must be a comma-separated list of rag, math/],
    [["--model", "m", "--sizes", "8,x"], /--sizes must be a comma-separated list of integers/],
    [["--model", "m", "--verbose=yes"], /does not take an argument/],
  ] as const) {
    it(`rejects ${JSON.stringify(argv)} with a UsageError`, () => {
      assert.throws(() => parseCommand(sample, argv), (e: unknown) => e instanceof UsageError && message.test(e.message));
    });
  }

  it("builds the one-line usage and the help text from the same table", () => {
    assert.equal(synopsis(sample), "kvmesh bench sample [--tokens N] --model FILE [options]");
    const help = helpText(sample);
    assert.ok(help.startsWith(`usage: ${synopsis(sample)}\n\na sample command\n`));
    for (const line of ["--model FILE", "GGUF model (required)", "--tokens N", "(default 1024)", "--mode dense|anchors", "-v, --verbose", "-h, --help"]) {
      assert.ok(help.includes(line), `help lacks ${line}:\n${help}`);
    }
  });
});
