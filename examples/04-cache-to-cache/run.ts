/**
 * Two agents on different models sharing KV through a Cache-to-Cache
 * projector. The pieces exist (projector files, the fuser, `kvmesh eval c2c`,
 * the broker's `--projectors` and kvmesh.v1.Projection, `fuseFromBroker`;
 * docs/c2c.md), but no projector that helps ships with kvmesh (the one
 * trained so far does not beat the receiver alone) and pipelines do not use
 * them on their own, so this example says so and exits 0.
 *
 *   npx tsx examples/04-cache-to-cache/run.ts
 */
console.log(
  "Sharing between agents through Cache-to-Cache projectors is not implemented yet in pipelines: no projector that helps ships with kvmesh.\n" +
    "A broker started with --projectors serves them (kvmesh.v1.Projection) and fuseFromBroker uses one when a segment's model differs from the agent's (docs/c2c.md);\n" +
    "otherwise an agent whose model differs from a segment's falls back to a full prefill. The one trained projector did not beat the receiver alone (models/README.md).",
);
