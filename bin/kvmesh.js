#!/usr/bin/env node
// The `kvmesh` command. An installed package runs the compiled CLI (dist/).
// A development checkout (TypeScript sources present, tsx installed as a dev
// dependency) runs the sources through tsx, so an edit is never hidden behind
// a stale build; KVMESH_USE_DIST=1 runs dist/ there too.
import { existsSync } from "node:fs";

const source = new URL("../cli/main.ts", import.meta.url);
const compiled = new URL("../dist/cli/main.js", import.meta.url);

async function fromSource() {
  if (process.env.KVMESH_USE_DIST === "1" || !existsSync(source)) return false;
  try {
    const { register } = await import("tsx/esm/api");
    register();
    return true;
  } catch (e) {
    if (e?.code === "ERR_MODULE_NOT_FOUND") return false; // no tsx: not a development install
    throw e;
  }
}

if (await fromSource()) await import(source.href);
else if (existsSync(compiled)) await import(compiled.href);
else {
  process.stderr.write("kvmesh: dist/ is missing; run `npm run build` (or `npm ci`, which builds it)\n");
  process.exitCode = 1;
}
