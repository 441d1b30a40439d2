#!/usr/bin/env node
// `npm run build` (also run by `prepare`, so `npm ci` and git installs get it):
// compiles the library and the CLI into dist/ and copies the generated
// protobuf runtime (plain JavaScript, which tsc does not emit) beside its
// declarations. Plain Node on purpose: it must run before anything is built.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const at = (p) => `${root}${p}`;
rmSync(at("dist"), { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const r = spawnSync(process.execPath, [tsc, "-p", at("tsconfig.build.json")], { stdio: "inherit" });
if (r.status !== 0) process.exit(r.status ?? 1);
mkdirSync(at("dist/proto/gen"), { recursive: true });
for (const f of ["kvmesh.js", "kvmesh.d.ts"]) copyFileSync(at(`proto/gen/${f}`), at(`dist/proto/gen/${f}`));
