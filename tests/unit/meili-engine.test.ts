/**
 * The Meilisearch engine against a stand-in server on 127.0.0.1: the real client sends its real requests,
 * the stand-in records them and answers as Meilisearch does (202 + task, then the task processing → done).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { SearchUnavailableError, type SearchDocument } from "@/search/engine";
import { MeilisearchEngine } from "@/search/engines/meilisearch/engine";

type Outcome = { status: "succeeded" | "failed" | "stuck"; code?: string };
interface Fake {
  url: string;
  log: { method: string; path: string; body: unknown; auth?: string }[];
  close(): Promise<void>;
}

async function fakeMeili(opts: { outcome?: (path: string) => Outcome; search?: unknown; status?: number } = {}): Promise<Fake> {
  const log: Fake["log"] = [];
  const tasks: { outcome: Outcome; polls: number; type: string }[] = [];
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const path = req.url ?? "";
      log.push({ method: req.method ?? "", path, body: raw ? JSON.parse(raw) : undefined, auth: req.headers.authorization });
      const send = (status: number, body: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
      if (opts.status) return send(opts.status, { message: "overloaded", code: "internal", type: "internal", link: "" });
      const taskMatch = /^\/tasks\/(\d+)$/.exec(path);
      if (taskMatch) {
        const uid = Number(taskMatch[1]);
        const t = tasks[uid];
        // First poll: still processing, so the engine has to poll again.
        const status = t.polls++ === 0 || t.outcome.status === "stuck" ? "processing" : t.outcome.status;
        const error = status === "failed" ? { message: "boom", code: t.outcome.code ?? "internal", type: "invalid_request", link: "" } : null;
        return send(200, {
          uid,
          status,
          type: t.type,
          error,
          indexUid: null,
          batchUid: null,
          canceledBy: null,
          duration: null,
          startedAt: null,
          finishedAt: null,
          enqueuedAt: "",
        });
      }
      if (path === "/health") return send(200, { status: "available" });
      if (/\/search$/.test(path)) return send(200, opts.search);
      tasks.push({ outcome: opts.outcome?.(path) ?? { status: "succeeded" }, polls: 0, type: `${req.method} ${path}` });
      send(202, { taskUid: tasks.length - 1, indexUid: null, status: "enqueued", type: "x", enqueuedAt: "" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, log, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let fake: Fake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
const engineFor = (f: Fake, taskTimeoutMs = 2000) => new MeilisearchEngine({ host: f.url, apiKey: "k", prefix: "t_", taskTimeoutMs, requestTimeoutMs: 2000 });
const requests = (f: Fake) => f.log.map((r) => `${r.method} ${r.path}`);

const DOC: SearchDocument = {
  id: "00000000-0000-4000-8000-000000000001",
  title: "Menuiserie",
  keywords: ["43.32A"],
  body: "Portes",
  geo: { lat: 43.3, lng: 5.5 },
  attributes: { section: ["F"] },
  numbers: { createdAt: 100 },
};

describe("MeilisearchEngine writes", () => {
  it("setup creates every index and applies the settings, waiting for each task", async () => {
    fake = await fakeMeili();
    await engineFor(fake).setup();
    expect(requests(fake)).toEqual([
      "POST /indexes",
      "GET /tasks/0",
      "GET /tasks/0",
      "PATCH /indexes/t_needs/settings",
      "GET /tasks/1",
      "GET /tasks/1",
      "POST /indexes",
      "GET /tasks/2",
      "GET /tasks/2",
      "PATCH /indexes/t_companies/settings",
      "GET /tasks/3",
      "GET /tasks/3",
      "POST /indexes",
      "GET /tasks/4",
      "GET /tasks/4",
      "PATCH /indexes/t_challenges/settings",
      "GET /tasks/5",
      "GET /tasks/5",
      "POST /indexes",
      "GET /tasks/6",
      "GET /tasks/6",
      "PATCH /indexes/t_skills/settings",
      "GET /tasks/7",
      "GET /tasks/7",
    ]);
    expect(fake.log[0].body).toEqual({ uid: "t_needs", primaryKey: "id" });
    expect(fake.log[0].auth).toBe("Bearer k");
    const settings = fake.log[3].body as Record<string, unknown> & { synonyms: Record<string, string[]> };
    expect(settings.searchableAttributes).toEqual(["title", "keywords", "body"]);
    expect(settings.synonyms.btp).toEqual(expect.arrayContaining(["batiment", "construction", "travaux"]));
    expect(settings.synonyms.batiment).toContain("btp");
    expect(settings.stopWords).toEqual(expect.arrayContaining(["de", "la", "les", "pour"]));
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(["kind", "largeBuyer", "n_deadline", "n_budgetMax", "_geo"]));
    expect(settings.sortableAttributes).toEqual(["n_deadline", "n_publishedAt", "n_budgetMax", "_geo"]);
    expect(settings.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } });
    expect(settings.pagination).toEqual({ maxTotalHits: 1000 });
    expect(settings.faceting).toEqual({ maxValuesPerFacet: 200 });
    expect((fake.log[9].body as { filterableAttributes: string[] }).filterableAttributes).toEqual(
      expect.arrayContaining(["siret", "headcount", "n_createdAt", "_geo"]),
    );
    const challenges = fake.log[15].body as { filterableAttributes: string[]; sortableAttributes: string[] };
    expect(challenges.filterableAttributes).toEqual(expect.arrayContaining(["maturity", "reward", "openToYoung", "epci", "n_deadline", "_geo"]));
    expect(challenges.sortableAttributes).toEqual(["n_deadline", "n_publishedAt", "_geo"]);
    expect((fake.log[21].body as { filterableAttributes: string[] }).filterableAttributes).toEqual(
      expect.arrayContaining(["direction", "seniority", "workMode", "n_durationWeeks"]),
    );
  });

  it("setup accepts indexes that already exist", async () => {
    fake = await fakeMeili({ outcome: (p) => (p === "/indexes" ? { status: "failed", code: "index_already_exists" } : { status: "succeeded" }) });
    await expect(engineFor(fake).setup()).resolves.toBeUndefined();
  });

  it("upsert sends the mapped documents and returns only once the task succeeded", async () => {
    fake = await fakeMeili();
    await engineFor(fake).upsert("companies", [DOC]);
    expect(requests(fake)).toEqual(["POST /indexes/t_companies/documents?primaryKey=id", "GET /tasks/0", "GET /tasks/0"]);
    expect(fake.log[0].body).toEqual([
      { id: DOC.id, title: "Menuiserie", keywords: ["43.32A"], body: "Portes", section: ["F"], n_createdAt: 100, _geo: { lat: 43.3, lng: 5.5 } },
    ]);
    await engineFor(fake).upsert("companies", []);
    expect(fake.log).toHaveLength(3);
  });

  it("remove and clear wait for their tasks; a missing index counts as already empty", async () => {
    fake = await fakeMeili({ outcome: (p) => (p.endsWith("/documents") ? { status: "failed", code: "index_not_found" } : { status: "succeeded" }) });
    const engine = engineFor(fake);
    await engine.remove("needs", ["a", "b"]);
    await engine.clear("needs");
    expect(requests(fake)).toEqual([
      "POST /indexes/t_needs/documents/delete-batch",
      "GET /tasks/0",
      "GET /tasks/0",
      "DELETE /indexes/t_needs/documents",
      "GET /tasks/1",
      "GET /tasks/1",
    ]);
    expect(fake.log[0].body).toEqual(["a", "b"]);
  });

  it("a failed or stuck task is an unavailable search engine", async () => {
    fake = await fakeMeili({ outcome: () => ({ status: "failed", code: "invalid_document_geo_field" }) });
    const failed = await engineFor(fake)
      .upsert("needs", [DOC])
      .catch((e) => e);
    expect(failed).toBeInstanceOf(SearchUnavailableError);
    expect(String(failed.cause)).toMatch(/invalid_document_geo_field/);
    await fake.close();
    fake = await fakeMeili({ outcome: () => ({ status: "stuck" }) });
    await expect(engineFor(fake, 150).upsert("needs", [DOC])).rejects.toBeInstanceOf(SearchUnavailableError);
  });
});

describe("MeilisearchEngine search", () => {
  const CANNED = {
    hits: [
      {
        id: "c1",
        title: "<script>x</script> Traiteur",
        body: "Plateaux",
        _geo: { lat: 43.3, lng: 5.5 },
        _geoDistance: 1234,
        _formatted: { id: "c1", title: "<script>x</script> <mark>Traiteur</mark>", body: "…des <mark>traiteurs</mark> & plateaux…" },
      },
      { id: "c2", title: "Sans lieu", body: "", _formatted: { id: "c2", title: "Sans lieu", body: "" } },
    ],
    query: "traiteur",
    processingTimeMs: 7,
    hitsPerPage: 2,
    page: 3,
    totalPages: 4,
    totalHits: 7,
    facetDistribution: { section: { I: 5, F: 2 }, largeBuyer: { true: 1, false: 6 } },
  };

  it("sends the query as Meilisearch parameters and maps the response exactly", async () => {
    fake = await fakeMeili({ search: CANNED });
    const result = await engineFor(fake).search({
      index: "companies",
      text: " traiteur ",
      page: 3,
      pageSize: 2,
      facets: ["section", "largeBuyer", "naf"],
      filters: { equals: { section: ["I", "F"], largeBuyer: [false] }, ranges: { createdAt: { min: 10 } }, near: { lat: 43.29, lng: 5.57, radiusKm: 30 } },
      sort: { by: "distance", from: { lat: 43.29, lng: 5.57 } },
    });
    expect(requests(fake)).toEqual(["POST /indexes/t_companies/search"]);
    expect(fake.log[0].body).toEqual({
      q: "traiteur",
      filter: ['section IN ["I", "F"]', "largeBuyer = false", "n_createdAt >= 10", "_geoRadius(43.29, 5.57, 30000)"],
      sort: ["_geoPoint(43.29, 5.57):asc"],
      facets: ["section", "largeBuyer", "naf"],
      page: 3,
      hitsPerPage: 2,
      matchingStrategy: "all",
      attributesToRetrieve: ["id", "title", "body", "_geo"],
      attributesToHighlight: ["title", "body"],
      attributesToCrop: ["body"],
      cropLength: 30,
      highlightPreTag: "<mark>",
      highlightPostTag: "</mark>",
    });
    expect(result).toEqual({
      hits: [
        {
          id: "c1",
          titleHighlight: "&lt;script&gt;x&lt;/script&gt; <mark>Traiteur</mark>",
          snippet: "…des <mark>traiteurs</mark> &amp; plateaux…",
          distanceKm: 1.2,
        },
        { id: "c2", titleHighlight: "Sans lieu", snippet: "", distanceKm: null },
      ],
      total: 7,
      totalIsExact: true,
      facets: { section: { I: 5, F: 2 }, largeBuyer: { true: 1, false: 6 }, naf: {} },
      page: 3,
      pageSize: 2,
      tookMs: 7,
    });
  });

  it("browses with defaults: no filter, sort or facets sent, page 1 of 20", async () => {
    fake = await fakeMeili({ search: { ...CANNED, hits: [], totalHits: 0, facetDistribution: undefined } });
    const result = await engineFor(fake).search({ index: "needs", text: "", facets: ["bogus"] });
    const body = fake.log[0].body as Record<string, unknown>;
    expect(body).toMatchObject({ q: "", page: 1, hitsPerPage: 20 });
    expect(body).not.toHaveProperty("filter");
    expect(body).not.toHaveProperty("sort");
    expect(body).not.toHaveProperty("facets");
    expect(result).toMatchObject({ hits: [], total: 0, totalIsExact: true, facets: { bogus: {} }, page: 1, pageSize: 20 });
  });

  it("a total that reaches maxTotalHits is a lower bound, as on PostgreSQL", async () => {
    fake = await fakeMeili({ search: { ...CANNED, totalHits: 1000 } });
    expect(await engineFor(fake).search({ index: "companies", text: "traiteur" })).toMatchObject({ total: 1000, totalIsExact: false });
  });

  it("rejects an unknown filter before any request", async () => {
    fake = await fakeMeili({ search: CANNED });
    await expect(engineFor(fake).search({ index: "needs", text: "", filters: { equals: { siret: ["1"] } } })).rejects.toThrow(/Unknown filter/);
    expect(fake.log).toEqual([]);
  });
});

describe("MeilisearchEngine when the server is down", () => {
  it("a 503 answer is SearchUnavailableError, and health says why", async () => {
    fake = await fakeMeili({ status: 503 });
    const engine = engineFor(fake);
    await expect(engine.search({ index: "needs", text: "x" })).rejects.toBeInstanceOf(SearchUnavailableError);
    await expect(engine.upsert("needs", [DOC])).rejects.toBeInstanceOf(SearchUnavailableError);
    expect(await engine.health()).toEqual({ ok: false, detail: "overloaded" });
  });

  it("a refused connection is SearchUnavailableError, and health is not ok", async () => {
    const closed = await fakeMeili();
    await closed.close();
    const engine = engineFor(closed);
    await expect(engine.search({ index: "needs", text: "x" })).rejects.toBeInstanceOf(SearchUnavailableError);
    await expect(engine.clear("needs")).rejects.toBeInstanceOf(SearchUnavailableError);
    expect((await engine.health()).ok).toBe(false);
  });

  it("health is ok when the server says available", async () => {
    fake = await fakeMeili();
    expect(await engineFor(fake).health()).toEqual({ ok: true });
  });
});
