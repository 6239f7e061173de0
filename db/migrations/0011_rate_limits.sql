-- Hand-written: the counters of rate limits and sign-in lockouts (lib/security/rate-limit.ts), kept in
-- PostgreSQL so that every app process shares them. The shape is the one rate-limiter-flexible's
-- RateLimiterPostgres reads and writes, with a positional INSERT (key, points, expire): keep the columns
-- and their order. Keys are "<policy>:<sha-256 of the account, address or token>"; expire is in epoch ms.
CREATE TABLE IF NOT EXISTS rate_limits (
  key varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);
--> statement-breakpoint
-- The periodic clean-up (DELETE … WHERE expire < an hour ago) without reading the whole table.
CREATE INDEX IF NOT EXISTS rate_limits_expire_idx ON rate_limits (expire);
