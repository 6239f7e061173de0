/**
 * The public API v1 through its real route handlers, called with real tokens: refusals (no token, bad
 * header, unknown or revoked token, a demoted creator, a read token writing, another company's resource,
 * the rate limit), the contract (each endpoint answers what the OpenAPI document says, field by field),
 * and no personal data in any response.
 */
import { eq, sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { apiTokens, memberships, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { ENDPOINTS, openApiDocument } from "@/lib/api/openapi";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/api/token-service";
import { ForbiddenError } from "@/lib/errors";
import { companyWithTeam, staffActor } from "../factories/actors";
import { publishedNeed } from "../factories/answers";
import { submittedAnswer } from "../factories/awards";
import { inDays } from "../factories/needs";
import { createNeed } from "@/lib/needs/service";
import { needInput } from "../factories/needs";
import { db, resetDatabase } from "./db";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("@/lib/auth/auth", () => ({ signIn: async () => {}, signOut: async () => {}, auth: async () => null, handlers: {} }));

const needsRoute = await import("@/app/api/v1/needs/route");
const needRoute = await import("@/app/api/v1/needs/[id]/route");
const matchesRoute = await import("@/app/api/v1/needs/[id]/matches/route");
const ownNeedsRoute = await import("@/app/api/v1/company/needs/route");
const answersRoute = await import("@/app/api/v1/company/needs/[id]/answers/route");
const directoryRoute = await import("@/app/api/v1/directory/route");
const openapiRoute = await import("@/app/api/v1/openapi.json/route");
const { rateLimits } = await import("@/lib/security/rate-limit");

type Handler = (request: Request, context?: { params?: Promise<unknown> }) => Promise<Response>;

let buyer: Awaited<ReturnType<typeof companyWithTeam>>;
let supplier: Awaited<ReturnType<typeof companyWithTeam>>;
let unverified: Awaited<ReturnType<typeof companyWithTeam>>;
let needId: string;
let otherDraftId: string;
const secrets: Record<string, string> = {};

function call(
  handler: Handler,
  path: string,
  opts: { token?: string | null; auth?: string; method?: string; body?: unknown; params?: Record<string, string> } = {},
) {
  const headers = new Headers({ "x-forwarded-for": "198.51.100.7" });
  if (opts.auth !== undefined) headers.set("authorization", opts.auth);
  else if (opts.token) headers.set("authorization", `Bearer ${opts.token}`);
  if (opts.body !== undefined) headers.set("content-type", "application/json");
  const request = new NextRequest(new URL(path, "http://localhost"), {
    method: opts.method ?? "GET",
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  return handler(request, opts.params ? { params: Promise.resolve(opts.params) } : undefined);
}

async function problem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
  return (await res.json()) as { type: string; title: string; status: number; detail: string; errors?: { field: string; detail: string }[] };
}

beforeAll(async () => {
  await resetDatabase();
  session.actor = null;
  buyer = await companyWithTeam(db());
  supplier = await companyWithTeam(db());
  unverified = await companyWithTeam(db(), { verified: false });
  const staff = await staffActor(db());
  needId = (await publishedNeed(db(), buyer.admin, buyer.companyId, staff)).id;
  await createNeed(db(), buyer.admin, buyer.companyId, needInput(buyer.admin.userId, { title: "Brouillon privé de l'acheteur" }));
  otherDraftId = (await createNeed(db(), supplier.admin, supplier.companyId, needInput(supplier.admin.userId, { title: "Brouillon privé du fournisseur" }))).id;
  await submittedAnswer(db(), needId, supplier.companyId);
  secrets.buyerRead = (await createApiToken(db(), buyer.admin, buyer.companyId, { name: "Lecture", scope: "read" })).secret;
  secrets.buyerWrite = (await createApiToken(db(), buyer.admin, buyer.companyId, { name: "Écriture", scope: "write" })).secret;
  secrets.supplierRead = (await createApiToken(db(), supplier.admin, supplier.companyId, { name: "Lecture", scope: "read" })).secret;
  secrets.unverifiedRead = (await createApiToken(db(), unverified.admin, unverified.companyId, { name: "Lecture", scope: "read" })).secret;
});

describe("API tokens", () => {
  it("are created and revoked by the company's admins only, and listed without their secret", async () => {
    await expect(createApiToken(db(), buyer.member, buyer.companyId, { name: "Membre", scope: "read" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createApiToken(db(), supplier.admin, buyer.companyId, { name: "Voisin", scope: "write" })).rejects.toBeInstanceOf(ForbiddenError);
    const list = await listApiTokens(db(), buyer.admin, buyer.companyId);
    expect(list.map((t) => t.name).sort()).toEqual(["Lecture", "Écriture"]);
    expect(JSON.stringify(list)).not.toContain(secrets.buyerRead.slice(10));
    const rows = await db().select().from(apiTokens).where(eq(apiTokens.companyId, buyer.companyId));
    for (const row of rows) expect(Object.values(row)).not.toContain(secrets.buyerRead);
    await expect(listApiTokens(db(), buyer.member, buyer.companyId)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("401 without a token, with another scheme, with an unknown token, and once revoked", async () => {
    expect((await problem(await call(needsRoute.GET, "/api/v1/needs"), 401)).detail).toContain("Jeton d'API requis");
    expect((await problem(await call(needsRoute.GET, "/api/v1/needs", { auth: "Basic eDp5" }), 401)).detail).toContain("Bearer");
    expect((await problem(await call(needsRoute.GET, "/api/v1/needs", { token: `cc_${"A".repeat(43)}` }), 401)).detail).toBe(
      "Jeton d'API invalide, révoqué ou expiré.",
    );
    const { secret, token } = await createApiToken(db(), buyer.admin, buyer.companyId, { name: "Éphémère", scope: "read" });
    expect((await call(needsRoute.GET, "/api/v1/needs", { token: secret })).status).toBe(200);
    await revokeApiToken(db(), buyer.admin, buyer.companyId, token.id);
    expect((await problem(await call(needsRoute.GET, "/api/v1/needs", { token: secret }), 401)).type).toBe("urn:circuit-court:problem:unauthenticated");
  });

  it("stop working when their creator is no longer an admin of the company (never more than the admin)", async () => {
    const team = await companyWithTeam(db());
    const { secret } = await createApiToken(db(), team.admin, team.companyId, { name: "Avant", scope: "write" });
    expect((await call(ownNeedsRoute.GET, "/api/v1/company/needs", { token: secret })).status).toBe(200);
    await db().update(memberships).set({ role: "member" }).where(eq(memberships.userId, team.admin.userId));
    await problem(await call(ownNeedsRoute.GET, "/api/v1/company/needs", { token: secret }), 401);
  });

  it("record their last use, shown on the « Accès API » page", async () => {
    await call(directoryRoute.GET, "/api/v1/directory", { token: secrets.supplierRead });
    const [row] = await listApiTokens(db(), supplier.admin, supplier.companyId);
    expect(row.lastUsedAt).toBeInstanceOf(Date);
    expect(Date.now() - row.lastUsedAt!.getTime()).toBeLessThan(60_000);
  });
});

describe("scopes and resources", () => {
  const draft = () => ({
    title: "Traduction assermentée de statuts",
    description: "Traduction en allemand de nos statuts et d'un extrait Kbis, avec tampon.",
    kind: "services",
    nafCodes: ["74.30Z"],
    communeCode: "13001",
    perimeterKind: "radius",
    perimeterRadiusKm: 50,
    budgetMaxEur: 900,
    responseDeadline: inDays(15),
  });

  it("403 when a read token writes; a write token posts a draft (201) that only its company sees", async () => {
    const refused = await problem(await call(ownNeedsRoute.POST, "/api/v1/company/needs", { token: secrets.buyerRead, method: "POST", body: draft() }), 403);
    expect(refused.detail).toContain("lecture seule");
    const created = await call(ownNeedsRoute.POST, "/api/v1/company/needs", { token: secrets.buyerWrite, method: "POST", body: draft() });
    expect(created.status).toBe(201);
    const need = await created.json();
    expect(need).toMatchObject({ status: "draft", title: "Traduction assermentée de statuts", buyer: { id: buyer.companyId }, nafCodes: ["74.30Z"] });
    expect((await call(needRoute.GET, `/api/v1/needs/${need.id}`, { token: secrets.buyerRead, params: { id: need.id } })).status).toBe(200);
    await problem(await call(needRoute.GET, `/api/v1/needs/${need.id}`, { token: secrets.supplierRead, params: { id: need.id } }), 404);
  });

  it("400 with French field errors from the platform's own need rules", async () => {
    const res = await problem(
      await call(ownNeedsRoute.POST, "/api/v1/company/needs", {
        token: secrets.buyerWrite,
        method: "POST",
        body: { ...draft(), responseDeadline: "2001-01-01", budgetMinEur: 2000, budgetMaxEur: 1000 },
      }),
      400,
    );
    expect(res.errors?.map((e) => e.field)).toEqual(expect.arrayContaining(["responseDeadline", "budgetMaxEur"]));
    expect(res.detail).toContain("Le budget maximum doit être supérieur ou égal au minimum.");
    const unknownField = await problem(
      await call(ownNeedsRoute.POST, "/api/v1/company/needs", {
        token: secrets.buyerWrite,
        method: "POST",
        body: { ...draft(), contactUserId: supplier.admin.userId },
      }),
      400,
    );
    expect(unknownField.errors?.length).toBeGreaterThan(0);
  });

  it("another company's draft, answers or matches answer 404, exactly like an unknown id", async () => {
    const unknown = "6d1f6a0e-2b5c-4c1e-9a57-1c0f3b8e4d21";
    const hidden = await problem(await call(needRoute.GET, `/api/v1/needs/${otherDraftId}`, { token: secrets.buyerRead, params: { id: otherDraftId } }), 404);
    expect(await problem(await call(needRoute.GET, `/api/v1/needs/${unknown}`, { token: secrets.buyerRead, params: { id: unknown } }), 404)).toEqual(hidden);
    expect(await problem(await call(needRoute.GET, "/api/v1/needs/x", { token: secrets.buyerRead, params: { id: "x" } }), 404)).toEqual(hidden);
    expect(
      await problem(await call(answersRoute.GET, `/api/v1/company/needs/${needId}/answers`, { token: secrets.supplierRead, params: { id: needId } }), 404),
    ).toEqual(hidden);
    expect(
      await problem(await call(matchesRoute.GET, `/api/v1/needs/${needId}/matches`, { token: secrets.supplierRead, params: { id: needId } }), 404),
    ).toEqual(hidden);
  });

  it("published needs are read from a verified company's token only (403 otherwise), never drafts", async () => {
    expect((await problem(await call(needsRoute.GET, "/api/v1/needs", { token: secrets.unverifiedRead }), 403)).detail).toContain("vérifiée");
    const page = await (await call(needsRoute.GET, "/api/v1/needs?limit=10", { token: secrets.supplierRead })).json();
    expect(page.items.map((n: { id: string }) => n.id)).toEqual([needId]);
    expect(page).toMatchObject({ total: 1, limit: 10, offset: 0 });
    expect((await problem(await call(needsRoute.GET, "/api/v1/needs?limit=1000", { token: secrets.supplierRead }), 400)).errors?.[0].field).toBe("limit");
  });

  it("the buyer reads the answers to its need with price and supplier, and its matches", async () => {
    const answers = await (
      await call(answersRoute.GET, `/api/v1/company/needs/${needId}/answers`, { token: secrets.buyerRead, params: { id: needId } })
    ).json();
    expect(answers.items).toHaveLength(1);
    expect(answers.items[0]).toMatchObject({ status: "submitted", priceEur: 9000, supplier: { id: supplier.companyId } });
    const matches = await call(matchesRoute.GET, `/api/v1/needs/${needId}/matches?limit=5`, { token: secrets.buyerRead, params: { id: needId } });
    expect(matches.status).toBe(200);
    expect((await matches.json()).needId).toBe(needId);
  });

  it("429 with Retry-After once a token has spent its limit, without touching another token's", async () => {
    const { secret } = await createApiToken(db(), supplier.admin, supplier.companyId, { name: "Pressé", scope: "read" });
    await rateLimits().hit("publicApi", `token:${secret}`, 600);
    const res = await call(directoryRoute.GET, "/api/v1/directory", { token: secret });
    const body = await problem(res, 429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(body.detail).toMatch(/^Trop de tentatives\. Réessayez dans/);
    expect((await call(directoryRoute.GET, "/api/v1/directory", { token: secrets.supplierRead })).status).toBe(200);
  });
});

/** Minimal JSON Schema conformance, enough for the generated document: $ref, type (with null), properties, required, items, enum. */
function conforms(value: unknown, schema: Record<string, unknown>, schemas: Record<string, Record<string, unknown>>, path = "$"): string[] {
  if (typeof schema.$ref === "string") return conforms(value, schemas[schema.$ref.split("/").at(-1)!], schemas, path);
  if (Array.isArray(schema.allOf)) return schema.allOf.flatMap((s) => conforms(value, s as Record<string, unknown>, schemas, path));
  const types = schema.type === undefined ? [] : ([] as string[]).concat(schema.type as string);
  const typeOf = value === null ? "null" : Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value;
  if (types.length && !types.includes(typeOf) && !(typeOf === "integer" && types.includes("number"))) return [`${path}: ${typeOf} is not ${types.join("|")}`];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return [`${path}: ${String(value)} not in enum`];
  const errors: string[] = [];
  if (typeOf === "object" && schema.properties) {
    const props = schema.properties as Record<string, Record<string, unknown>>;
    for (const key of Object.keys(value as object)) if (!(key in props)) errors.push(`${path}.${key}: not documented`);
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in (value as object))) errors.push(`${path}.${key}: missing`);
    for (const [key, sub] of Object.entries(props))
      if (key in (value as object)) errors.push(...conforms((value as Record<string, unknown>)[key], sub, schemas, `${path}.${key}`));
  }
  if (typeOf === "array" && schema.items)
    (value as unknown[]).forEach((v, i) => errors.push(...conforms(v, schema.items as Record<string, unknown>, schemas, `${path}[${i}]`)));
  return errors;
}

describe("contract and personal data", () => {
  it("every endpoint answers what the OpenAPI document says, and no response holds an e-mail or a person's name", async () => {
    const doc = openApiDocument() as unknown as {
      paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: Record<string, unknown> }> }> }>>;
      components: { schemas: Record<string, Record<string, unknown>> };
    };
    const handlers: Record<string, Handler> = {
      "get /api/v1/needs": needsRoute.GET,
      "get /api/v1/needs/{id}": needRoute.GET,
      "get /api/v1/needs/{id}/matches": matchesRoute.GET,
      "get /api/v1/company/needs": ownNeedsRoute.GET,
      "post /api/v1/company/needs": ownNeedsRoute.POST,
      "get /api/v1/company/needs/{id}/answers": answersRoute.GET,
      "get /api/v1/directory": directoryRoute.GET,
    };
    // People get names no company carries (the factories name companies after their founder, as SIRENE does for sole traders).
    await db().execute(sql`update users set first_name = 'Zéphyrine' || substr(id::text, 1, 4), last_name = 'Quillebeuf' || substr(id::text, 5, 4)`);
    const people = await db().select({ email: users.email, firstName: users.firstName, lastName: users.lastName }).from(users);
    expect(people.length).toBeGreaterThanOrEqual(6);
    const bodies: string[] = [];
    for (const e of ENDPOINTS) {
      const key = `${e.method} ${e.path}`;
      const handler = handlers[key];
      expect(handler, key).toBeDefined();
      const id = e.path.includes("{id}") ? needId : undefined;
      const res = await call(handler, e.path.replace("{id}", id ?? ""), {
        token: secrets.buyerWrite,
        method: e.method.toUpperCase(),
        params: id ? { id } : undefined,
        body:
          e.method === "post"
            ? {
                title: "Nettoyage de vitres",
                description: "Nettoyage des vitres de nos bureaux deux fois par an, 300 m².",
                kind: "services",
                nafCodes: ["81.22Z"],
                communeCode: "13001",
                responseDeadline: inDays(10),
              }
            : undefined,
      });
      expect(res.status, key).toBe(e.ok.status);
      expect(res.headers.get("content-type"), key).toContain("application/json");
      const text = await res.text();
      bodies.push(text);
      const schema = doc.paths[e.path][e.method].responses[String(e.ok.status)].content["application/json"].schema;
      expect(conforms(JSON.parse(text), schema, doc.components.schemas), key).toEqual([]);
    }
    const all = bodies.join("\n");
    expect(all).toContain(needId);
    expect(all).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}/);
    for (const p of people) {
      expect(all).not.toContain(p.email);
      expect(all).not.toContain(`${p.firstName} ${p.lastName}`);
      expect(all).not.toContain(p.lastName);
      expect(all).not.toContain(p.firstName);
    }
  });

  it("the document itself is served, public and cacheable", async () => {
    const res = await openapiRoute.GET(new NextRequest(new URL("/api/v1/openapi.json", "http://localhost")));
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/api/v1/company/needs/{id}/answers");
  });
});
