/**
 * Real route handlers (the exported GET/POST of app/**\/route.ts) answer every refusal with the one
 * problem-JSON body of lib/http/problem.ts and the status of lib/http/route.ts's rule: 401 anonymous,
 * 403 role refusal, 404 unknown or hidden resource (the same answer), 400 refused input, 413 too large,
 * 429 rate limit with Retry-After.
 */
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { files } from "@/db/schema";
import { companyWithTeam, staffActor } from "../factories/actors";
import { publishedNeed } from "../factories/answers";
import { db, resetDatabase } from "./db";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("@/lib/auth/auth", () => ({ signIn: async () => {}, signOut: async () => {}, auth: async () => null, handlers: {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9", origin: "http://localhost", host: "localhost" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));

const matchesRoute = await import("@/app/api/v1/needs/[id]/matches/route");
const filesRoute = await import("@/app/api/files/[id]/route");
const sireneRoute = await import("@/app/api/cci/sirene/[id]/route");
const sireneUpload = await import("@/app/api/cci/sirene/upload/route");
const nafRoute = await import("@/app/api/reference/naf/route");
const exportsRoute = await import("@/app/exports/[table]/route");
const previewRoute = await import("@/app/besoins/import/preview/route");
const modeleRoute = await import("@/app/besoins/import/modele/route");
const agendaRoute = await import("@/app/evenements/[id]/agenda.ics/route");
const { rateLimits } = await import("@/lib/security/rate-limit");

const UNKNOWN = "6d1f6a0e-2b5c-4c1e-9a57-1c0f3b8e4d21";
const get = (path: string, init?: ConstructorParameters<typeof NextRequest>[1]) => new NextRequest(new URL(path, "http://localhost"), init);
const params = <T>(p: T) => ({ params: Promise.resolve(p) });

let buyer: Awaited<ReturnType<typeof companyWithTeam>>;
let supplier: Awaited<ReturnType<typeof companyWithTeam>>;
let staff: Actor;
let needId: string;
let privateFileId: string;

beforeAll(async () => {
  await resetDatabase();
  buyer = await companyWithTeam(db());
  supplier = await companyWithTeam(db());
  staff = await staffActor(db());
  needId = (await publishedNeed(db(), buyer.admin, buyer.companyId, staff)).id;
  // A photo of an offer not created yet: only its company may see it.
  const [file] = await db()
    .insert(files)
    .values({
      companyId: buyer.companyId,
      objectType: "offer",
      objectId: null,
      filename: "brouillon.png",
      mimeType: "image/png",
      sizeBytes: 3,
      sha256: "0".repeat(64),
      storageKey: "absent/brouillon.png",
      uploadedBy: buyer.admin.userId,
    })
    .returning();
  privateFileId = file.id;
});

async function problem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
  const body = await res.json();
  expect(Object.keys(body).sort()).toEqual(["detail", "status", "title", "type", ...(body.errors ? ["errors"] : [])].sort());
  expect(body.status).toBe(status);
  expect(body.detail).toMatch(/[a-zé]/);
  return body as { type: string; title: string; status: number; detail: string; errors?: { field: string; detail: string }[] };
}

describe("route handlers' refusals", () => {
  it("401 for an anonymous caller, with the route's own words", async () => {
    session.actor = null;
    expect(await problem(await matchesRoute.GET(get(`/api/v1/needs/${needId}/matches`), params({ id: needId })), 401)).toMatchObject({
      type: "urn:circuit-court:problem:unauthenticated",
      title: "Authentification requise",
      detail: "Authentification requise.",
    });
    expect((await problem(await exportsRoute.GET(get("/exports/besoins"), params({ table: "besoins" })), 401)).detail).toBe(
      "Connectez-vous pour exporter ces données.",
    );
    expect((await problem(await modeleRoute.GET(get("/besoins/import/modele")), 401)).detail).toBe("Connectez-vous pour télécharger le modèle.");
    expect((await problem(await agendaRoute.GET(get(`/evenements/${UNKNOWN}/agenda.ics`), params({ id: UNKNOWN })), 401)).title).toBe(
      "Authentification requise",
    );
  });

  it("403 when the caller's role is refused (staff-only route, member-only import, a company's export)", async () => {
    session.actor = supplier.admin;
    expect(await problem(await sireneRoute.GET(get(`/api/cci/sirene/${UNKNOWN}`), params({ id: UNKNOWN })), 403)).toMatchObject({
      type: "urn:circuit-court:problem:forbidden",
      title: "Accès refusé",
      detail: "Réservé à l'équipe de la CCI.",
    });
    session.actor = staff;
    expect((await problem(await modeleRoute.GET(get("/besoins/import/modele")), 403)).detail).toBe(
      "Seuls les membres d'une entreprise peuvent importer un plan d'achats.",
    );
    session.actor = supplier.member;
    expect((await problem(await exportsRoute.GET(get("/exports/entreprises?format=csv"), params({ table: "entreprises" })), 403)).title).toBe("Accès refusé");
  });

  it("404 for a resource the caller may not see, exactly as for one that does not exist", async () => {
    session.actor = supplier.admin;
    const hiddenNeed = await problem(await matchesRoute.GET(get(`/api/v1/needs/${needId}/matches`), params({ id: needId })), 404);
    const unknownNeed = await problem(await matchesRoute.GET(get(`/api/v1/needs/${UNKNOWN}/matches`), params({ id: UNKNOWN })), 404);
    const malformedNeed = await problem(await matchesRoute.GET(get("/api/v1/needs/x/matches"), params({ id: "x" })), 404);
    expect(hiddenNeed).toEqual(unknownNeed);
    expect(malformedNeed).toEqual(unknownNeed);
    expect(unknownNeed).toEqual({ type: "urn:circuit-court:problem:not-found", title: "Ressource introuvable", status: 404, detail: "Besoin introuvable." });

    const hiddenFile = await problem(await filesRoute.GET(get(`/api/files/${privateFileId}`), params({ id: privateFileId })), 404);
    session.actor = null;
    expect(await problem(await filesRoute.GET(get(`/api/files/${UNKNOWN}`), params({ id: UNKNOWN })), 404)).toEqual(hiddenFile);
    expect(hiddenFile.detail).toBe("Fichier introuvable.");

    session.actor = staff;
    expect((await problem(await sireneRoute.GET(get(`/api/cci/sirene/${UNKNOWN}`), params({ id: UNKNOWN })), 404)).detail).toBe("Import introuvable.");
    expect((await problem(await exportsRoute.GET(get("/exports/inconnue"), params({ table: "inconnue" })), 404)).detail).toBe("Cet export n'existe pas.");
    session.actor = supplier.admin;
    expect((await problem(await agendaRoute.GET(get(`/evenements/${UNKNOWN}/agenda.ics`), params({ id: UNKNOWN })), 404)).detail).toBe(
      "Événement introuvable.",
    );
  });

  it("200 for those who may see the resource", async () => {
    const { getStorage } = await import("@/lib/storage/disk-storage");
    const storageKey = `tests/routes-errors/${privateFileId}`;
    await getStorage().put(storageKey, new Uint8Array([137, 80, 78]));
    await db().update(files).set({ storageKey }).where(eq(files.id, privateFileId));
    session.actor = buyer.member;
    const file = await filesRoute.GET(get(`/api/files/${privateFileId}`), params({ id: privateFileId }));
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toBe("inline; filename=brouillon.png");
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([137, 80, 78]);
    const res = await matchesRoute.GET(get(`/api/v1/needs/${needId}/matches?limit=5`), params({ id: needId }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("400 with field errors for a refused input, from the route's schema or from the service", async () => {
    session.actor = null;
    const long = await problem(await nafRoute.GET(get(`/api/reference/naf?q=${"m".repeat(81)}`)), 400);
    expect(long).toMatchObject({ type: "urn:circuit-court:problem:validation", title: "Requête invalide" });
    expect(long.errors?.map((e) => e.field)).toEqual(["q"]);
    session.actor = buyer.admin;
    const cols = await problem(await exportsRoute.GET(get("/exports/mes-besoins?cols=inconnue"), params({ table: "mes-besoins" })), 400);
    expect(cols.errors).toEqual([{ field: "cols", detail: expect.stringContaining("Colonne inconnue : inconnue.") }]);
    expect(cols.detail).toContain("Colonne inconnue : inconnue.");
    const noFile = await problem(await previewRoute.POST(get("/besoins/import/preview", { method: "POST", body: new FormData() })), 400);
    expect(noFile.errors).toEqual([{ field: "file", detail: "Choisissez un fichier CSV ou Excel (.xlsx) non vide." }]);
  });

  it("413 for an upload over the size limit, before reading it", async () => {
    session.actor = buyer.admin;
    const res = await previewRoute.POST(get("/besoins/import/preview", { method: "POST", body: "x", headers: { "content-length": String(50 * 1024 * 1024) } }));
    expect(await problem(res, 413)).toMatchObject({
      type: "urn:circuit-court:problem:payload-too-large",
      detail: "Le fichier dépasse 5 Mo : découpez-le en plusieurs fichiers.",
    });
  });

  it("403 for a cross-site upload, before anything else", async () => {
    session.actor = staff;
    const res = await sireneUpload.POST(
      get("/api/cci/sirene/upload", { method: "POST", body: "x", headers: { origin: "https://evil.example", host: "localhost" } }),
    );
    expect((await problem(res, 403)).title).toBe("Accès refusé");
  });

  it("429 with Retry-After once a caller has spent the public API's limit", async () => {
    session.actor = buyer.admin;
    await rateLimits().hit("publicApi", `user:${buyer.admin.userId}`, 600);
    const res = await matchesRoute.GET(get(`/api/v1/needs/${needId}/matches`), params({ id: needId }));
    const body = await problem(res, 429);
    expect(body).toMatchObject({ type: "urn:circuit-court:problem:rate-limited", title: "Trop de requêtes" });
    expect(body.detail).toMatch(/^Trop de tentatives\. Réessayez dans (\d+ secondes?|1 minute)\.$/);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another caller is counted apart.
    session.actor = buyer.member;
    expect((await matchesRoute.GET(get(`/api/v1/needs/${needId}/matches`), params({ id: needId }))).status).toBe(200);
  });
});
