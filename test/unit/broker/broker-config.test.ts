import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { brokerConfigFrom, parseBrokerConfig, parseBytes } from "../../../broker/broker-config.js";
import { BrokerConfigError } from "../../../broker/errors.js";

describe("parseBrokerConfig", () => {
  it("reads flags over env over defaults", () => {
    const c = parseBrokerConfig(["--grpc", "0.0.0.0:0", "--memory-bytes=64Mi", "--namespaces", "ns.json"],
      // Cleartext off loopback needs --insecure (or TLS); here from the environment.
      { KVMESH_GRPC: "127.0.0.1:1", KVMESH_STORE: "/var/kv", KVMESH_SHM_DIR: "off", KVMESH_INSECURE: "true" });
    assert.equal(c.grpc, "0.0.0.0:0");
    assert.equal(c.memoryBytes, 64 * 1024 * 1024);
    assert.equal(c.store, "/var/kv");
    assert.equal(c.shmDir, undefined);
    assert.equal(c.chunkBytes, 1024 * 1024);
    assert.equal(c.insecure, true);
  });
  it("rejects unknown flags, missing namespaces and bad values", () => {
    assert.throws(() => parseBrokerConfig(["--nope", "1", "--namespaces", "x"], {}), BrokerConfigError);
    assert.throws(() => parseBrokerConfig([], {}), BrokerConfigError);
    assert.throws(() => parseBrokerConfig(["--namespaces", "x", "--grpc", "nohost"], {}), BrokerConfigError);
    assert.equal(parseBytes("1Gi"), 1024 ** 3);
    assert.equal(parseBytes("500k"), 500_000);
  });
  it("takes --anchor-threads (default: unset, every core) within 1..1024", () => {
    assert.equal(parseBrokerConfig(["--namespaces", "ns.json"], {}).anchorThreads, undefined);
    assert.equal(parseBrokerConfig(["--namespaces", "ns.json", "--anchor-threads", "1"], {}).anchorThreads, 1);
    assert.equal(parseBrokerConfig(["--namespaces", "ns.json"], { KVMESH_ANCHOR_THREADS: "3" }).anchorThreads, 3);
    assert.throws(() => parseBrokerConfig(["--namespaces", "ns.json", "--anchor-threads", "0"], {}), /--anchor-threads must be within 1\.\.1024/);
  });
  it("takes --anchor-shrink calibrated|off (default calibrated) and refuses anything else", () => {
    assert.equal(parseBrokerConfig(["--namespaces", "ns.json"], {}).anchorShrink, "calibrated");
    assert.equal(parseBrokerConfig(["--namespaces", "ns.json", "--anchor-shrink", "off"], {}).anchorShrink, "off");
    assert.equal(parseBrokerConfig(["--namespaces", "ns.json"], { KVMESH_ANCHOR_SHRINK: "off" }).anchorShrink, "off");
    assert.throws(() => parseBrokerConfig(["--namespaces", "ns.json", "--anchor-shrink", "half"], {}), /--anchor-shrink must be calibrated or off/);
  });

  it("takes --insecure as a flag without a value, and a flag left off (false) leaves the env var in charge", () => {
    assert.equal(parseBrokerConfig(["--grpc", "0.0.0.0:0", "--insecure", "--namespaces", "x"], {}).insecure, true);
    assert.throws(() => parseBrokerConfig(["--grpc", "0.0.0.0:0", "--namespaces", "x"], {}), BrokerConfigError);
    // The command table passes every flag; a bool one left off arrives as false.
    assert.equal(brokerConfigFrom({ grpc: "0.0.0.0:0", namespaces: "x", insecure: false }, { KVMESH_INSECURE: "1" }).insecure, true);
    assert.equal(brokerConfigFrom({ namespaces: "x", insecure: false }, {}).insecure, false);
    assert.throws(() => brokerConfigFrom({ namespaces: "x" }, { KVMESH_INSECURE: "maybe" }), BrokerConfigError);
  });
});
