/**
 * `kvmesh serve` against an unmodified OpenAI client (the `openai` npm
 * package): models, chat completions with and without streaming, stop
 * sequences, an aborted stream, bad requests; and two agents where the
 * second's messages contain the first's reply: it reuses that reply's KV
 * (and the messages before it), exactly, so its output equals a dense run.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import OpenAI from "openai";
import { startOpenAiServer, type RunningServer } from "../../../serve/openai-server.js";

const MODEL = "models/kvmesh-tiny.gguf";
const DOC = "Record 31: the green ferry leaves Tallinn at seven and reaches Helsinki at nine, carrying the mail for the north islands.";

describe("OpenAI-compatible endpoint", { skip: existsSync(MODEL) ? false : `${MODEL} missing` }, () => {
  let server: RunningServer;
  let client: OpenAI;
  before(async () => {
    server = await startOpenAiServer({ modelPath: MODEL, threads: 2, contextSize: 1024 });
    client = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: "unused", maxRetries: 0 });
  });
  after(async () => {
    await server?.close();
  });

  it("lists the model", async () => {
    const models = await client.models.list();
    assert.deepEqual(models.data.map((m) => m.id), ["kvmesh-tiny"]);
  });

  it("answers a chat completion, and the same stream says the same text", async () => {
    const messages = [{ role: "system" as const, content: "You answer from the record." }, { role: "user" as const, content: `${DOC}\nWhen does the ferry leave?` }];
    const r = await client.chat.completions.create({ model: "kvmesh-tiny", messages, max_tokens: 12 });
    assert.equal(r.object, "chat.completion");
    assert.equal(r.choices[0].message.role, "assistant");
    assert.ok(r.choices[0].message.content!.length > 0);
    assert.equal(r.usage!.completion_tokens > 0, true);
    const stream = await client.chat.completions.create({ model: "kvmesh-tiny", messages, max_tokens: 12, stream: true });
    let text = "";
    let finish: string | null = null;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? "";
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    assert.equal(text, r.choices[0].message.content);
    assert.equal(finish, r.choices[0].finish_reason);
  });

  it("stops at a stop sequence (not included), streaming or not", async () => {
    const messages = [{ role: "user" as const, content: `${DOC}\nWhen does the ferry leave?` }];
    const full = (await client.chat.completions.create({ model: "kvmesh-tiny", messages, max_tokens: 16 })).choices[0].message.content!;
    const words = full.trim().split(/\s+/);
    assert.ok(words.length >= 2, `reply too short to test stops: "${full}"`);
    const stop = words[1];
    const cut = full.slice(0, full.indexOf(stop, full.indexOf(words[0]) + words[0].length));
    const r = await client.chat.completions.create({ model: "kvmesh-tiny", messages, max_tokens: 16, stop: [stop] });
    assert.equal(r.choices[0].message.content, cut);
    assert.equal(r.choices[0].finish_reason, "stop");
    let streamed = "";
    for await (const chunk of await client.chat.completions.create({ model: "kvmesh-tiny", messages, max_tokens: 16, stop: [stop], stream: true })) {
      streamed += chunk.choices[0]?.delta?.content ?? "";
    }
    assert.equal(streamed, cut);
  });

  it("a client that aborts its stream does not stop the server (the generation stops: see the agent test)", async () => {
    const ac = new AbortController();
    const stream = await client.chat.completions.create(
      { model: "kvmesh-tiny", messages: [{ role: "user", content: `${DOC}\nTell everything about the ferry.` }], max_tokens: 400, stream: true },
      { signal: ac.signal },
    );
    try {
      for await (const _ of stream) ac.abort();
    } catch (e) {
      assert.ok(e instanceof OpenAI.APIUserAbortError || (e as Error).name === "AbortError", String(e));
    }
    const r = await client.chat.completions.create({ model: "kvmesh-tiny", messages: [{ role: "user", content: "Hello" }], max_tokens: 4 });
    assert.equal(r.object, "chat.completion");
  });

  it("refuses bad requests with OpenAI-style errors", async () => {
    await assert.rejects(client.chat.completions.create({ model: "kvmesh-tiny", messages: [] as never, max_tokens: 4 }), (e: unknown) => e instanceof OpenAI.BadRequestError);
    await assert.rejects(client.chat.completions.create({ model: "kvmesh-tiny", messages: [{ role: "user", content: "x" }], max_tokens: 0 }), (e: unknown) => e instanceof OpenAI.BadRequestError);
    const raw = await fetch(`${server.url}/v1/chat/completions`, { method: "POST", body: "{not json" });
    assert.equal(raw.status, 400);
  });

  it("a second agent whose messages contain the first's reply reuses its KV, and answers as a dense run", async () => {
    const first = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: "unused", maxRetries: 0, defaultHeaders: { "x-kvmesh-agent": "reader" } });
    const second = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: "unused", maxRetries: 0, defaultHeaders: { "x-kvmesh-agent": "critic" } });
    const dense = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: "unused", maxRetries: 0, defaultHeaders: { "x-kvmesh-agent": "dense-reference", "x-kvmesh-reuse": "off" } });
    const ask = [{ role: "system" as const, content: "You answer from the record." }, { role: "user" as const, content: `${DOC}\nWhere does the ferry go?` }];
    const a = await first.chat.completions.create({ model: "kvmesh-tiny", messages: ask, max_tokens: 10 }).withResponse();
    const reply = a.data.choices[0].message.content!;
    const followUp = [...ask, { role: "assistant" as const, content: reply }, { role: "user" as const, content: "Is that right?" }];
    const b = await second.chat.completions.create({ model: "kvmesh-tiny", messages: followUp, max_tokens: 10 }).withResponse();
    const reused = Number(b.response.headers.get("x-kvmesh-reused-tokens"));
    const prompt = Number(b.response.headers.get("x-kvmesh-prompt-tokens"));
    assert.equal(b.response.headers.get("x-kvmesh-fallback"), null);
    assert.ok(reused > 0.6 * prompt, `reused ${reused} of ${prompt} prompt tokens`);
    // The reference: the same messages, fully prefilled (x-kvmesh-reuse: off) on an agent of its own.
    const c = await dense.chat.completions.create({ model: "kvmesh-tiny", messages: followUp, max_tokens: 10 }).withResponse();
    assert.equal(c.response.headers.get("x-kvmesh-reused-tokens"), "0");
    const cText = c.data.choices[0].message.content;
    assert.equal(b.data.choices[0].message.content, cText);
    assert.equal(b.data.usage!.prompt_tokens, prompt);
  });
});
