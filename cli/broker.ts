import { brokerUsage, parseBrokerConfig } from "../broker/broker-config.js";
import { startBroker } from "../broker/broker-runtime.js";
import { jsonLogger } from "../broker/logger.js";

/**
 * `kvmesh broker [options]`: runs until SIGTERM/SIGINT, then drains (stops
 * accepting, finishes in-flight calls) and exits. Prints its bound addresses
 * as one JSON line on stdout once serving; logs are JSON lines on stderr.
 */
export async function runBroker(argv: string[]): Promise<void> {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(brokerUsage());
    return;
  }
  const cfg = parseBrokerConfig(argv);
  const logger = jsonLogger(cfg.logLevel, undefined, { brokerId: cfg.brokerId });
  const broker = await startBroker(cfg, logger);
  process.stdout.write(JSON.stringify({ event: "listening", ...broker.addresses }) + "\n");
  logger.info("broker serving", { ...broker.addresses });
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      logger.info("draining", { signal });
      process.off("SIGTERM", onTerm);
      process.off("SIGINT", onInt);
      broker.close().then(resolve, (err: unknown) => { logger.error("drain failed", { err }); resolve(); });
    };
    const onTerm = () => stop("SIGTERM");
    const onInt = () => stop("SIGINT");
    process.on("SIGTERM", onTerm);
    process.on("SIGINT", onInt);
  });
  logger.info("broker stopped");
}
