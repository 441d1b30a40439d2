/**
 * /dev/shm/kvmesh-<pid> (agents/scratch-dir.ts) goes away with its process:
 * on exit, on SIGINT and SIGTERM in a program that does not handle them, and,
 * for a process that could not clean up (SIGKILL), at the next process's
 * start-up. No model needed: the folder is made by the same call an Agent makes.
 */
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { sweepScratchDirs } from "../../../agents/scratch-dir.js";

const MODULE = fileURLToPath(new URL("../../../agents/scratch-dir.ts", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "kvmesh-scratch-test-"));
after(() => rmSync(work, { recursive: true, force: true }));

/** A program that makes its folder, prints it, then waits (`handler`: its own code run before, e.g. a signal handler). */
function program(name: string, handler = ""): string {
  const file = join(work, `${name}.mts`);
  writeFileSync(file, `import { processScratchDir } from ${JSON.stringify(MODULE)};
${handler}
console.log(processScratchDir());
setInterval(() => {}, 1000);
setTimeout(() => process.exit(3), 60_000);
`);
  return file;
}

async function started(file: string): Promise<{ child: ChildProcess; folder: string; exited: Promise<{ code: number | null; signal: string | null }> }> {
  const child = spawn(process.execPath, ["--import", "tsx", file], { stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const folder = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once("line", resolve);
    child.once("exit", () => reject(new Error("exited before printing its folder")));
  });
  return { child, folder, exited };
}

const hasProc = existsSync("/proc/self/stat");

describe("a process's scratch folder", () => {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`is removed on ${signal} in a program that does not handle it, and the signal still ends the program`, async () => {
      const { child, folder, exited } = await started(program(`plain-${signal}`));
      assert.ok(existsSync(folder), `${folder} made`);
      assert.match(folder, new RegExp(`kvmesh-${child.pid}$`));
      child.kill(signal);
      assert.deepEqual(await exited, { code: null, signal });
      assert.equal(existsSync(folder), false, `${folder} left behind`);
    });
  }

  it("stays while the program's own SIGTERM handler runs, and goes when it exits", async () => {
    // Registered before the folder is made, as a program's own handler usually is.
    const handler = `import { existsSync } from "node:fs";
process.on("SIGTERM", () => { console.log(JSON.stringify({ during: existsSync(processScratchDir()) })); setTimeout(() => process.exit(0), 200); });`;
    const { child, folder, exited } = await started(program("handled", handler));
    const during = new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once("line", resolve));
    child.kill("SIGTERM");
    assert.deepEqual(JSON.parse(await during), { during: true });
    assert.deepEqual(await exited, { code: 0, signal: null });
    assert.equal(existsSync(folder), false);
  });

  it("of a process killed outright is swept when the next process makes its own", async () => {
    const a = await started(program("killed"));
    a.child.kill("SIGKILL");
    await a.exited;
    assert.ok(existsSync(a.folder), "SIGKILL runs no clean-up: the folder is still there");
    const b = await started(program("next"));
    try {
      assert.equal(existsSync(a.folder), false, `${a.folder} not swept`);
      assert.ok(existsSync(b.folder));
    } finally {
      b.child.kill("SIGTERM");
      await b.exited;
    }
  });
});

describe("sweepScratchDirs", () => {
  it("removes the folders of dead processes of this pid namespace, and nothing else", { skip: !hasProc && "needs /proc" }, () => {
    const base = mkdtempSync(join(work, "base-"));
    const ns = spawnSync("readlink", ["/proc/self/ns/pid"], { encoding: "utf8" }).stdout.trim() || undefined;
    const startOf = (pid: number) => { const s = readFileSync(`/proc/${pid}/stat`, "utf8"); return s.slice(s.lastIndexOf(")") + 2).split(" ")[19]; };
    const deadPids = [0, 1, 2].map(() => spawnSync(process.execPath, ["-e", ""]).pid!);
    const folder = (pid: number | string, owner?: object) => {
      const p = join(base, `kvmesh-${pid}`);
      mkdirSync(p);
      writeFileSync(join(p, "x.seq"), "state");
      if (owner) writeFileSync(join(p, ".owner"), JSON.stringify(owner));
      return p;
    };
    const dead = folder(deadPids[0], { pid: deadPids[0], start: "1", pidNs: ns });
    const reused = folder(process.ppid, { pid: process.ppid, start: "0", pidNs: ns }); // a live process now has that pid
    const live = folder(1, { pid: 1, start: startOf(1), pidNs: ns });
    const noOwner = folder(deadPids[1]); // e.g. a broker's same-host folder
    const otherNs = folder(deadPids[2], { pid: deadPids[2], start: "1", pidNs: "pid:[1]" });
    const notOurs = folder("abc");
    assert.deepEqual(sweepScratchDirs(base).sort(), [dead, reused].sort());
    for (const p of [live, noOwner, otherNs, notOurs]) assert.ok(existsSync(p), `${p} kept`);
  });
});
