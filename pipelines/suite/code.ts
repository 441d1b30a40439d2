/**
 * Code suite: a tiny Python-like program over small integers or a short list;
 * the question asks what it prints. Pipelines: the planner says what to track,
 * the coder traces the program line by line, the reviewer gives the output.
 * The checker is the last integer of the final reply.
 */
import type { Rng } from "./rng.js";
import { generateInSplit, lastInteger, type Instance, type RoleSpec, type Suite } from "./types.js";
import { VARIABLES } from "./words.js";

interface Program {
  readonly lines: readonly string[];
  /** Trace steps, each a short sentence without the final period. */
  readonly trace: readonly string[];
  readonly plan: string;
  readonly output: number;
}

const MAX_VALUE = 200;

const ROLES: Record<string, RoleSpec> = {
  solo: {
    name: "solo",
    system: "You read small programs. Trace the program line by line, then give its output.",
    maxTokens: 80,
  },
  planner: {
    name: "planner",
    system: "You are the planner. Say which values to track and what is printed.",
    maxTokens: 40,
  },
  coder: {
    name: "coder",
    system: "You are the coder. Trace the program line by line and give its output.",
    maxTokens: 80,
  },
  tester: {
    name: "tester",
    system: "You are the tester. Check the last step of the trace and say what is printed.",
    maxTokens: 32,
  },
  critic: {
    name: "critic",
    system: "You are the critic. Say whether the coder and the tester agree.",
    maxTokens: 24,
  },
  reviewer: {
    name: "reviewer",
    system: "You are the reviewer. Give the printed value only.",
    maxTokens: 8,
  },
};

type BinOp = "+" | "-" | "*";
const calc = (a: number, op: BinOp, b: number): number => (op === "+" ? a + b : op === "-" ? a - b : a * b);
const ok = (v: number): boolean => v >= 0 && v <= MAX_VALUE;

function chainProgram(rng: Rng): Program {
  const count = rng.int(2, 4);
  const names = rng.sample(VARIABLES, count);
  const values: number[] = [rng.int(1, 12)];
  const lines = [`${names[0]} = ${values[0]}`];
  for (let i = 1; i < count; i++) {
    for (;;) {
      const left = rng.int(0, i - 1);
      const op = rng.pick<BinOp>(["+", "+", "-", "*"]);
      const useVar = i >= 2 && rng.bool(0.4);
      const right = useVar ? rng.int(0, i - 1) : -1;
      const rv = right >= 0 ? values[right] : op === "*" ? rng.int(2, 4) : rng.int(1, 9);
      const v = calc(values[left], op, rv);
      if (!ok(v) || (op === "*" && right >= 0 && rv > 4)) continue;
      values.push(v);
      lines.push(`${names[i]} = ${names[left]} ${op} ${right >= 0 ? names[right] : rv}`);
      break;
    }
  }
  const last = names[count - 1];
  return {
    lines: [...lines, `print(${last})`],
    trace: names.map((n, i) => `${n} = ${values[i]}`),
    plan: `Compute ${names.join(", then ")}. Print ${last}.`,
    output: values[count - 1],
  };
}

function loopProgram(rng: Rng): Program {
  const [s, i] = rng.sample(VARIABLES.filter((v) => v !== "i"), 1).concat("i");
  for (;;) {
    const start = rng.int(0, 12);
    const rounds = rng.int(2, 4);
    const kind = rng.pick(["add", "addi", "mul", "sub"] as const);
    const step = kind === "mul" ? 2 : rng.int(1, 9);
    const body =
      kind === "add" ? `${s} = ${s} + ${step}` : kind === "addi" ? `${s} = ${s} + ${i}` : kind === "mul" ? `${s} = ${s} * 2` : `${s} = ${s} - ${step}`;
    let value = start;
    const trace = [`${s} = ${start}`];
    let valid = true;
    for (let r = 0; r < rounds; r++) {
      value = kind === "add" ? value + step : kind === "addi" ? value + r : kind === "mul" ? value * 2 : value - step;
      if (!ok(value)) valid = false;
      trace.push(`${i} = ${r}: ${s} = ${value}`);
    }
    if (!valid) continue;
    return {
      lines: [`${s} = ${start}`, `for ${i} in range(${rounds}):`, `    ${body}`, `print(${s})`],
      trace,
      plan: `Set ${s}, then run the loop ${rounds} times. Print ${s}.`,
      output: value,
    };
  }
}

const show = (list: readonly number[]): string => `[${list.join(", ")}]`;

