import assert from "node:assert/strict";
import { test } from "node:test";
import { Agent } from "../../agents/agent.js";
import { own } from "../../agents/prompt.js";
import { EMBEDDED_MODEL } from "../../examples/rag-exchange.js";

test("a prompt past the model's trained context warns once, with the numbers (issue 13 item 12)", { timeout: 120_000 }, async () => {
  const warnings: Error[] = [];
  const listen = (w: Error) => { if ((w as { code?: string }).code === "KVMESH_PAST_TRAINED_CONTEXT") warnings.push(w); };
  process.on("warning", listen);
  const agent = await Agent.create({ modelPath: EMBEDDED_MODEL, threads: 1, contextSize: 2048 });
  try {
    assert.equal(agent.info.contextLength, 1024);
    const short = [own("The lamp is kept in Tarnow. Where is the lamp kept?")];
    await agent.generate(short, { maxTokens: 1 });
    await new Promise((r) => setImmediate(r)); // warnings are emitted on the next tick
    assert.equal(warnings.length, 0, "no warning within the trained context");
    const long = [own("The owner of the lamp is Mara Ivers and the lamp is kept in Tarnow. ".repeat(70))];
    const n = agent.tokenize(long).tokens.length;
    assert.ok(n > 1024 && n < 2000, `${n} tokens`);
    await agent.generate(long, { maxTokens: 1 });
    await agent.generate(long, { maxTokens: 1 });
    await new Promise((r) => setImmediate(r));
    assert.equal(warnings.length, 1, "warned once");
    assert.match(warnings[0].message, new RegExp(`prompt of ${n} tokens is longer than the 1024 tokens .*kvmesh-tiny\\.gguf was trained on`));
  } finally {
    process.off("warning", listen);
    await agent.dispose();
  }
});
