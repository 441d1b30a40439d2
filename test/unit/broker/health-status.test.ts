import assert from "node:assert/strict";
import { test } from "node:test";
import { HealthStatus } from "../../../broker/health-status.js";
import { ServingStatus } from "../../../proto/health-service.js";

test("health: serving until drained, then NOT_SERVING for every service; watchers hear each change once", () => {
  const h = new HealthStatus(["kvmesh.v1.Broker"]);
  assert.equal(h.check(""), ServingStatus.SERVING);
  assert.equal(h.check("kvmesh.v1.Broker"), ServingStatus.SERVING);
  assert.equal(h.check("other"), undefined);
  const seen: number[] = [];
  const unknown: number[] = [];
  const stop = h.watch("kvmesh.v1.Broker", (s) => seen.push(s));
  h.watch("other", (s) => unknown.push(s));
  h.drain();
  h.drain();
  assert.equal(h.check(""), ServingStatus.NOT_SERVING);
  assert.equal(h.check("kvmesh.v1.Broker"), ServingStatus.NOT_SERVING);
  assert.deepEqual(seen, [ServingStatus.SERVING, ServingStatus.NOT_SERVING]);
  assert.deepEqual(unknown, [ServingStatus.SERVICE_UNKNOWN]);
  stop();
  h.set("kvmesh.v1.Broker", ServingStatus.SERVING);
  assert.equal(seen.length, 2, "no calls after unsubscribing");
});
