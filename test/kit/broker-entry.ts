// Subprocess entry for test/kit/broker-launcher.ts: `tsx test/kit/broker-entry.ts [broker flags]`.
import { runBroker } from "../../cli/broker.js";

runBroker(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`broker-entry: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
