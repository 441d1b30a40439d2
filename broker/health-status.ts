import { ServingStatus } from "../proto/health-service.js";

/**
 * What the broker tells health probes (grpc.health.v1): a status per service
 * name ("" is the server as a whole), and who is watching. Serving from start
 * until drain; `drain()` turns every service NOT_SERVING and tells the
 * watchers (a load balancer watching learns it as the drain starts).
 */
export class HealthStatus {
  private readonly statuses = new Map<string, ServingStatus>();
  private readonly watchers = new Set<{ service: string; send(status: ServingStatus): void }>();

  constructor(services: readonly string[]) {
    for (const s of ["", ...services]) this.statuses.set(s, ServingStatus.SERVING);
  }

  /** The status of `service`, or undefined when the broker does not know it (Check answers NOT_FOUND). */
  check(service: string): ServingStatus | undefined {
    return this.statuses.get(service);
  }

  /** Calls `send` with the status now (SERVICE_UNKNOWN for an unknown service) and on every change; returns the unsubscribe. */
  watch(service: string, send: (status: ServingStatus) => void): () => void {
    const w = { service, send };
    this.watchers.add(w);
    send(this.check(service) ?? ServingStatus.SERVICE_UNKNOWN);
    return () => { this.watchers.delete(w); };
  }

  set(service: string, status: ServingStatus): void {
    if (this.statuses.get(service) === status) return;
    this.statuses.set(service, status);
    for (const w of this.watchers) if (w.service === service) w.send(status);
  }

  /** Every known service NOT_SERVING (the broker is draining; it never serves again). */
  drain(): void {
    for (const s of this.statuses.keys()) this.set(s, ServingStatus.NOT_SERVING);
  }
}
