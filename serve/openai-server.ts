/**
 * `kvmesh serve`: an OpenAI-compatible HTTP endpoint backed by kvmesh agents,
 * so that a framework in any language gains KV sharing by changing a base URL.
 *
 * - `GET /v1/models`, `POST /v1/chat/completions` (streaming or not, `stop`,
 *   `max_tokens`; decoding is greedy), `GET /health`.
 * - Every message's text is a shared part named by its content
 *   (`msg:<sha256(role, text)>`), behind a short own header per role; after
 *   a call the agent publishes the KV of every message and of its reply. A
 *   later call whose messages contain those texts (another agent's reply,
 *   the same document) reuses their KV instead of prefilling it: exactly
 *   when it sits behind the same messages, moved otherwise.
 * - Each caller names its agent with the `x-kvmesh-agent` header (one
 *   llama.cpp context per agent name, created on first use); agents share
 *   one model and one segment store. Reuse is exact by default (KV computed
 *   behind the same tokens at the same positions, so outputs equal a full
 *   prefill); `x-kvmesh-reuse: moved` also takes KV computed elsewhere, moved
 *   into place (faster, approximate); `x-kvmesh-reuse: off` makes a call a
 *   full prefill (the reference to compare with).
 * - The response says what was reused: headers `x-kvmesh-prompt-tokens`,
 *   `x-kvmesh-reused-tokens`, `x-kvmesh-injection` and, on a fallback,
 *   `x-kvmesh-fallback`; the same numbers in `usage.kvmesh`.
 * - A client that goes away (closed connection, aborted stream) stops the
 *   generation.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { basename } from "node:path";
import { Agent, type AgentGenerateResult } from "../agents/agent.js";
import { chatPrompt, messageId, type ChatMessage } from "../agents/chat-prompt.js";
import { SegmentCache } from "../agents/cache/segment-cache.js";
import type { SegmentSink, SegmentSource } from "../agents/cache/segment-source.js";
import { KvmeshError } from "../kernels/errors.js";

export interface ServeOptions {
  readonly modelPath: string;
  readonly port?: number;
  readonly host?: string;
  readonly threads?: number;
  readonly contextSize?: number;
  /** Where message KV is published and found (default: one in-process SegmentCache). */
  readonly store?: SegmentSource & SegmentSink;
  /** Largest request body accepted (default 1 MiB). */
  readonly maxBodyBytes?: number;
  /** Most agents (contexts) kept at once (default 8); a new name beyond it is refused. */
  readonly maxAgents?: number;
  readonly log?: (line: string) => void;
}

export interface RunningServer extends AsyncDisposable {
  readonly url: string;
  readonly modelId: string;
  close(): Promise<void>;
}

interface ChatRequest {
  readonly messages: readonly ChatMessage[];
  readonly stream: boolean;
  readonly maxTokens: number;
  readonly stop: readonly string[];
}

