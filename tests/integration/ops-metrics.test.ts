/**
 * /api/metrics (Prometheus text, bearer METRICS_TOKEN only) and the structured logs: request latency
 * by route pattern for route handlers and server actions, search latency, the queue, failed jobs and
 * pending e-mails read from PostgreSQL; an unexpected error logs one JSON line with the request id.
 */
import { Writable } from "node:stream";
import { NextRequest } from "next/server";
import pino from "pino";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { queueEmail } from "@/lib/mail/queue-email";
import { renderEmail } from "@/lib/mail/render";
import { setLoggerForTests } from "@/lib/ops/logger";
import { routeLabel } from "@/lib/ops/metrics";
import { metricsAccess } from "@/lib/ops/metrics-access";
import { db, resetDatabase } from "./db";

const requestHeaders = vi.hoisted(() => ({ value: new Headers() }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));
vi.mock("@/lib/auth/auth", () => ({ signIn: async () => {}, signOut: async () => {}, auth: async () => null, handlers: {} }));
vi.mock("next/headers", () => ({ headers: async () => requestHeaders.value }));

const metricsRoute = await import("@/app/api/metrics/route");
const health = await import("@/app/api/health/route");
const { route } = await import("@/lib/http/route");
const { formAction } = await import("@/lib/actions/client");
const { z } = await import("@/lib/validation/zod");
const { getSearchEngine } = await import("@/search/index");

const TOKEN = "s3cret-metrics-token-for-tests";
const get = (p: string, headers: Record<string, string> = {}) => new NextRequest(new URL(p, "http://localhost"), { headers });
const scrape = async () => {
  const res = await metricsRoute.GET(get("/api/metrics", { authorization: `Bearer ${TOKEN}` }));
  expect(res.status).toBe(200);
  return res.text();
};
/** The value of one sample, e.g. value(text, 'circuit_court_emails{status="queued"}'). */
const value = (text: string, sample: string) => {
  const line = text.split("\n").find((l) => l.startsWith(`${sample} `));
  return line === undefined ? undefined : Number(line.slice(sample.length + 1));
};

beforeEach(async () => {
  await resetDatabase();
  process.env.METRICS_TOKEN = TOKEN;
});
afterEach(() => setLoggerForTests(undefined));
afterAll(() => {
  delete process.env.METRICS_TOKEN;
});

describe("who may read /api/metrics", () => {
  it("is off without METRICS_TOKEN, refuses a missing or wrong token (401), serves the right one", async () => {
    delete process.env.METRICS_TOKEN;
    expect((await metricsRoute.GET(get("/api/metrics"))).status).toBe(404);
    process.env.METRICS_TOKEN = TOKEN;
    const anonymous = await metricsRoute.GET(get("/api/metrics"));
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toContain("Bearer");
    expect((await metricsRoute.GET(get("/api/metrics", { authorization: `Bearer ${TOKEN}x` }))).status).toBe(401);
    // Loopback is no pass: behind nginx every request comes from there.
    expect((await metricsRoute.GET(get("/api/metrics", { "x-forwarded-for": "127.0.0.1" }))).status).toBe(401);
    const ok = await metricsRoute.GET(get("/api/metrics", { authorization: `Bearer ${TOKEN}` }));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toContain("text/plain");
    expect(metricsAccess("Bearer abc", "abc")).toBe("allowed");
    expect(metricsAccess("Basic abc", "abc")).toBe("refused");
  });
});

