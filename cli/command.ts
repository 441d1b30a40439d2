/**
 * The one command-line parser of `kvmesh`: every command declares its options
 * as data (name, kind, help, default) and gets typed, checked values. Tokens
 * are split by node:util parseArgs (strict: unknown options and missing values
 * are errors); values are checked here, so a command's `run` never sees a bad
 * one. `--help` is answered before anything runs.
 *
 * Adding an option to a command is one line in its table in cli/commands.ts,
 * e.g. `path: opt.choice(["native", "file"], "how reused KV reaches llama.cpp", "file"),`.
 */
import { parseArgs } from "node:util";
import { UsageError } from "./usage-error.js";

interface Base {
  readonly help: string;
  /** Placeholder in usage lines ("FILE", "N"). */
  readonly value?: string;
  /** Must be given. */
  readonly required?: boolean;
  readonly short?: string;
}
export interface FlagOption extends Base { readonly kind: "flag" }
export interface StringOption extends Base { readonly kind: "string"; readonly default?: string }
export interface IntOption extends Base { readonly kind: "int"; readonly default?: number; readonly min?: number; readonly max?: number }
export interface NumberOption extends Base { readonly kind: "number"; readonly default?: number; readonly min?: number; readonly max?: number }
export interface ChoiceOption<C extends string = string> extends Base { readonly kind: "choice"; readonly choices: readonly C[]; readonly default?: C }
/** Comma-separated values, each one of `choices`. */
export interface ListOption<C extends string = string> extends Base { readonly kind: "list"; readonly choices: readonly C[]; readonly default?: readonly C[] }
/** Comma-separated integers >= min. */
export interface IntListOption extends Base { readonly kind: "intList"; readonly default?: readonly number[]; readonly min?: number }

export type Option = FlagOption | StringOption | IntOption | NumberOption | ChoiceOption | ListOption | IntListOption;
export type Options = Readonly<Record<string, Option>>;

type Given<O, T> = O extends { readonly default: unknown } ? T : O extends { readonly required: true } ? T : T | undefined;
export type ValueOf<O extends Option> =
  O extends FlagOption ? boolean
    : O extends ChoiceOption<infer C> ? Given<O, C>
    : O extends ListOption<infer C> ? Given<O, C[]>
    : O extends IntListOption ? Given<O, number[]>
    : O extends IntOption | NumberOption ? Given<O, number>
    : Given<O, string>;
/** What a command's `run` receives: one typed value per option. */
export type Values<O extends Options> = { -readonly [K in keyof O]: ValueOf<O[K]> };

/** Option constructors: `opt.int("prompt tokens", { default: 1024, min: 1 })`. */
export const opt = {
  flag: (help: string, o: { short?: string } = {}): FlagOption => ({ kind: "flag", help, ...o }),
  string: <const D extends { default?: string; required?: boolean }>(value: string, help: string, o?: D): StringOption & D =>
    ({ kind: "string", value, help, ...(o as D) }),
  int: <const D extends { default?: number; min?: number; max?: number; required?: boolean; value?: string }>(help: string, o?: D): IntOption & D =>
    ({ kind: "int", value: "N", help, ...(o as D) }),
  number: <const D extends { default?: number; min?: number; max?: number; value?: string }>(help: string, o?: D): NumberOption & D =>
    ({ kind: "number", value: "X", help, ...(o as D) }),
  choice: <const C extends string, const D extends C | undefined = undefined>(choices: readonly C[], help: string, def?: D):
    ChoiceOption<C> & (D extends C ? { readonly default: C } : unknown) =>
    ({ kind: "choice", choices, help, ...(def === undefined ? {} : { default: def }) }) as ChoiceOption<C> & (D extends C ? { readonly default: C } : unknown),
  requiredChoice: <const C extends string>(choices: readonly C[], help: string): ChoiceOption<C> & { readonly required: true } =>
    ({ kind: "choice", choices, help, required: true }),
  list: <const C extends string>(choices: readonly C[], help: string, def: readonly C[]): ListOption<C> & { readonly default: readonly C[] } =>
    ({ kind: "list", choices, help, default: def }),
  intList: (help: string, def: readonly number[], min = 1): IntListOption & { readonly default: readonly number[] } =>
    ({ kind: "intList", value: "N,N", help, default: def, min }),
};

export interface Command<O extends Options = Options> {
  /** Words after `kvmesh` ("demo", "bench reuse"). */
  readonly name: string;
  /** One line: the command table in `kvmesh --help` and the README. */
  readonly summary: string;
  /** Options shown in the one-line usage (the README's command table); --help lists all. */
  readonly synopsis?: readonly (keyof O & string)[];
  /** More about the command, under its usage line in --help. */
  readonly description?: string;
  readonly options: O;
  /** Does the work; throws UsageError for bad combinations of valid values. */
  readonly run: (values: Values<O>) => Promise<void>;
}

/** Declares a command; the identity, for type inference of `run`'s values. */
export function command<const O extends Options>(c: Command<O>): Command<O> {
  return c;
}

