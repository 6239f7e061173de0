/**
 * Structured logs: one JSON object per line on stdout (pino), for the app's server code, the job worker
 * and its jobs. Lines carry `service` (app | worker | cli), the process id and, inside a request,
 * `requestId` (the X-Request-Id that proxy.ts sets), so one request's lines can be found across
 * processes. LOG_LEVEL sets the threshold (default info; "silent" turns logs off).
 *
 * pino is one of Next.js's server-external packages (never bundled); its default destination writes
 * synchronously to file descriptor 1, with no worker thread, which suits short scripts too.
 */
import pino, { type Logger } from "pino";

export type { Logger } from "pino";

const globalForLog = globalThis as unknown as { __ccLogger?: Logger };

function service(): string {
  return process.env.LOG_SERVICE ?? (process.env.NEXT_RUNTIME ? "app" : "cli");
}

/** The process's root logger (one per process, shared by every bundle Next.js builds). */
export function logger(): Logger {
  globalForLog.__ccLogger ??= pino({
    level: process.env.LOG_LEVEL ?? "info",
    base: { service: service(), pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Levels as words ("error"), which log shippers and people read without a table.
    formatters: { level: (label) => ({ level: label }) },
    // Secrets that could reach a log through an error's context: never written.
    redact: { paths: ["password", "*.password", "headers.authorization", "headers.cookie", "smtpUrl"], censor: "[masqué]" },
  });
  return globalForLog.__ccLogger;
}

/** A logger whose lines carry these fields (e.g. `{ requestId }`, `{ task, jobId }`). */
export function childLogger(bindings: Record<string, unknown>): Logger {
  return logger().child(bindings);
}

/** For tests: replace the root logger (e.g. one writing to a buffer), or reset it with undefined. */
export function setLoggerForTests(next: Logger | undefined) {
  globalForLog.__ccLogger = next;
}