describe("what /api/metrics reports", () => {
  it("the queue by task and state, failed jobs, pending e-mails and live workers, from PostgreSQL", async () => {
    const message = (subject: string) => ({
      to: "lucie@exemple.fr",
      template: "test.metrics",
      subject,
      ...renderEmail({ title: subject, paragraphs: ["Bonjour,"] }),
    });
    await db().transaction(async (tx) => {
      await queueEmail(tx, message("Un"));
      await queueEmail(tx, message("Deux"));
    });
    const failed = await db().transaction((tx) => queueEmail(tx, message("Trois")));
    // As graphile leaves a job whose attempts are used up, and the e-mail marked failed.
    await db().execute(sql`update graphile_worker._private_jobs set attempts = max_attempts, last_error = 'SMTP refusé' where key = ${`email:${failed}`}`);
    await db().execute(sql`update emails set status = 'failed' where id = ${failed}`);
    const text = await scrape();
    expect(value(text, 'circuit_court_jobs{task="send_email",state="ready"}')).toBe(2);
    expect(value(text, 'circuit_court_jobs{task="send_email",state="failed"}')).toBe(1);
    expect(value(text, 'circuit_court_emails{status="queued"}')).toBe(2);
    expect(value(text, 'circuit_court_emails{status="failed"}')).toBe(1);
    expect(value(text, "circuit_court_worker_processes")).toBe(0);
    expect(value(text, "circuit_court_metrics_database_up")).toBe(1);
    expect(value(text, "circuit_court_process_resident_memory_bytes")).toBeGreaterThan(0);
  });

  it("request latency of route handlers by route pattern, and of server actions by page", async () => {
    const before = value(await scrape(), 'circuit_court_http_request_duration_seconds_count{kind="route",method="GET",route="/api/health",status="200"}') ?? 0;
    await health.GET(get("/api/health"));
    await health.GET(get("/api/health"));
    const id = "6d1f6a0e-2b5c-4c1e-9a57-1c0f3b8e4d21";
    const byId = route({ auth: "none" }, async () => Response.json({}));
    await byId(get(`/api/v1/needs/${id}/matches`));
    requestHeaders.value = new Headers({ "x-pathname": `/besoins/${id}/modifier?onglet=pieces` });
    const action = formAction(z.object({ title: z.string().min(3) }), async () => ({ ok: true }));
    const form = (title: string) => {
      const f = new FormData();
      f.set("title", title);
      return f;
    };
    expect((await action({ ok: true }, form("Plomberie"))).ok).toBe(true);
    expect((await action({ ok: true }, form("x"))).ok).toBe(false);

    const text = await scrape();
    expect(value(text, 'circuit_court_http_request_duration_seconds_count{kind="route",method="GET",route="/api/health",status="200"}')).toBe(before + 2);
    expect(value(text, 'circuit_court_http_request_duration_seconds_count{kind="route",method="GET",route="/api/v1/needs/:id/matches",status="200"}')).toBe(1);
    expect(value(text, 'circuit_court_http_request_duration_seconds_count{kind="action",method="POST",route="/besoins/:id/modifier",status="200"}')).toBe(1);
    expect(value(text, 'circuit_court_http_request_duration_seconds_count{kind="action",method="POST",route="/besoins/:id/modifier",status="400"}')).toBe(1);
    expect(text).not.toContain(id);
    expect(routeLabel("/entreprises/12345678900011")).toBe("/entreprises/:id");
  });

  it("search latency by engine, index and outcome", async () => {
    const count = async () => value(await scrape(), 'circuit_court_search_duration_seconds_count{engine="postgres",index="companies",outcome="ok"}') ?? 0;
    const before = await count();
    await getSearchEngine().search({ index: "companies", text: "menuiserie", pageSize: 5 });
    expect(await count()).toBe(before + 1);
  });

  it("still serves the process metrics when PostgreSQL cannot be read, with database_up 0", async () => {
    const { renderMetrics } = await import("@/lib/ops/metrics");
    const { createDb } = await import("@/db/client");
    const { db: unreachable, pool } = createDb("postgres://postgres:postgres@127.0.0.1:1/nothing", 1);
    try {
      const { body } = await renderMetrics(unreachable);
      expect(value(body, "circuit_court_metrics_database_up")).toBe(0);
      expect(value(body, "circuit_court_process_resident_memory_bytes")).toBeGreaterThan(0);
    } finally {
      await pool.end();
    }
  });
});

describe("structured logs", () => {
  it("an unexpected error in a route handler or an action logs one JSON line with the request id", async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(
          ...String(chunk)
            .split("\n")
            .filter(Boolean)
            .map((l) => JSON.parse(l)),
        );
        done();
      },
    });
    setLoggerForTests(pino({ base: { service: "app" }, formatters: { level: (label) => ({ level: label }) } }, sink));

    const failing = route({ auth: "none" }, async () => {
      throw new Error("disque plein");
    });
    const res = await failing(get("/api/v1/needs", { "x-request-id": "req-0123456789" }));
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain("disque plein");

    requestHeaders.value = new Headers({ "x-pathname": "/besoins/nouveau", "x-request-id": "req-abcdef0123" });
    const action = formAction(z.object({}), async () => {
      throw new Error("base indisponible");
    });
    expect((await action({ ok: true }, new FormData())).ok).toBe(false);

    expect(lines).toEqual([
      expect.objectContaining({
        level: "error",
        service: "app",
        requestId: "req-0123456789",
        route: "/api/v1/needs",
        msg: "unexpected error in a route handler",
        err: expect.objectContaining({ message: "disque plein" }),
      }),
      expect.objectContaining({
        level: "error",
        requestId: "req-abcdef0123",
        page: "/besoins/nouveau",
        msg: "unexpected error in a server action",
        err: expect.objectContaining({ message: "base indisponible" }),
      }),
    ]);
  });
});
