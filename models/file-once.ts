/**
 * A derived file written once: if `path` is not there, `write` makes it under
 * a temporary name that is then renamed into place, so a reader never sees a
 * half-written file and a failed write leaves nothing behind.
 */
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { dirname } from "node:path";

export async function fileOnce(path: string, write: (tmp: string) => Promise<unknown>): Promise<string> {
  try {
    if ((await stat(path)).isFile()) return path;
  } catch {
    // not there yet
  }
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    await write(tmp);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  return path;
}
