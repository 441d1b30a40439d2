import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isMainThread } from "node:worker_threads";

let dir: string | undefined;

/** The file in each folder that names the process that made it. */
const OWNER_FILE = ".owner";
const FOLDER = /^kvmesh-(\d+)$/;

/** Who made a folder: enough to tell later whether that process still runs. */
interface Owner {
  readonly pid: number;
  /** The process's start time in clock ticks after boot (/proc/<pid>/stat), where there is /proc: a reused pid is another process. */
  readonly start?: string;
  /** Its pid namespace (/proc/self/ns/pid): a pid from another namespace (another container sharing /dev/shm) says nothing here. */
  readonly pidNs?: string;
}

/** Where the folders live: /dev/shm (tmpfs, so KV never touches a disk), else os.tmpdir(). */
export function scratchBase(): string {
  return existsSync("/dev/shm") ? "/dev/shm" : tmpdir();
}

/**
 * This process's folder for llama.cpp state files: <base>/kvmesh-<pid>. Made
 * on first use, after sweeping the folders of processes that died without
 * removing theirs (killed, crashed); removed when the process exits, and on
 * SIGINT or SIGTERM when nothing else handles the signal (the signal then
 * ends the process as it would have). A program that handles these signals
 * itself keeps the folder until it exits.
 */
export function processScratchDir(): string {
  if (dir) return dir;
  const base = scratchBase();
  sweepScratchDirs(base);
  const path = join(base, `kvmesh-${process.pid}`);
  // A folder of an earlier process that had this pid holds its leftovers.
  const earlier = readOwner(path);
  if (earlier && !isSelf(earlier)) rmSync(path, { recursive: true, force: true });
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, OWNER_FILE), JSON.stringify(ownerOf(process.pid, "self")));
  const remove = () => rmSync(path, { recursive: true, force: true });
  process.once("exit", remove);
  if (isMainThread) {
    const onSignal = (signal: NodeJS.Signals) => {
      if (process.listenerCount(signal) > 1) return; // the program handles it (and its exit removes the folder)
      remove();
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      process.kill(process.pid, signal); // no listener left: the signal's default action
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  }
  return (dir = path);
}

/**
 * Removes the kvmesh-<pid> folders under `base` whose process is gone. Only
 * folders with an owner file from this pid namespace are judged; others (a
 * broker's same-host folder, another container's) are left alone. Returns
 * the folders removed.
 */
export function sweepScratchDirs(base: string = scratchBase()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(base);
  } catch {
    return removed;
  }
  const ns = pidNamespace();
  for (const name of names) {
    const m = FOLDER.exec(name);
    if (!m || Number(m[1]) === process.pid) continue;
    const path = join(base, name);
    const owner = readOwner(path);
    if (!owner || owner.pid !== Number(m[1]) || owner.pidNs !== ns || isAlive(owner)) continue;
    try {
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // Another user's folder, or one going away on its own: not ours to insist on.
    }
  }
  return removed;
}

function readOwner(path: string): Owner | undefined {
  try {
    const o = JSON.parse(readFileSync(join(path, OWNER_FILE), "utf8")) as Owner;
    return typeof o.pid === "number" ? o : undefined;
  } catch {
    return undefined;
  }
}

function ownerOf(pid: number, proc: string): Owner {
  return { pid, start: startTime(proc), pidNs: pidNamespace() };
}

const isSelf = (o: Owner): boolean => o.pid === process.pid && o.start === startTime("self");

/** Whether the process that wrote `o` still runs (a live process under a reused pid does not count). */
function isAlive(o: Owner): boolean {
  try {
    process.kill(o.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ESRCH") return false;
  }
  const now = startTime(String(o.pid));
  return o.start === undefined || now === undefined || now === o.start;
}

/** Field 22 of /proc/<pid>/stat (after the parenthesised name, which may hold spaces); undefined without /proc. */
function startTime(proc: string): string | undefined {
  try {
    const stat = readFileSync(`/proc/${proc}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

function pidNamespace(): string | undefined {
  try {
    return readlinkSync("/proc/self/ns/pid");
  } catch {
    return undefined;
  }
}
