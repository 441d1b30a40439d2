/**
 * Math suite: a short word problem with 2-4 operations on small integers.
 * Pipelines: the planner turns words into operations, the solver writes one
 * equation per step, the checker recomputes and states the answer; the checker
 * of the score is the last integer of the final reply.
 */
import type { Rng } from "./rng.js";
import { generateInSplit, lastInteger, type Instance, type RoleSpec, type Suite } from "./types.js";
import { FIRST_NAMES, ITEMS } from "./words.js";

type OpKind = "add" | "sub" | "mul" | "div";

interface Op {
  readonly kind: OpKind;
  readonly k: number;
}

const SYMBOL: Record<OpKind, string> = { add: "+", sub: "-", mul: "*", div: "/" };
const VERB: Record<OpKind, string> = { add: "Add", sub: "Subtract", mul: "Multiply by", div: "Divide by" };

const PHRASES: Record<OpKind, readonly ((name: string, items: string, k: number) => string)[]> = {
  add: [
    (n, it, k) => `${n} finds ${k} more ${it}.`,
    (n, it, k) => `A friend gives ${n} ${k} ${it}.`,
    (n, it, k) => `${n} buys ${k} more ${it}.`,
  ],
  sub: [
    (n, it, k) => `${n} gives away ${k} ${it}.`,
    (n, it, k) => `${n} loses ${k} ${it}.`,
    (n, it, k) => `${n} sells ${k} ${it}.`,
  ],
  mul: [
    (n, it, k) => `${n} multiplies the ${it} by ${k}.`,
    (_n, it, k) => `The number of ${it} becomes ${k} times as large.`,
  ],
  div: [
    (n, it, k) => `${n} splits the ${it} into ${k} equal groups and keeps one group.`,
    (_n, it, k) => `The number of ${it} is divided by ${k}.`,
  ],
};

const MAX_VALUE = 200;

const ROLES: Record<string, RoleSpec> = {
  solo: {
    name: "solo",
    system: "You solve math problems. Write one equation per step, then the answer.",
    maxTokens: 64,
  },
  planner: {
    name: "planner",
    system: "You are the planner. Turn the problem into a list of operations.",
    maxTokens: 40,
  },
  solver: {
    name: "solver",
    system: "You are the solver. Follow the plan, write one equation per step, then the answer.",
    maxTokens: 64,
  },
  checker: {
    name: "checker",
    system: "You are the checker. Recompute every step of the solver and state the final answer.",
    maxTokens: 64,
  },
  reviewer: {
    name: "reviewer",
    system: "You are the reviewer. Say whether the solver and the checker agree.",
    maxTokens: 24,
  },
  final: {
    name: "final",
    system: "You give the final answer only, as a number.",
    maxTokens: 8,
  },
};

function apply(value: number, op: Op): number {
  switch (op.kind) {
    case "add": return value + op.k;
    case "sub": return value - op.k;
    case "mul": return value * op.k;
    case "div": return value / op.k;
  }
}

function drawOp(rng: Rng, value: number): Op {
  for (;;) {
    const kind = rng.pick<OpKind>(["add", "add", "sub", "sub", "mul", "div"]);
    if (kind === "add") {
      const k = rng.int(1, 20);
      if (value + k <= MAX_VALUE) return { kind, k };
    } else if (kind === "sub") {
      if (value >= 2) return { kind, k: rng.int(1, Math.min(20, value - 1)) };
    } else if (kind === "mul") {
      const k = rng.int(2, 4);
      if (value * k <= MAX_VALUE) return { kind, k };
    } else {
      const ks = [2, 3, 4, 5].filter((k) => value % k === 0 && value / k >= 1);
      if (ks.length > 0) return { kind, k: rng.pick(ks) };
    }
  }
}

function generate(seed: number, index: number): Instance {
  return generateInSplit("math", 0x6d61, seed, index, (rng) => {
    const name = rng.pick(FIRST_NAMES);
    const items = rng.pick(ITEMS);
    const start = rng.int(2, 20);
    const opCount = rng.int(2, 4);
    const ops: Op[] = [];
    const values = [start];
    for (let i = 0; i < opCount; i++) {
      const op = drawOp(rng, values[i]);
      ops.push(op);
      values.push(apply(values[i], op));
    }
    const answer = String(values[opCount]);
    const sentences = ops.map((op) => rng.pick(PHRASES[op.kind])(name, items, op.k));
    const question = `${name} has ${start} ${items}. ${sentences.join(" ")} How many ${items} does ${name} have now?`;
    const plan = `Start at ${start}. ${ops.map((op) => `${VERB[op.kind]} ${op.k}.`).join(" ")}`;
    const steps = ops.map((op, i) => `${values[i]} ${SYMBOL[op.kind]} ${op.k} = ${values[i + 1]}.`);
    const solution = `${steps.join(" ")} Answer: ${answer}`;
    return {
      inputs: [{ id: "question", header: "question", text: question }],
      answer,
      key: `${start}|${ops.map((op) => SYMBOL[op.kind] + op.k).join("|")}`,
      gold: {
        solo: solution,
        planner: plan,
        solver: solution,
        checker: `${steps.map((s) => s.slice(0, -1) + " ok.").join(" ")} Final answer: ${answer}`,
        reviewer: `The solver and the checker agree on ${answer}.`,
        final: answer,
      },
    };
  });
}

export const mathSuite: Suite = {
  name: "math",
  roles: ROLES,
  pipelines: {
    1: ["solo"],
    3: ["planner", "solver", "checker"],
    5: ["planner", "solver", "checker", "reviewer", "final"],
  },
  generate,
  extractAnswer: lastInteger,
};
