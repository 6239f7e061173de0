/**
 * Read-your-writes with a replica: a visitor who just wrote (any POST, PUT, PATCH or DELETE: server
 * actions, sign-in, route handlers) reads from the primary for a few seconds, so that the page after their
 * change shows it even when the replica has not replayed it yet. proxy.ts sets a short-lived cookie on the
 * write's response (the visitor's next requests, whichever app process answers) and a request header for
 * the write's own request (the page an action re-renders). Both are only hints about where to read: a
 * forged one costs the forger a read from the primary, nothing more.
 */
export const READ_PRIMARY_COOKIE = "cc_read_primary";
export const READ_PRIMARY_HEADER = "x-cc-read-primary";
const DEFAULT_SECONDS = 10;

/** How long a visitor reads from the primary after a write: READ_YOUR_WRITES_SECONDS, default 10 s. */
export function readYourWritesSeconds(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.READ_YOUR_WRITES_SECONDS);
  return env.READ_YOUR_WRITES_SECONDS !== undefined && Number.isFinite(n) && n >= 0 ? n : DEFAULT_SECONDS;
}

export function isWrite(method: string): boolean {
  return !["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase());
}

/** The cookie a write's response carries: until when (epoch ms) this visitor reads from the primary. */
export function readPrimaryCookie(now = Date.now(), seconds = readYourWritesSeconds()) {
  return { name: READ_PRIMARY_COOKIE, value: String(now + seconds * 1000), maxAge: Math.ceil(seconds), httpOnly: true, sameSite: "lax" as const, path: "/" };
}

/** Whether this request reads from the primary: its own write, or a write less than the window ago. */
export function readsFromPrimary(hint: { header?: string | null; cookie?: string | null }, now = Date.now()): boolean {
  if (hint.header === "1") return true;
  const until = Number(hint.cookie);
  return Boolean(hint.cookie) && Number.isFinite(until) && until > now;
}
