/** The process entry of `kvmesh` (bin/kvmesh.js loads it). */
import { constants } from "node:os";
import { runCli } from "./cli.js";

const argv = process.argv.slice(2);
// Ctrl-C or SIGTERM end the process through exit, so its exit hooks run (scratch
// folders under /dev/shm, a demo's broker child). The broker drains on its own.
if (argv[0] !== "broker") {
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.once(sig, () => process.exit(128 + constants.signals[sig]));
}
process.exitCode = await runCli(argv);
