import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const MODEL = fileURLToPath(new URL("../../models/kvmesh-tiny.gguf", import.meta.url));
const base = existsSync("/dev/shm") ? "/dev/shm" : undefined;

test("an agent's /dev/shm/kvmesh-<pid> folder is gone once its process exits", { skip: !base && "no /dev/shm", timeout: 120_000 }, () => {
  // A file, not -e: node-llama-cpp tests its binary in a child process started with this one's execArgv.
  const file = join(mkdtempSync(join(tmpdir(), "kvmesh-scratch-")), "agent.mts");
  writeFileSync(file, `
    import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
    import { Agent } from ${JSON.stringify(`${ROOT}agents/agent.ts`)};
    import { own } from ${JSON.stringify(`${ROOT}agents/prompt.ts`)};
    const agent = await Agent.create({ modelPath: ${JSON.stringify(MODEL)}, threads: 1, contextSize: 256 });
    await agent.generate([own("Hello")], { maxTokens: 2 });
    console.log(JSON.stringify({ during: existsSync("/dev/shm/kvmesh-" + process.pid) }));
    await agent.dispose();`);
  const r = spawnSync(process.execPath, ["--import", "tsx", file], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  rmSync(dirname(file), { recursive: true, force: true });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout.trim().split("\n").at(-1)!), { during: true });
  assert.equal(existsSync(`${base}/kvmesh-${r.pid}`), false);
});

test("kvmesh stopped by SIGTERM mid-run exits 143 and leaves no /dev/shm/kvmesh-<pid> behind", { skip: !base && "no /dev/shm", timeout: 120_000 }, async () => {
  const child = spawn(process.execPath, [`${ROOT}/bin/kvmesh.js`, "demo", "--broker", "off", "--instances", "3"], { stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  let sawDir = false;
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? -1 : null))));
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stderr! }).on("line", (line) => {
      err += `${line}\n`;
      // The agents exist (and with them the folder) once the sessions warm up.
      if (line.includes("warming up") || line.includes("instance")) {
        sawDir ||= existsSync(`${base}/kvmesh-${child.pid}`);
        if (sawDir) { child.kill("SIGTERM"); resolve(); }
      }
    });
    child.once("exit", () => reject(new Error(`exited before the folder was seen:\n${err}`)));
  });
  assert.equal(await exited, 143, err);
  assert.equal(existsSync(`${base}/kvmesh-${child.pid}`), false);
});
