/**
 * Checks a JSON value against a JSON Schema (draft 2020-12) and names the
 * first problem by its path ("agents[1].name") in words a user can act on.
 *
 * It knows the keywords pipelines/pipeline.schema.json uses, so the schema
 * editors read is the one files are held to; a schema with any other keyword
 * is refused (UnsupportedSchemaError) rather than half enforced.
 */
import { KvmeshError } from "../kernels/errors.js";

export type JsonSchema = { readonly [keyword: string]: unknown };

/** Where a value breaks its schema, and how. */
export interface SchemaProblem {
  /** "(top level)", "model", "agents[1].name", "inputs[0].question". */
  readonly path: string;
  readonly problem: string;
}

/** The schema uses a keyword (or a $ref form) this checker does not enforce. */
export class UnsupportedSchemaError extends KvmeshError {}

const ANNOTATIONS = new Set(["$schema", "$id", "$comment", "$defs", "title", "description", "default", "examples"]);
const KEYWORDS = new Set([
  "$ref", "type", "enum", "minimum", "minLength", "pattern", "items", "minItems",
  "properties", "required", "additionalProperties", "propertyNames", "minProperties", "oneOf",
]);

type Path = readonly (string | number)[];

/** The first problem of `value` under `schema`, or undefined when it conforms. */
export function schemaProblem(value: unknown, schema: JsonSchema): SchemaProblem | undefined {
  return check(value, schema, schema, []);
}

export function pathText(path: Path): string {
  if (path.length === 0) return "(top level)";
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

function check(v: unknown, s: JsonSchema, root: JsonSchema, path: Path, hint?: string): SchemaProblem | undefined {
  for (const k of Object.keys(s)) {
    if (!KEYWORDS.has(k) && !ANNOTATIONS.has(k)) throw new UnsupportedSchemaError(`schema keyword "${k}" is not supported (at ${pathText(path)})`);
  }
  // A $ref's own description (hint) says more than the shared definition's.
  const about = hint ?? (typeof s.description === "string" ? s.description : undefined);
  const fail = (problem: string): SchemaProblem => ({ path: pathText(path), problem: about ? `${problem} (${about})` : problem });

  if (typeof s.$ref === "string") {
    const r = check(v, resolve(s.$ref, root), root, path, about);
    if (r) return r;
  }
  if (typeof s.type === "string" && !hasType(v, s.type)) return fail(`must be ${article(s.type)}, got ${shown(v)}`);
  if (Array.isArray(s.enum) && !s.enum.some((e) => e === v)) return fail(`must be one of ${s.enum.map((e) => JSON.stringify(e)).join(", ")}, got ${shown(v)}`);
  if (typeof v === "number" && typeof s.minimum === "number" && v < s.minimum) return fail(`must be >= ${s.minimum}, got ${shown(v)}`);
  if (typeof v === "string") {
    if (typeof s.minLength === "number" && [...v].length < s.minLength) return fail(s.minLength === 1 ? "must not be empty" : `must have at least ${s.minLength} characters`);
    if (typeof s.pattern === "string" && !new RegExp(s.pattern, "u").test(v)) return fail(`must match ${s.pattern}, got ${shown(v)}`);
  }
  if (Array.isArray(v)) {
    if (typeof s.minItems === "number" && v.length < s.minItems) return fail(`must have at least ${count(s.minItems, "item")}`);
    if (isSchema(s.items)) {
      for (let i = 0; i < v.length; i++) {
        const r = check(v[i], s.items, root, [...path, i]);
        if (r) return r;
      }
    }
  }
  if (isObject(v)) {
    const props = isObject(s.properties) ? (s.properties as Record<string, JsonSchema>) : {};
    // A key whose value is undefined (possible in a JS object, never in JSON) counts as absent.
    const present = Object.entries(v).filter(([, x]) => x !== undefined);
    for (const [key, x] of present) {
      const at = [...path, key];
      if (isSchema(s.propertyNames)) {
        const r = check(key, s.propertyNames, root, at);
        if (r) return { path: r.path, problem: `the name ${r.problem}` };
      }
      if (key in props) {
        const r = check(x, props[key], root, at);
        if (r) return r;
      } else if (s.additionalProperties === false) {
        const known = Object.keys(props).filter((k) => !k.startsWith("$"));
        return { path: pathText(at), problem: `unknown field (known: ${known.join(", ")})` };
      } else if (isSchema(s.additionalProperties)) {
        const r = check(x, s.additionalProperties, root, at);
        if (r) return r;
      }
    }
    if (Array.isArray(s.required)) {
      for (const key of s.required as string[]) {
        if (v[key] === undefined) {
          const d = props[key] && typeof props[key].description === "string" ? ` (${props[key].description})` : "";
          return { path: pathText([...path, key]), problem: `is missing${d}` };
        }
      }
    }
    if (typeof s.minProperties === "number" && present.length < s.minProperties) return fail(`needs at least ${count(s.minProperties, "entry", "entries")}`);
  }
  if (Array.isArray(s.oneOf)) return oneOf(v, s.oneOf as JsonSchema[], root, path, fail);
  return undefined;
}

/** Exactly one branch must hold; when none does, the branch of the value's own type explains why. */
function oneOf(v: unknown, branches: readonly JsonSchema[], root: JsonSchema, path: Path, fail: (p: string) => SchemaProblem): SchemaProblem | undefined {
  const results = branches.map((b) => check(v, b, root, path));
  const passed = results.filter((r) => r === undefined).length;
  if (passed === 1) return undefined;
  if (passed > 1) return fail("matches more than one of its allowed forms");
  const sameType = branches.findIndex((b) => typeof b.type === "string" && hasType(v, b.type));
  if (sameType >= 0) return results[sameType];
  const forms = branches.map((b) => `${typeof b.type === "string" ? article(b.type) : "a value"}${typeof b.description === "string" ? ` (${b.description})` : ""}`);
  return { path: pathText(path), problem: `must be ${forms.join(" or ")}, got ${shown(v)}` };
}

function resolve(ref: string, root: JsonSchema): JsonSchema {
  const m = /^#\/\$defs\/([^/]+)$/.exec(ref);
  const defs = root.$defs as Record<string, JsonSchema> | undefined;
  if (!m || !defs || !isSchema(defs[m[1]])) throw new UnsupportedSchemaError(`$ref "${ref}" is not a "#/$defs/<name>" of this schema`);
  return defs[m[1]];
}

function hasType(v: unknown, type: string): boolean {
  switch (type) {
    case "object": return isObject(v);
    case "array": return Array.isArray(v);
    case "string": return typeof v === "string";
    case "integer": return typeof v === "number" && Number.isInteger(v);
    case "number": return typeof v === "number" && Number.isFinite(v);
    case "boolean": return typeof v === "boolean";
    case "null": return v === null;
    default: throw new UnsupportedSchemaError(`type "${type}" is not a JSON Schema type`);
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const isSchema = (x: unknown): x is JsonSchema => isObject(x);
const article = (type: string): string => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
const count = (n: number, one: string, many = `${one}s`): string => (n === 1 ? `one ${one}` : `${n} ${many}`);

/** The value as JSON, cut short: enough to recognise it in the file. */
function shown(v: unknown): string {
  const text = v === undefined ? "nothing" : JSON.stringify(v);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
