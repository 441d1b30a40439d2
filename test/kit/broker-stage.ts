import { ensureSynthModel } from "../../models/synth-cache.js";
import { startBrokerProcess, type BrokerProcess } from "./broker-launcher.js";
import { startNatsServer, type NatsServerHandle } from "./nats-server.js";

/**
 * What the agents-broker tests stand on: the tiny synthetic model, a NATS
 * server and a broker process connected to it, on free ports.
 */
export interface BrokerStage {
  readonly model: string;
  readonly nats: NatsServerHandle;
  readonly broker: BrokerProcess;
  /** Broker options for an agent of `namespace` (the token is the stage's). */
  brokerOptions(namespace: string): { grpc: string; nats: string; natsSeed: string; namespace: string; token: string };
  /** Stops the broker (SIGTERM, or SIGKILL with `kill9`) and the NATS server. */
  close(o?: { kill9?: boolean }): Promise<void>;
}

export async function startBrokerStage(namespaces: Readonly<Record<string, string>>): Promise<BrokerStage> {
  const model = await ensureSynthModel("tiny");
  const nats = await startNatsServer({ namespaces: Object.keys(namespaces) });
  let broker: BrokerProcess;
  try {
    broker = await startBrokerProcess({ namespaces, nats: nats.url, natsSeedFile: nats.brokerSeedFile });
  } catch (err) {
    await nats.stop();
    throw err;
  }
  return {
    model, nats, broker,
    brokerOptions: (namespace) => ({ grpc: broker.addresses.grpc, nats: nats.url, natsSeed: nats.seedOf(namespace), namespace, token: namespaces[namespace] }),
    async close(o = {}) {
      if (o.kill9) await broker.kill9(); else await broker.stop();
      await nats.stop();
    },
  };
}
