import { existsSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let dir: string | undefined;

/**
 * This process's folder for llama.cpp state files: /dev/shm/kvmesh-<pid>
 * (tmpfs, so KV never touches a disk; os.tmpdir() where there is no
 * /dev/shm). Made on first use and removed when the process exits. A process
 * killed by a signal runs no exit hooks: `kvmesh` turns SIGINT and SIGTERM
 * into an exit; a program of yours may do the same.
 */
export function processScratchDir(): string {
  if (dir) return dir;
  const path = join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), `kvmesh-${process.pid}`);
  mkdirSync(path, { recursive: true });
  process.once("exit", () => rmSync(path, { recursive: true, force: true }));
  return (dir = path);
}
