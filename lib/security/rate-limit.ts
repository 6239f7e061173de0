/**
 * Rate limits and lockouts, shared by every app process: the counters live in PostgreSQL (table
 * `rate_limits`, migration 0011) through rate-limiter-flexible's RateLimiterPostgres, one row per
 * "<policy>:<hashed key>". Policies are named here, in one table; callers count per account, IP or token.
 */
import { createHash } from "node:crypto";
import pg from "pg";
import { RateLimiterPostgres, type RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/db/client";
import { ValidationError } from "../errors";
import { plural } from "../format";

export const RATE_LIMIT_TABLE = "rate_limits";

export interface Policy {
  /** Points allowed per window (one point per request, or per failure for the sign-in counters). */
  points: number;
  /** Window length in seconds, from the first point (a fixed window). */
  durationSec: number;
}

const MINUTE = 60;
const HOUR = 3600;

/** Every limit of the platform. Keys are hashed, so no e-mail or address is stored in clear. */
export const POLICIES = {
  /** Failed sign-ins per account (e-mail, known or not): 5 per 15 min, then a lock (SIGN_IN_LOCK_STEPS_SEC). */
  signInAccount: { points: 5, durationSec: 15 * MINUTE },
  /** Locks of an account over a day: the n-th lock lasts SIGN_IN_LOCK_STEPS_SEC[n - 1]. */
  signInLocks: { points: 1_000, durationSec: 24 * HOUR },
  /** Failed sign-ins per client address, whatever the account (password spraying). */
  signInIp: { points: 30, durationSec: 15 * MINUTE },
  /** Sign-up submissions per client address (a CCI event on one Wi-Fi stays well below). */
  signUpIp: { points: 30, durationSec: HOUR },
  /** "Someone tried to sign up with your address" e-mails per existing account (no mail bombing). */
  signUpOwnerNotice: { points: 1, durationSec: 24 * HOUR },
  /** Password reset requests per client address (refused) and per address typed (silently not sent). */
  passwordResetIp: { points: 10, durationSec: HOUR },
  passwordResetAccount: { points: 3, durationSec: HOUR },
  /** New e-mail verification links asked for by an account (no mail bombing through the banner). */
  emailVerificationResend: { points: 3, durationSec: HOUR },
  /** Signed e-mail links opened or used ("Pas intéressé", unsubscribe), per client address. */
  tokenLinkIp: { points: 30, durationSec: 15 * MINUTE },
  /** Search suggestions as you type: generous, one request per key stroke. */
  suggestIp: { points: 120, durationSec: MINUTE },
  /** Contact form messages per client address (no flooding the CCI's inbox). */
  contactIp: { points: 5, durationSec: HOUR },
  /** Event registrations without an account, per client address (each one e-mails the address typed). */
  eventGuestIp: { points: 10, durationSec: HOUR },
  /** The public API, per API token (or client address without one). */
  publicApi: { points: 600, durationSec: MINUTE },
} as const satisfies Record<string, Policy>;

export type PolicyName = keyof typeof POLICIES;

/** Lock lengths after the 1st, 2nd, 3rd… lock of an account within a day; the last one repeats. */
export const SIGN_IN_LOCK_STEPS_SEC = [1 * MINUTE, 5 * MINUTE, 15 * MINUTE, HOUR] as const;

export function lockDurationSec(lockNumber: number): number {
  const i = Math.min(Math.max(lockNumber, 1), SIGN_IN_LOCK_STEPS_SEC.length) - 1;
  return SIGN_IN_LOCK_STEPS_SEC[i];
}

export interface LimitState {
  /** Points counted in the current window (or block). */
  consumed: number;
  /** Seconds until the window (or block) ends; 0 when nothing is counted. */
  retryAfterSec: number;
}

// ---------------------------------------------------------------------------------------------------------
// Pure parts: messages, client address.

/** « Trop de tentatives. Réessayez dans 12 minutes. » — the wait rounded up, in words people use. */
export function tooManyAttemptsMessage(retryAfterSec: number): string {
  return `Trop de tentatives. Réessayez dans ${waitInWords(retryAfterSec)}.`;
}

export function waitInWords(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return `${s} ${plural(s, "seconde", "secondes")}`;
  const minutes = Math.ceil(s / 60);
  if (minutes < 60) return `${minutes} ${plural(minutes, "minute", "minutes")}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (rest === 0) return `${hours} ${plural(hours, "heure", "heures")}`;
  return `${hours} h ${String(rest).padStart(2, "0")}`;
}

/**
 * The client's address. Behind a reverse proxy (TRUST_PROXY=1): the last X-Forwarded-For entry, the one
 * our proxy appended whatever the client wrote before it, or X-Real-IP for a proxy that sets only that.
 * Without a proxy: Next.js exposes no socket to handlers, but fills X-Forwarded-For with the socket
 * address when the client sent none (base-server), so the last entry is read too and X-Real-IP, which
 * only the client could have written, is ignored. A client reaching Next directly can still pre-fill
 * X-Forwarded-For and pick its own key: per-address limits need the proxy; per-account limits hold anyway.
 */
export function clientIp(headers: Headers, env: Record<string, string | undefined> = process.env): string {
  const forwarded =
    headers
      .get("x-forwarded-for")
      ?.split(",")
      .map((s) => s.trim())
      .filter(Boolean) ?? [];
  const realIp = env.TRUST_PROXY === "1" ? headers.get("x-real-ip")?.trim() : undefined;
  return normaliseIp(forwarded.at(-1) ?? realIp ?? "") || "unknown";
}

/** "::ffff:10.0.0.1" → "10.0.0.1"; "[::1]:443" → "::1"; "10.0.0.1:5000" → "10.0.0.1". */
function normaliseIp(raw: string): string {
  let ip = raw.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(ip);
  if (bracketed) ip = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(ip)) ip = ip.replace(/:\d+$/, "");
  if (ip.startsWith("::ffff:") && ip.includes(".")) ip = ip.slice(7);
  return ip.slice(0, 64);
}

/** Limit keys are hashed: e-mails and addresses never sit in the table, and every key fits varchar(255). */
export function limitKey(value: string): string {
  return createHash("sha256").update(value.trim().toLowerCase()).digest("base64url").slice(0, 32);
}

/**
 * An action refused by a limit: a ValidationError, so the action wrapper shows the French message on
 * the form (and next to `field` when given). Route handlers count limits through lib/http/route.ts
 * (option `rateLimit`), which answers 429 with Retry-After.
 */
export class RateLimitedError extends ValidationError {
  constructor(
    public retryAfterSec: number,
    field?: string,
  ) {
    const message = tooManyAttemptsMessage(retryAfterSec);
    super(field ? { [field]: message } : {}, message);
    this.name = "RateLimitedError";
  }
}

// ---------------------------------------------------------------------------------------------------------
// Counters in PostgreSQL.

function stateOf(res: RateLimiterRes | null): LimitState {
  if (!res) return { consumed: 0, retryAfterSec: 0 };
  return { consumed: res.consumedPoints, retryAfterSec: res.msBeforeNext > 0 ? Math.ceil(res.msBeforeNext / 1000) : 0 };
}

/** The limits over one pool. Two instances on two pools (two processes) share the same counters. */
export class RateLimits {
  private limiters = new Map<PolicyName, RateLimiterPostgres>();

  constructor(private readonly pool: pg.Pool) {}

  private limiter(name: PolicyName): RateLimiterPostgres {
    let limiter = this.limiters.get(name);
    if (!limiter) {
      const policy: Policy = POLICIES[name];
      limiter = new RateLimiterPostgres({
        storeClient: this.pool,
        storeType: "pool",
        tableName: RATE_LIMIT_TABLE,
        tableCreated: true,
        keyPrefix: name,
        points: policy.points,
        duration: policy.durationSec,
        // One instance deletes rows expired an hour ago, every 5 minutes (the others would repeat it).
        clearExpiredByTimeout: name === "signInAccount",
      });
      this.limiters.set(name, limiter);
    }
    return limiter;
  }

  /** Counts `points` for `key` and says whether this request is over the limit. */
  async hit(name: PolicyName, key: string, points = 1): Promise<LimitState & { limited: boolean }> {
    // penalty() counts like consume() but resolves instead of rejecting past the limit.
    const state = stateOf(await this.limiter(name).penalty(limitKey(key), points));
    return { ...state, limited: state.consumed > POLICIES[name].points };
  }

  /** Gives back points counted by hit() (e.g. a sign-in that succeeded). */
  async giveBack(name: PolicyName, key: string, points = 1): Promise<void> {
    await this.limiter(name).reward(limitKey(key), points);
  }

  /** The current count, without counting. */
  async peek(name: PolicyName, key: string): Promise<LimitState> {
    return stateOf(await this.limiter(name).get(limitKey(key)));
  }

  /** Refuses `key` for `seconds` from now, whatever was counted. */
  async block(name: PolicyName, key: string, seconds: number): Promise<void> {
    await this.limiter(name).block(limitKey(key), seconds);
  }

  /** Forgets everything counted for `key`. */
  async reset(name: PolicyName, key: string): Promise<void> {
    await this.limiter(name).delete(limitKey(key));
  }

  /** hit() for actions: throws RateLimitedError (a French form error) past the limit. */
  async enforce(name: PolicyName, key: string, field?: string): Promise<void> {
    const state = await this.hit(name, key);
    if (state.limited) throw new RateLimitedError(state.retryAfterSec, field);
  }
}

const globalForLimits = globalThis as unknown as { __ccRateLimits?: RateLimits };

/** The process's limits, on the application's pool. */
export function rateLimits(): RateLimits {
  if (!globalForLimits.__ccRateLimits) {
    const client = getDb().$client;
    if (!(client instanceof pg.Pool)) throw new Error("Rate limits need the application's pg pool.");
    globalForLimits.__ccRateLimits = new RateLimits(client);
  }
  return globalForLimits.__ccRateLimits;
}

/** The client address of the current request, in server actions and server components. */
export async function requestIp(): Promise<string> {
  const { headers } = await import("next/headers");
  return clientIp(await headers());
}
