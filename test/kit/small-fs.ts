import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface SmallFs extends AsyncDisposable {
  readonly dir: string;
}

/**
 * A real file system of `bytes` (tmpfs, mounted on a fresh temp dir) so
 * writes hit a true ENOSPC and short writes. Needs root with mount rights;
 * resolves undefined (with the reason) where mounting is not allowed.
 */
export async function mountSmallFs(bytes: number): Promise<SmallFs | { skip: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kvmesh-smallfs-"));
  try {
    await run("mount", ["-t", "tmpfs", "-o", `size=${bytes},mode=0700`, "tmpfs", dir]);
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    return { skip: `cannot mount a tmpfs here (${(err as Error).message.split("\n")[0]})` };
  }
  return {
    dir,
    async [Symbol.asyncDispose]() {
      await run("umount", [dir]).catch(() => run("umount", ["-l", dir]));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
