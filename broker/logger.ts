/** Structured logs on stderr, one line per record: text for people (default), JSON objects when asked. */
export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFormat = "text" | "json";

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  log(level: LogLevel, msg: string, fields?: Record<string, unknown>): void;
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

const plain = (v: unknown): unknown => (v instanceof Error ? { name: v.name, message: v.message } : v);

/** `{"ts":...,"level":"info","msg":...,...fields}` per line. */
export function jsonLogger(
  minLevel: LogLevel = "info",
  write: (line: string) => void = (line) => process.stderr.write(line),
  base: Record<string, unknown> = {},
): Logger {
  return makeLogger(minLevel, (level, msg, fields) => {
    const rec: Record<string, unknown> = { ts: new Date().toISOString(), level, msg, ...base };
    if (fields) for (const [k, v] of Object.entries(fields)) rec[k] = plain(v);
    write(JSON.stringify(rec) + "\n");
  });
}

/** `2025-01-01T00:00:00.000Z info  msg key=value ...` per line (`base` fields are left out: they repeat on every line). */
export function textLogger(minLevel: LogLevel = "info", write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  return makeLogger(minLevel, (level, msg, fields) => {
    const kv = Object.entries(fields ?? {}).map(([k, v]) => {
      const p = plain(v);
      return `${k}=${typeof p === "string" && !/\s|"/.test(p) ? p : JSON.stringify(p)}`;
    });
    write(`${new Date().toISOString()} ${level.padEnd(5)} ${[msg, ...kv].join(" ")}\n`);
  });
}

export function createLogger(format: LogFormat, minLevel: LogLevel = "info", base: Record<string, unknown> = {}): Logger {
  return format === "json" ? jsonLogger(minLevel, undefined, base) : textLogger(minLevel);
}

function makeLogger(minLevel: LogLevel, emit: (level: LogLevel, msg: string, fields?: Record<string, unknown>) => void): Logger {
  const log = (level: LogLevel, msg: string, fields?: Record<string, unknown>) => {
    if (ORDER[level] >= ORDER[minLevel]) emit(level, msg, fields);
  };
  return {
    log,
    debug: (m, f) => log("debug", m, f),
    info: (m, f) => log("info", m, f),
    warn: (m, f) => log("warn", m, f),
    error: (m, f) => log("error", m, f),
  };
}
