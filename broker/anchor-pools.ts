import { AnchorService, type AnchorServiceOptions, type Correction } from "../anchors/anchor-service.js";
import type { KernelBackend } from "../kernels/backend.js";
import type { KvTensor } from "../kernels/kv-tensor.js";
import type { AnchorPoolStats } from "../proto/anchor-pool-stats.js";
import { InvalidRequestError } from "./errors.js";
import type { Tenant } from "./tenant-auth.js";

export type { AnchorPoolStats } from "../proto/anchor-pool-stats.js";

const NAME_RE = /^[\x20-\x7e]{1,256}$/;

/**
 * The broker's anchor pools: one AnchorService (anchors/anchor-service.ts, pure)
 * per namespace, so a tenant's anchors never correct another tenant's KV.
 * Transports decode KvTensors and call in with an authenticated Tenant.
 */
export class AnchorPools {
  private readonly byNs = new Map<string, { service: AnchorService; corrected: number; prefills: number; observations: number }>();

  constructor(private readonly kernels: KernelBackend, private readonly options: AnchorServiceOptions = {}) {}

  correct(tenant: Tenant, kind: string, consumer: string, content: KvTensor): Correction {
    checkNames(kind, consumer);
    const ns = this.of(tenant);
    const c = ns.service.correct(kind, consumer, content);
    if (c.kind === "corrected") ns.corrected++; else ns.prefills++;
    return c;
  }

  observe(tenant: Tenant, kind: string, consumer: string, contentId: string, base: KvTensor, real: KvTensor): { created: boolean; evicted: number } {
    checkNames(kind, consumer);
    if (!NAME_RE.test(contentId)) throw new InvalidRequestError("content id must be 1..256 printable ASCII characters");
    if (base.nLayer !== real.nLayer || base.nTokens !== real.nTokens || base.rowK !== real.rowK || base.rowV !== real.rowV) {
      throw new InvalidRequestError("observe: base and real KV differ in shape");
    }
    const ns = this.of(tenant);
    ns.observations++;
    return ns.service.observe(kind, consumer, contentId, base, real);
  }

  stats(tenant: Tenant): AnchorPoolStats {
    const ns = this.byNs.get(tenant.namespace);
    if (!ns) return { kinds: 0, anchors: 0, bytes: 0, corrected: 0, prefills: 0, observations: 0 };
    return { ...ns.service.stats(), corrected: ns.corrected, prefills: ns.prefills, observations: ns.observations };
  }

  dispose(): void {
    for (const ns of this.byNs.values()) ns.service.dispose();
    this.byNs.clear();
  }

  private of(tenant: Tenant) {
    let ns = this.byNs.get(tenant.namespace);
    if (!ns) {
      ns = { service: new AnchorService(this.kernels, this.options), corrected: 0, prefills: 0, observations: 0 };
      this.byNs.set(tenant.namespace, ns);
    }
    return ns;
  }
}

function checkNames(kind: string, consumer: string): void {
  if (!NAME_RE.test(kind)) throw new InvalidRequestError("anchor kind must be 1..256 printable ASCII characters");
  if (!NAME_RE.test(consumer)) throw new InvalidRequestError("consumer fingerprint must be 1..256 printable ASCII characters");
}
