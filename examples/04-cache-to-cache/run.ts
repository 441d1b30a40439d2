/**
 * Two agents on different models sharing KV through a Cache-to-Cache
 * projector. Projectors do not exist in kvmesh yet (issue "Cache-to-Cache
 * projectors in the broker"; proto/kvmesh/v1/projection.proto is reserved and
 * the broker answers UNIMPLEMENTED), so this example says so and exits 0.
 *
 *   npx tsx examples/04-cache-to-cache/run.ts
 */
console.log(
  "Cache-to-Cache projectors are not implemented yet: agents on different models cannot share KV.\n" +
    "Until they are, an agent whose model differs from a segment's falls back to a full prefill (the segment's model fingerprint never matches).\n" +
    "See proto/kvmesh/v1/projection.proto (reserved) and docs/recipes.md (model fingerprints).",
);
