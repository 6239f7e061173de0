/**
 * /api/health (liveness, no dependency) and /api/ready (database, job queue with its backlog, search
 * engine: 503 naming what failed), through their real route handlers and through proxy.ts, which must
 * let them through and give each request an id.
 */
import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createDb } from "@/db/client";
import { queueEmail } from "@/lib/mail/queue-email";
import { renderEmail } from "@/lib/mail/render";
import { readiness } from "@/lib/ops/readiness";
import type { SearchEngine } from "@/search/engine";
import { createSearchEngine, setSearchEngineForTests } from "@/search/index";
import { db, resetDatabase } from "./db";

vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));
vi.mock("@/lib/auth/auth", () => ({ signIn: async () => {}, signOut: async () => {}, auth: async () => null, handlers: {} }));

const health = await import("@/app/api/health/route");
const ready = await import("@/app/api/ready/route");
const { proxy } = await import("@/proxy");

const get = (p: string, headers: Record<string, string> = {}) => new NextRequest(new URL(p, "http://localhost"), { headers });
const downEngine = { health: async () => ({ ok: false, detail: "connection refused" }) } as unknown as SearchEngine;

beforeEach(resetDatabase);
afterEach(() => {
  setSearchEngineForTests(undefined);
  delete process.env.TRUST_PROXY;
});

describe("/api/health", () => {
  it("answers 200 with JSON while the process runs, even when every dependency is down", async () => {
    setSearchEngineForTests(downEngine);
    const res = await health.GET(get("/api/health"));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toMatchObject({ status: "ok", pid: process.pid });
  });
});

describe("/api/ready", () => {
  it("answers 200 with each dependency's state and the queue's backlog", async () => {
    await db().transaction((tx) =>
      queueEmail(tx, { to: "lucie@exemple.fr", template: "test.ready", subject: "Prêt", ...renderEmail({ title: "Prêt", paragraphs: ["Bonjour,"] }) }),
    );
    const res = await ready.GET(get("/api/ready"));
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({
      status: "ready",
      failed: [],
      checks: { database: { ok: true }, queue: { ok: true, backlog: 1, running: 0, failed: 0, workers: 0 }, search: { ok: true, engine: "postgres" } },
    });
  });

  it("answers 503 naming the search engine when it is down", async () => {
    setSearchEngineForTests(downEngine);
    const res = await ready.GET(get("/api/ready"));
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body).toMatchObject({
      status: "unavailable",
      failed: ["search"],
      checks: { database: { ok: true }, search: { ok: false, detail: "connection refused" } },
    });
  });

  it("names the database and the queue when PostgreSQL cannot be reached, within its time budget", async () => {
    // A port nobody listens on: the connection is refused at once.
    const { db: unreachable, pool } = createDb("postgres://postgres:postgres@127.0.0.1:1/nothing", 1);
    try {
      const started = Date.now();
      const report = await readiness(unreachable, { engine: createSearchEngine({}, pool), name: "postgres" }, 2000);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(report.status).toBe("unavailable");
      expect(report.failed).toEqual(["database", "queue", "search"]);
      expect(report.checks.database.detail).toMatch(/ECONNREFUSED|connect/);
    } finally {
      await pool.end();
    }
  });

  it("says when a check does not answer in time", async () => {
    setSearchEngineForTests({ health: () => new Promise(() => {}) } as unknown as SearchEngine);
    const { getSearchEngine } = await import("@/search/index");
    const report = await readiness(db(), { engine: getSearchEngine(), name: "meilisearch" }, 300);
    expect(report.failed).toEqual(["search"]);
    expect(report.checks.search).toMatchObject({ ok: false, engine: "meilisearch", detail: "no answer within 300 ms" });
  });
});

describe("proxy.ts", () => {
  it("lets the health, readiness and metrics routes through and gives every request an id", async () => {
    for (const p of ["/api/health", "/api/ready", "/api/metrics"]) {
      const res = proxy(get(p));
      expect(res.status).toBe(200);
      expect(res.headers.get("x-middleware-next")).toBe("1");
      expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
      // Passed on to the route handler as a request header.
      expect(res.headers.get("x-middleware-request-x-request-id")).toBe(res.headers.get("x-request-id"));
    }
  });

  it("keeps an incoming request id only from a trusted reverse proxy", async () => {
    const incoming = "nginx-4f1c2a9be07d";
    expect(proxy(get("/api/health", { "x-request-id": incoming })).headers.get("x-request-id")).not.toBe(incoming);
    process.env.TRUST_PROXY = "1";
    expect(proxy(get("/api/health", { "x-request-id": incoming })).headers.get("x-request-id")).toBe(incoming);
    // Even then, a malformed one (spaces, too short) is replaced.
    expect(proxy(get("/api/health", { "x-request-id": "a b" })).headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