function placeholder(o: Option): string {
  if (o.kind === "flag") return "";
  if (o.value) return o.value;
  if (o.kind === "choice") return o.choices.join("|");
  if (o.kind === "list") return `${o.choices.join("|")}[,...]`;
  return "VALUE";
}

function usageOf(name: string, o: Option): string {
  const p = placeholder(o);
  return p ? `--${name} ${p}` : `--${name}`;
}

/** `kvmesh bench reuse --model FILE [--tokens N] [options]`: the one-line usage. */
export function synopsis<O extends Options>(c: Command<O>): string {
  const shown = new Set<string>(c.synopsis ?? []);
  for (const [name, o] of Object.entries(c.options)) if (o.required) shown.add(name);
  const parts = [...shown].map((name) => (c.options[name].required ? usageOf(name, c.options[name]) : `[${usageOf(name, c.options[name])}]`));
  const more = Object.keys(c.options).some((name) => !shown.has(name));
  return [`kvmesh ${c.name}`, ...parts, ...(more ? ["[options]"] : [])].join(" ");
}

function defaultText(o: Option): string {
  if (o.kind === "flag" || !("default" in o) || o.default === undefined) return "";
  return ` (default ${Array.isArray(o.default) ? o.default.join(",") : String(o.default)})`;
}

/** The full --help text of a command. */
export function helpText<O extends Options>(c: Command<O>): string {
  const rows: [string, string][] = Object.entries(c.options).map(([name, o]) => [
    `${o.short ? `-${o.short}, ` : ""}${usageOf(name, o)}`, `${o.help}${o.required ? " (required)" : defaultText(o)}`,
  ]);
  rows.push(["-h, --help", "print this help and exit"]);
  const w = Math.min(32, Math.max(...rows.map((r) => r[0].length)));
  const lines = rows.map(([l, r]) => (l.length > w ? `  ${l}\n  ${" ".repeat(w)}  ${r}` : `  ${l.padEnd(w)}  ${r}`));
  return `usage: ${synopsis(c)}\n\n${c.summary}${c.description ? `\n\n${c.description}` : ""}\n\noptions:\n${lines.join("\n")}\n`;
}

export type Parsed<O extends Options> = { readonly help: true } | { readonly help: false; readonly values: Values<O> };

/** True when argv asks for help, wherever it sits (help wins over every other problem). */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.some((a) => a === "--help" || a === "-h");
}

/** Splits and checks `argv` against the command's options. Throws UsageError. */
export function parseCommand<O extends Options>(c: Command<O>, argv: readonly string[]): Parsed<O> {
  if (wantsHelp(argv)) return { help: true };
  const config: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const [name, o] of Object.entries(c.options)) config[name] = { type: o.kind === "flag" ? "boolean" : "string", ...(o.short ? { short: o.short } : {}) };
  let raw: Record<string, string | boolean | undefined>;
  try {
    raw = parseArgs({ args: [...argv], options: config, strict: true, allowPositionals: false }).values as Record<string, string | boolean | undefined>;
  } catch (e) {
    // parseArgs' messages name the option and the fix; drop its "To specify a positional..." tail.
    throw new UsageError(`${(e as Error).message.split(". To specify")[0]}`, { cause: e });
  }
  const values: Record<string, unknown> = {};
  for (const [name, o] of Object.entries(c.options)) {
    const v = raw[name];
    if (v === undefined) {
      if (o.required) throw new UsageError(`--${name} ${placeholder(o)} is required`);
      values[name] = o.kind === "flag" ? false : "default" in o && Array.isArray(o.default) ? [...o.default] : "default" in o ? o.default : undefined;
    } else values[name] = typeof v === "boolean" ? v : convert(name, o, v);
  }
  return { help: false, values: values as Values<O> };
}

function convert(name: string, o: Option, v: string): unknown {
  const bad = (want: string) => new UsageError(`--${name} must be ${want}, got "${v}"`);
  switch (o.kind) {
    case "flag":
      return true;
    case "string":
      if (v === "") throw bad("a non-empty value");
      return v;
    case "int":
    case "number": {
      const n = Number(v);
      const min = o.min ?? (o.kind === "int" ? 0 : -Infinity);
      const max = o.max ?? Infinity;
      const range = max === Infinity ? `>= ${min}` : `in [${min}, ${max}]`;
      if (v.trim() === "" || !Number.isFinite(n) || (o.kind === "int" && !Number.isInteger(n)) || n < min || n > max) {
        throw bad(`${o.kind === "int" ? "an integer" : "a number"} ${range}`);
      }
      return n;
    }
    case "choice":
      if (!o.choices.includes(v)) throw bad(`one of ${o.choices.join(", ")}`);
      return v;
    case "list": {
      const items = v.split(",").map((s) => s.trim()).filter(Boolean);
      if (items.length === 0 || items.some((s) => !o.choices.includes(s))) throw bad(`a comma-separated list of ${o.choices.join(", ")}`);
      return items;
    }
    case "intList": {
      const items = v.split(",").map((s) => Number(s.trim()));
      if (items.some((x) => !Number.isInteger(x) || x < (o.min ?? 1))) throw bad(`a comma-separated list of integers >= ${o.min ?? 1}`);
      return items;
    }
  }
}
