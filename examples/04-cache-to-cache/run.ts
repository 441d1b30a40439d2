/**
 * Two agents on different models sharing KV through a Cache-to-Cache
 * projector. The pieces exist (projector files, the fuser, `kvmesh eval c2c`),
 * but the one projector trained so far does not beat the receiver alone, the
 * broker does not serve projectors (proto/kvmesh/v1/projection.proto answers
 * UNIMPLEMENTED) and agents do not use them on their own, so this example
 * says so and exits 0.
 *
 *   npx tsx examples/04-cache-to-cache/run.ts
 */
console.log(
  "Sharing between agents through Cache-to-Cache projectors is not implemented yet: agents on different models cannot share KV.\n" +
    "Until it is, an agent whose model differs from a segment's falls back to a full prefill (the segment's model fingerprint never matches).\n" +
    "The projector file format, the fuser and `kvmesh eval c2c` exist; the one trained projector did not beat the receiver alone (models/README.md).",
);
