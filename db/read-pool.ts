/**
 * A pool of connections to a streaming replica that falls back to the primary: read-only work
 * (search, directory, dashboards, exports) goes to the replica, and when the replica cannot be reached
 * (stopped, restarting, saturated) the same statement runs on the primary instead, so readers never see
 * the replica's outage. A failure marks the replica down for `retryAfterMs`, during which reads go straight
 * to the primary (no connection attempt per read); the first read after that tries the replica again.
 *
 * It is a pg.Pool (drizzle opens transactions with `connect()` only on a Pool), so `createDb`'s callers
 * and the search engine use it as they would the primary's pool. Only reads may be sent here: a write
 * fails on the replica (read-only transaction) and is not retried.
 */
import pg from "pg";

/** SQLSTATEs and socket errors that mean "this server cannot serve us now", not "this statement is wrong". */
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "57P01", // admin_shutdown: the replica is stopping
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: starting up, or not yet consistent after a restart
  "53300", // too_many_connections
]);
/** A query cancelled on the replica because replay needed its rows (a recovery conflict): retried on the primary. */
const RECOVERY_CONFLICT = "40001";

/** pg's own messages for sockets closed or never opened (they carry no code). */
const UNREACHABLE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|connection timeout|Client has encountered a connection error/i;

export function isUnreachable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === "string" && (UNREACHABLE_CODES.has(code) || code.startsWith("08"))) return true;
  if (err instanceof AggregateError) return err.errors.some(isUnreachable);
  return UNREACHABLE_MESSAGE.test(err.message);
}

export function isRecoveryConflict(err: unknown): boolean {
  return err instanceof Error && (err as { code?: unknown }).code === RECOVERY_CONFLICT && /conflict with recovery/i.test(err.message);
}

export interface ReplicaPoolOptions {
  /** How long reads stay on the primary after the replica failed (default 5 s). */
  retryAfterMs?: number;
  /** One line when the replica goes down (then nothing until it is tried again). */
  log?: (line: string) => void;
}

type Args = unknown[];

export class ReplicaPool extends pg.Pool {
  private downUntil = 0;
  private readonly retryAfterMs: number;
  private readonly report: (line: string) => void;

  constructor(
    config: pg.PoolConfig,
    private readonly primary: pg.Pool,
    options: ReplicaPoolOptions = {},
  ) {
    super(config);
    this.retryAfterMs = options.retryAfterMs ?? 5_000;
    this.report = options.log ?? ((line) => console.warn(line));
    // Idle clients get 57P01 when the replica shuts down; without a listener that crashes the process.
    this.on("error", (err) => this.markDown(err));
  }

  /** True while reads are sent to the primary because the replica failed. */
  get onPrimary(): boolean {
    return Date.now() < this.downUntil;
  }

  private markDown(err: unknown) {
    const wasUp = !this.onPrimary;
    this.downUntil = Date.now() + this.retryAfterMs;
    if (wasUp) {
      const reason = err instanceof Error ? `${(err as { code?: string }).code ?? ""} ${err.message}`.trim() : String(err);
      this.report(`[db] replica unavailable (${reason}): reads go to the primary, replica tried again in ${Math.round(this.retryAfterMs / 1000)} s`);
    }
  }

  // pg-pool's own query() calls connect(callback): callback forms are left to the base class unchanged.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg.Pool's overloads (promise and callback) cannot be restated in one override
  override connect(...args: Args): any {
    if (typeof args[0] === "function") return (super.connect as (...a: Args) => unknown)(...args);
    if (this.onPrimary) return this.primary.connect();
    return super.connect().catch((err: unknown) => {
      if (!isUnreachable(err)) throw err;
      this.markDown(err);
      return this.primary.connect();
    });
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as connect(): pg.Pool's query overloads
  override query(...args: Args): any {
    const primaryQuery = () => (this.primary.query as (...a: Args) => Promise<unknown>)(...args);
    // Callbacks and submittables (cursors, streams) stay on the replica: nothing here sends them.
    if (typeof args.at(-1) === "function" || typeof (args[0] as { submit?: unknown } | null)?.submit === "function") {
      return (super.query as (...a: Args) => unknown)(...args);
    }
    if (this.onPrimary) return primaryQuery();
    return (super.query as (...a: Args) => Promise<unknown>)(...args).catch((err: unknown) => {
      if (isUnreachable(err)) this.markDown(err);
      else if (!isRecoveryConflict(err)) throw err;
      return primaryQuery();
    });
  }
}
