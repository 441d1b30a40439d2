/**
 * What a long command says while it works, on stderr (stdout stays for its
 * results). On a terminal: one status line, rewritten in place. Otherwise
 * (CI logs, pipes): plain lines, at most one per `everyMs`, and a heartbeat
 * line when nothing was said for `heartbeatMs`, so a log never goes quiet for
 * long. `--quiet` silences all of it; `--log-format json` makes every line a
 * JSON object ({ts, level, msg, ...fields}).
 */
export type LogFormat = "text" | "json";

export interface ReporterOptions {
  readonly quiet?: boolean;
  readonly format?: LogFormat;
  readonly stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Rewrite a status line in place (default: the stream is a TTY and the format is text). */
  readonly tty?: boolean;
  /** Plain mode: the least time between two status lines (default 2000 ms). */
  readonly everyMs?: number;
  /** Plain mode: repeat the last status, with the elapsed time, after this long without output (default 4000 ms). */
  readonly heartbeatMs?: number;
  readonly now?: () => number;
}

export interface Reporter extends Disposable {
  /** A new stage of the work ("loading the model"): printed at once, and repeated by the heartbeat until the next. */
  step(msg: string, fields?: Readonly<Record<string, unknown>>): void;
  /** A count within a stage ("rag x3: 120/500"): throttled, the latest one wins. */
  status(msg: string, fields?: Readonly<Record<string, unknown>>): void;
  /** A line that is always printed (unless quiet): a note, a warning, a verbose log line. */
  note(msg: string, fields?: Readonly<Record<string, unknown>>, level?: "info" | "warn"): void;
  /** Stops the heartbeat and clears the status line. */
  done(): void;
}

export function createReporter(o: ReporterOptions = {}): Reporter {
  const stream = o.stream ?? process.stderr;
  const format = o.format ?? "text";
  const now = o.now ?? Date.now;
  if (o.quiet) return { step() {}, status() {}, note() {}, done() {}, [Symbol.dispose]() {} };
  const tty = o.tty ?? (format === "text" && stream.isTTY === true);
  const everyMs = o.everyMs ?? 2000;
  const heartbeatMs = o.heartbeatMs ?? 4000;
  const started = now();
  let last: { msg: string; fields?: Readonly<Record<string, unknown>> } | undefined;
  let lastWrite = -Infinity;
  let pending = false;
  let shown = false;

  const elapsed = () => `${Math.round((now() - started) / 1000)} s`;
  const line = (level: string, msg: string, fields?: Readonly<Record<string, unknown>>): string =>
    format === "json"
      ? `${JSON.stringify({ ts: new Date().toISOString(), level, msg, ...fields, elapsedMs: now() - started })}\n`
      : `[${elapsed()}] ${msg}\n`;
  const clear = () => {
    if (tty && shown) { stream.write("\r\x1b[K"); shown = false; }
  };
  const print = () => {
    if (!last) return;
    lastWrite = now();
    pending = false;
    if (tty) { stream.write(`\r\x1b[K${last.msg} (${elapsed()})`); shown = true; } else stream.write(line("info", last.msg, last.fields));
  };
  // Least gap between status lines, and how stale the last one may get (a TTY line shows the seconds ticking).
  const gap = tty ? 100 : everyMs;
  const beat = tty ? 1000 : heartbeatMs;
  // One timer does both: flushes a throttled status and repeats a stale one.
  const timer = setInterval(() => {
    if (last && ((pending && now() - lastWrite >= gap) || now() - lastWrite >= beat)) print();
  }, tty ? 250 : Math.max(50, Math.min(everyMs, heartbeatMs) / 2));
  timer.unref();

  const done = () => {
    clearInterval(timer);
    clear();
  };
  return {
    step(msg, fields) {
      last = { msg, fields };
      print();
    },
    status(msg, fields) {
      last = { msg, fields };
      if (now() - lastWrite >= gap) print();
      else pending = true;
    },
    note(msg, fields, level = "info") {
      clear();
      stream.write(format === "json" ? line(level, msg, fields) : `${msg}\n`);
      if (tty && last) print(); // the status line again, under the note
      else lastWrite = now();
    },
    done,
    [Symbol.dispose]: done,
  };
}
