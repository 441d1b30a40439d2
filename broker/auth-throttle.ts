import { LimitExceededError } from "./errors.js";

/**
 * Slows down token guessing: per peer (remote address and namespace), after
 * `limit` rejected tokens within a minute every attempt from that peer is
 * refused (LimitExceededError, a right token included, so a guess teaches
 * nothing) for a pause that starts at 1 s and doubles per further failure up
 * to 60 s. A success clears the peer's record. Bounded: at most `maxPeers`
 * records, the oldest dropped first.
 */
export class AuthThrottle {
  private readonly peers = new Map<string, { failures: number[]; blockedUntil: number; pauseMs: number }>();

  constructor(private readonly limit = 20, private readonly maxPeers = 10_000, private readonly now: () => number = Date.now) {}

  /** Throws while the peer is paused. */
  check(peer: string): void {
    const p = this.peers.get(peer);
    if (!p) return;
    const wait = p.blockedUntil - this.now();
    if (wait > 0) {
      throw new LimitExceededError(`too many rejected tokens from this peer: retry in ${Math.ceil(wait / 1000)} s (--auth-failure-limit)`);
    }
  }

  failed(peer: string): void {
    const t = this.now();
    let p = this.peers.get(peer);
    if (!p) {
      p = { failures: [], blockedUntil: 0, pauseMs: 0 };
      this.peers.set(peer, p);
      if (this.peers.size > this.maxPeers) this.peers.delete(this.peers.keys().next().value!);
    }
    p.failures = p.failures.filter((x) => t - x < 60_000);
    p.failures.push(t);
    if (p.failures.length >= this.limit) {
      p.pauseMs = Math.min(60_000, p.pauseMs ? p.pauseMs * 2 : 1000);
      p.blockedUntil = t + p.pauseMs;
    }
  }

  succeeded(peer: string): void {
    this.peers.delete(peer);
  }
}