/** A request the server refuses, with the HTTP status and OpenAI-style error it answers. */
export class ServeRequestError extends KvmeshError {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const ROLES = new Set(["system", "user", "assistant", "developer", "tool"]);
export { chatPrompt, messageId };

/** Checks a chat request's body; ServeRequestError (400) says what is wrong. */
export function parseChatRequest(body: unknown): ChatRequest {
  const bad = (m: string) => new ServeRequestError(400, m);
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw bad("the body must be a JSON object");
  const b = body as Record<string, unknown>;
  if (!Array.isArray(b.messages) || b.messages.length === 0) throw bad("messages must be a non-empty array");
  const messages = b.messages.map((m, i): ChatMessage => {
    if (typeof m !== "object" || m === null) throw bad(`messages[${i}] must be an object`);
    const r = (m as Record<string, unknown>).role;
    let c = (m as Record<string, unknown>).content;
    if (typeof r !== "string" || !ROLES.has(r)) throw bad(`messages[${i}].role must be one of ${[...ROLES].join(", ")}`);
    // Content parts ([{type: "text", text}]) are joined; other part types are refused.
    if (Array.isArray(c)) {
      c = c.map((p, j) => {
        if (typeof p !== "object" || p === null || (p as Record<string, unknown>).type !== "text" || typeof (p as Record<string, unknown>).text !== "string") {
          throw bad(`messages[${i}].content[${j}] must be a text part`);
        }
        return (p as { text: string }).text;
      }).join("");
    }
    if (c === null || c === undefined) c = "";
    if (typeof c !== "string") throw bad(`messages[${i}].content must be a string`);
    return { role: r, content: c };
  });
  const maxRaw = b.max_completion_tokens ?? b.max_tokens ?? 256;
  if (!Number.isInteger(maxRaw) || (maxRaw as number) < 1 || (maxRaw as number) > 8192) throw bad("max_tokens must be an integer in 1..8192");
  let stop: string[] = [];
  if (typeof b.stop === "string") stop = [b.stop];
  else if (Array.isArray(b.stop)) {
    if (b.stop.length > 4 || b.stop.some((s) => typeof s !== "string" || s.length === 0)) throw bad("stop must be up to 4 non-empty strings");
    stop = b.stop as string[];
  } else if (b.stop !== undefined && b.stop !== null) throw bad("stop must be a string or an array of strings");
  if (b.n !== undefined && b.n !== 1) throw bad("only n = 1 is supported");
  return { messages, stream: b.stream === true, maxTokens: maxRaw as number, stop };
}

export async function startOpenAiServer(o: ServeOptions): Promise<RunningServer> {
  const log = o.log ?? (() => {});
  const store = o.store ?? new SegmentCache();
  const modelId = basename(o.modelPath).replace(/\.gguf$/i, "");
  const first = await Agent.create({ modelPath: o.modelPath, threads: o.threads, contextSize: o.contextSize, name: "default" });
  const agents = new Map<string, Agent>([["default", first]]);
  // One call at a time per agent (a context holds one sequence); calls of different agents run side by side.
  const queues = new Map<string, Promise<unknown>>();
  const maxBody = o.maxBodyBytes ?? 1 << 20;

  const agentFor = async (name: string): Promise<Agent> => {
    let a = agents.get(name);
    if (a) return a;
    if (!/^[\w.:-]{1,64}$/.test(name)) throw new ServeRequestError(400, "x-kvmesh-agent must be 1-64 characters of letters, digits, . : _ -");
    if (agents.size >= (o.maxAgents ?? 8)) throw new ServeRequestError(429, `at most ${o.maxAgents ?? 8} agents`);
    a = await Agent.create({ modelPath: o.modelPath, model: first.model, threads: o.threads, contextSize: o.contextSize, name });
    agents.set(name, a);
    return a;
  };
  const serial = <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const prev = queues.get(name) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    queues.set(name, next.catch(() => undefined));
    return next;
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      const status = e instanceof ServeRequestError ? e.status : 500;
      if (status === 500) log(`serve: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      if (!res.headersSent) sendJson(res, status, { error: { message: e instanceof Error ? e.message : String(e), type: status === 500 ? "server_error" : "invalid_request_error" } });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method === "GET" && url.pathname === "/health") return sendJson(res, 200, { status: "ok" });
    if (req.method === "GET" && url.pathname === "/v1/models") {
      return sendJson(res, 200, { object: "list", data: [{ id: modelId, object: "model", created: 0, owned_by: "kvmesh" }] });
    }
    if (url.pathname !== "/v1/chat/completions") throw new ServeRequestError(404, `no route ${req.method} ${url.pathname}`);
    if (req.method !== "POST") throw new ServeRequestError(405, "use POST");
    const body = await readJson(req, maxBody);
    const chat = parseChatRequest(body);
    const name = headerOf(req, "x-kvmesh-agent") ?? "default";
    const reuseMode = headerOf(req, "x-kvmesh-reuse") ?? "exact";
    if (reuseMode !== "exact" && reuseMode !== "moved" && reuseMode !== "off") throw new ServeRequestError(400, "x-kvmesh-reuse must be exact, moved or off");
    const agent = await agentFor(name);
    const abort = new AbortController();
    res.on("close", () => { if (!res.writableFinished) abort.abort(); });
    await serial(name, async () => {
      if (abort.signal.aborted) return;
      const id = `chatcmpl-${randomUUID()}`;
      const created = Math.floor(Date.now() / 1000);
      const parts = chatPrompt(chat.messages);
      let started = false;
      const start = (r: KvInfo) => {
        if (started) return;
        started = true;
        res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive", ...kvHeaders(r) });
        res.write(sse({ id, object: "chat.completion.chunk", created, model: modelId, choices: [{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null }] }));
      };
      const r = await agent.generate(parts, {
        maxTokens: chat.maxTokens,
        stop: chat.stop,
        signal: abort.signal,
        reuse: reuseMode === "off" ? undefined : { source: store, ownCache: true, reposition: reuseMode === "moved" },
        // Streaming: the headers go out as soon as the prompt is in place (they say what was reused).
        onPrepared: chat.stream ? (info) => start(info) : undefined,
        onText: chat.stream
          ? (delta) => {
              res.write(sse({ id, object: "chat.completion.chunk", created, model: modelId, choices: [{ index: 0, delta: { content: delta }, finish_reason: null }] }));
            }
          : undefined,
      });
      const finish = r.outputTokens >= chat.maxTokens ? "length" : "stop";
      // Publish every message's KV and the reply's, for whoever reads them next (after the answer, off its TTFT).
      if (!abort.signal.aborted) await agent.publish(r, store, { replyId: messageId("assistant", r.text) });
      const usage = { prompt_tokens: r.promptTokens, completion_tokens: r.outputTokens, total_tokens: r.promptTokens + r.outputTokens, kvmesh: kvUsage(r) };
      if (abort.signal.aborted) return;
      if (chat.stream) {
        start({ promptTokens: r.promptTokens, reusedTokens: r.reusedTokens, path: r.stages.path, fallback: r.fallback });
        res.write(sse({ id, object: "chat.completion.chunk", created, model: modelId, choices: [{ index: 0, delta: {}, finish_reason: finish }], usage }));
        res.end("data: [DONE]\n\n");
      } else {
        sendJson(res, 200, {
          id, object: "chat.completion", created, model: modelId,
          choices: [{ index: 0, message: { role: "assistant", content: r.text }, finish_reason: finish }], usage,
        }, kvHeaders({ promptTokens: r.promptTokens, reusedTokens: r.reusedTokens, path: r.stages.path, fallback: r.fallback }));
      }
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(o.port ?? 0, o.host ?? "127.0.0.1", () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const url = `http://${addr.family === "IPv6" ? `[${addr.address}]` : addr.address}:${addr.port}`;
  log(`kvmesh serve: ${url}/v1 (model ${modelId})`);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await Promise.allSettled([...queues.values()]);
    for (const a of [...agents.values()].reverse()) await a.dispose();
  };
  return { url, modelId, close, [Symbol.asyncDispose]: close };
}

function kvUsage(r: AgentGenerateResult): Record<string, unknown> {
  return { reused_tokens: r.reusedTokens, injection: r.stages.path, ttft_ms: Math.round(r.ttftMs * 100) / 100, ...(r.fallback ? { fallback: r.fallback } : {}) };
}

interface KvInfo {
  readonly promptTokens: number;
  readonly reusedTokens: number;
  readonly path: string;
  readonly fallback?: string;
}

function kvHeaders(r: KvInfo): Record<string, string> {
  return {
    "x-kvmesh-prompt-tokens": String(r.promptTokens),
    "x-kvmesh-reused-tokens": String(r.reusedTokens),
    "x-kvmesh-injection": r.path,
    ...(r.fallback ? { "x-kvmesh-fallback": r.fallback.replace(/[^\x20-\x7e]/g, "?").slice(0, 200) } : {}),
  };
}

function headerOf(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function sse(value: unknown): string {
  return `data: ${JSON.stringify(value)}\n\n`;
}

function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers });
  res.end(body);
}

async function readJson(req: IncomingMessage, max: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of req) {
    n += (c as Buffer).length;
    if (n > max) throw new ServeRequestError(413, `the body exceeds ${max} bytes`);
    chunks.push(c as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new ServeRequestError(400, "the body is not valid JSON");
  }
}