function listProgram(rng: Rng): Program {
  const a = rng.pick(["a", "b", "xs", "nums", "items"]);
  const list = Array.from({ length: rng.int(3, 4) }, () => rng.int(0, 9));
  const lines = [`${a} = ${show(list)}`];
  const trace = [`${a} = ${show(list)}`];
  const changes = rng.int(0, 2);
  for (let c = 0; c < changes; c++) {
    const kind = rng.pick(["append", "pop", "set"] as const);
    if (kind === "append" || list.length <= 2) {
      const v = rng.int(0, 9);
      list.push(v);
      lines.push(`${a}.append(${v})`);
    } else if (kind === "pop") {
      list.pop();
      lines.push(`${a}.pop()`);
    } else {
      const at = rng.int(0, list.length - 1);
      const v = rng.int(0, 9);
      list[at] = v;
      lines.push(`${a}[${at}] = ${v}`);
    }
    trace.push(`${a} = ${show(list)}`);
  }
  const kind = rng.pick(["sum", "len", "max", "min", "index", "pair"] as const);
  let expr: string;
  let output: number;
  if (kind === "sum" || kind === "len" || kind === "max" || kind === "min") {
    expr = `${kind}(${a})`;
    output = kind === "sum" ? list.reduce((x, y) => x + y, 0) : kind === "len" ? list.length : kind === "max" ? Math.max(...list) : Math.min(...list);
  } else if (kind === "index") {
    const at = rng.int(0, list.length - 1);
    expr = `${a}[${at}]`;
    output = list[at];
  } else {
    const [p, q] = rng.sample(Array.from({ length: list.length }, (_, k) => k), 2);
    expr = `${a}[${p}] + ${a}[${q}]`;
    output = list[p] + list[q];
  }
  trace.push(`${expr} = ${output}`);
  return {
    lines: [...lines, `print(${expr})`],
    trace,
    plan: `Build the list ${a} and apply ${changes} ${changes === 1 ? "change" : "changes"}. Print ${expr}.`,
    output,
  };
}

function ifProgram(rng: Rng): Program {
  const [x, y] = rng.sample(VARIABLES, 2);
  for (;;) {
    const value = rng.int(0, 20);
    const cmp = rng.pick([">", "<", "=="] as const);
    const bound = cmp === "==" ? (rng.bool() ? value : rng.int(0, 20)) : rng.int(0, 20);
    const cond = cmp === ">" ? value > bound : cmp === "<" ? value < bound : value === bound;
    const thenOp = rng.pick<BinOp>(["+", "-", "*"]);
    const elseOp = rng.pick<BinOp>(["+", "-", "*"]);
    const thenK = thenOp === "*" ? rng.int(2, 3) : rng.int(1, 9);
    const elseK = elseOp === "*" ? rng.int(2, 3) : rng.int(1, 9);
    const output = cond ? calc(value, thenOp, thenK) : calc(value, elseOp, elseK);
    if (!ok(output)) continue;
    return {
      lines: [
        `${x} = ${value}`,
        `if ${x} ${cmp} ${bound}:`,
        `    ${y} = ${x} ${thenOp} ${thenK}`,
        "else:",
        `    ${y} = ${x} ${elseOp} ${elseK}`,
        `print(${y})`,
      ],
      trace: [`${x} = ${value}`, `${x} ${cmp} ${bound} is ${cond ? "True" : "False"}`, `${y} = ${output}`],
      plan: `Set ${x}, test ${x} ${cmp} ${bound}, then set ${y}. Print ${y}.`,
      output,
    };
  }
}

const MAKERS = [chainProgram, loopProgram, listProgram, ifProgram];

function generate(seed: number, index: number): Instance {
  return generateInSplit("code", 0x636f, seed, index, (rng) => {
    const program = rng.pick(MAKERS)(rng);
    const code = program.lines.join("\n");
    const question = `What does this program print?\n${code}`;
    const answer = String(program.output);
    const trace = `${program.trace.join(". ")}. Output: ${answer}`;
    return {
      inputs: [{ id: "question", header: "question", text: question }],
      answer,
      key: code,
      gold: {
        solo: trace,
        planner: program.plan,
        coder: trace,
        tester: `The last step gives ${answer}, so the program prints ${answer}.`,
        critic: `The coder and the tester agree on ${answer}.`,
        reviewer: answer,
      },
    };
  });
}

export const codeSuite: Suite = {
  name: "code",
  roles: ROLES,
  pipelines: {
    1: ["solo"],
    3: ["planner", "coder", "reviewer"],
    5: ["planner", "coder", "tester", "critic", "reviewer"],
  },
  generate,
  extractAnswer: lastInteger,
};
