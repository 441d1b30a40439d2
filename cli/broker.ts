import { brokerConfigFrom, type BrokerConfig } from "../broker/broker-config.js";
import { startBroker } from "../broker/broker-runtime.js";
import { BrokerConfigError } from "../broker/errors.js";
import { createLogger } from "../broker/logger.js";
import { UsageError } from "./usage-error.js";

/**
 * `kvmesh broker [options]`: runs until SIGTERM/SIGINT, then drains (stops
 * accepting, finishes in-flight calls) and exits. Prints its bound addresses
 * as one JSON line on stdout once serving; logs go to stderr.
 */
export async function runBrokerWith(flags: Readonly<Record<string, string | boolean | undefined>>): Promise<void> {
  let cfg: BrokerConfig;
  try {
    cfg = brokerConfigFrom(flags);
  } catch (e) {
    // A bad flag or env value is a usage error (exit 2); failing to start is a failure (exit 1).
    if (e instanceof BrokerConfigError) throw new UsageError(e.message, { cause: e });
    throw e;
  }
  const logger = createLogger(cfg.logFormat, cfg.logLevel, { brokerId: cfg.brokerId });
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
