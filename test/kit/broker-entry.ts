// Subprocess entry for test/kit/broker-launcher.ts: `kvmesh broker [broker flags]` in this process
// (no bin/ wrapper: signals, kill -9 included, must reach the broker itself).
import { runCli } from "../../cli/cli.js";

process.exitCode = await runCli(["broker", ...process.argv.slice(2)]);
