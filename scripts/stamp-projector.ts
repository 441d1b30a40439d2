/**
 * Writes both models' fingerprints into a projector file that the trainer (models/c2c/run_c2c.py, which
 * cannot compute kvmesh fingerprints) left unstamped:
 *
 *   tsx scripts/stamp-projector.ts --projector IN.kvpj --sharer SHARER.gguf --receiver RECEIVER.gguf --out OUT.kvpj
 */
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { stampProjector } from "../models/projector-file.js";
import { readModelInfo } from "../models/read-model-info.js";

const { values } = parseArgs({ options: { projector: { type: "string" }, sharer: { type: "string" }, receiver: { type: "string" }, out: { type: "string" } } });
if (!values.projector || !values.sharer || !values.receiver || !values.out) {
  process.stderr.write("usage: tsx scripts/stamp-projector.ts --projector IN.kvpj --sharer SHARER.gguf --receiver RECEIVER.gguf --out OUT.kvpj\n");
  process.exit(2);
}
const [sharer, receiver] = await Promise.all([readModelInfo(values.sharer), readModelInfo(values.receiver)]);
const stamped = stampProjector(new Uint8Array(await readFile(values.projector)), { sharer: sharer.fingerprint, receiver: receiver.fingerprint });
await writeFile(values.out, stamped);
console.log(`stamped ${values.out}: sharer ${sharer.fingerprint}, receiver ${receiver.fingerprint}`);
