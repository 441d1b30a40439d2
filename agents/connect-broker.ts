import { BrokerSegmentSource, type BrokerSegmentSourceOptions } from "./cache/broker-source.js";
import { RemoteCorrector } from "./correct/remote-corrector.js";

export interface ConnectBrokerOptions extends BrokerSegmentSourceOptions {
  /** Deadline per anchor call (default 5000 ms). */
  readonly anchorTimeoutMs?: number;
}

/** A broker as an agent sees it: where segments go and come from, and the namespace's anchor pools. */
export interface BrokerConnection extends AsyncDisposable {
  /** Publish and find segments (an Agent's `reuse.source`, `publish()`'s sink, a PipelineSession's `store`). */
  readonly segments: BrokerSegmentSource;
  /** The broker-held anchor pools (a PipelineSession's `anchorService`). */
  readonly anchors: RemoteCorrector;
  dispose(): Promise<void>;
}

/**
 * Connects to a `kvmesh broker` and checks the namespace's token (one Stats
 * call). Fails with BrokerUnavailableError / BrokerAuthError / BrokerTimeoutError;
 * after that, a broker that goes away makes fallbacks to a prefill, not errors.
 */
export async function connectBroker(o: ConnectBrokerOptions): Promise<BrokerConnection> {
  const anchors = await RemoteCorrector.connect({
    grpc: o.grpc, namespace: o.namespace, token: o.token, connectTimeoutMs: o.connectTimeoutMs, timeoutMs: o.anchorTimeoutMs,
  });
  const segments = BrokerSegmentSource.create(o);
  const dispose = async () => {
    anchors.dispose();
    await segments.dispose();
  };
  return { segments, anchors, dispose, [Symbol.asyncDispose]: dispose };
}
