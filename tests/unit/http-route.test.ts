/** The route wrapper (lib/http/route.ts): one problem-JSON body and one status for each kind of refusal. */
import { redirect } from "next/navigation";
import pino from "pino";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";

const session = vi.hoisted(() => ({ actor: null as Actor | null, reads: 0 }));
const limits = vi.hoisted(() => ({ keys: [] as string[], limited: false }));
vi.mock("@/lib/auth/session", () => ({
  getActor: async () => {
    session.reads += 1;
    return session.actor;
  },
}));
vi.mock("@/lib/security/rate-limit", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/security/rate-limit")>()),
  rateLimits: () => ({
    hit: async (policy: string, key: string) => {
      limits.keys.push(`${policy}|${key}`);
      return { limited: limits.limited, consumed: limits.limited ? 601 : 1, retryAfterSec: limits.limited ? 41.2 : 0 };
    },
  }),
}));

const { route } = await import("@/lib/http/route");
const { PayloadTooLargeError } = await import("@/lib/http/errors");
const { RateLimitedError } = await import("@/lib/security/rate-limit");
const { z } = await import("@/lib/validation/zod");
const { setLoggerForTests } = await import("@/lib/ops/logger");

const member = (role: "admin" | "member" = "member"): Actor => ({
  userId: "11111111-1111-4111-8111-111111111111",
  email: "a@example.fr",
  firstName: "Aline",
  lastName: "Martin",
  platformRole: "user",
  memberships: [{ companyId: "22222222-2222-4222-8222-222222222222", companyName: "Menuiserie Martin", role }],
});
const staff = (): Actor => ({ ...member(), userId: "33333333-3333-4333-8333-333333333333", platformRole: "staff", memberships: [] });

const get = (path = "/api/x", init?: RequestInit) => new Request(`http://localhost${path}`, init);
const ok = async () => Response.json({ ok: true });
const params = (p: unknown) => ({ params: Promise.resolve(p) });

async function problemOf(res: Response) {
  expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
  expect(res.headers.get("cache-control")).toBe("no-store");
  const body = await res.json();
  expect(body.status).toBe(res.status);
  expect(body.type).toMatch(/^urn:circuit-court:problem:[a-z-]+$/);
  return body;
}

beforeEach(() => {
  session.actor = null;
  session.reads = 0;
  limits.keys = [];
  limits.limited = false;
});

describe("authentication and permission", () => {
  it("does not read the session for public routes", async () => {
    let seen: unknown = "unset";
    session.actor = member();
    const res = await route({ auth: "none" }, async ({ actor }) => {
      seen = actor;
      return ok();
    })(get());
    expect(res.status).toBe(200);
    expect(seen).toBeNull();
    expect(session.reads).toBe(0);
  });

  it("answers 401 with the route's French detail to an anonymous caller", async () => {
    const res = await route({ auth: "required", unauthenticated: "Connectez-vous pour exporter ces données." }, ok)(get());
    expect(res.status).toBe(401);
    expect(await problemOf(res)).toEqual({
      type: "urn:circuit-court:problem:unauthenticated",
      title: "Authentification requise",
      status: 401,
      detail: "Connectez-vous pour exporter ces données.",
    });
  });

  it("hands the handler a signed-in actor", async () => {
    session.actor = member();
    const res = await route({ auth: "required" }, async ({ actor }) => Response.json({ id: actor.userId }))(get());
    expect(await res.json()).toEqual({ id: member().userId });
  });

  it("refuses a role with 403, even on a route that hides its resources", async () => {
    session.actor = member();
    const res = await route(
      { auth: "required", permission: "staff:access", forbidden: "Réservé à l'équipe de la CCI.", notFound: "Import introuvable." },
      ok,
    )(get());
    expect(res.status).toBe(403);
    expect(await problemOf(res)).toMatchObject({ title: "Accès refusé", detail: "Réservé à l'équipe de la CCI." });
  });

  it("checks the permission against the actor's own company", async () => {
    session.actor = member();
    expect((await route({ auth: "required", permission: "need:create" }, ok)(get())).status).toBe(200);
    session.actor = staff();
    expect((await route({ auth: "required", permission: "need:create" }, ok)(get())).status).toBe(403);
    expect((await route({ auth: "required", permission: "staff:access" }, ok)(get())).status).toBe(200);
  });
});

describe("Forbidden and NotFound from the handler", () => {
  it("answers 403 to an explicit refusal on a route whose resources are public knowledge", async () => {
    session.actor = member();
    const res = await route({ auth: "optional" }, async () => {
      throw new ForbiddenError("Réservé aux entreprises vérifiées.");
    })(get());
    expect(res.status).toBe(403);
    expect((await problemOf(res)).detail).toBe("Réservé aux entreprises vérifiées.");
  });

  it("answers 404, like an unknown id, when the caller may not know the resource exists", async () => {
    const hidden = route({ auth: "optional", notFound: "Fichier introuvable." }, async () => {
      throw new ForbiddenError("Ce fichier est privé.");
    });
    const unknown = route({ auth: "optional", notFound: "Fichier introuvable." }, async () => {
      throw new NotFoundError();
    });
    const a = await problemOf(await hidden(get()));
    const b = await problemOf(await unknown(get()));
    expect(a).toEqual(b);
    expect(a).toMatchObject({ status: 404, title: "Ressource introuvable", detail: "Fichier introuvable." });
  });

  it("keeps the service's message for a NotFound on a route without hidden resources", async () => {
    const res = await route({ auth: "none" }, async () => {
      throw new NotFoundError("Cet export n'existe pas.");
    })(get());
    expect(await problemOf(res)).toMatchObject({ status: 404, detail: "Cet export n'existe pas." });
  });
});

describe("parsing", () => {
  const byId = route({ auth: "none", notFound: "Besoin introuvable.", params: z.object({ id: z.uuid() }) }, async ({ params: p }) => Response.json(p));

  it("passes parsed params; params that fail their schema answer 404", async () => {
    const id = "44444444-4444-4444-8444-444444444444";
    expect(await (await byId(get(), params({ id }))).json()).toEqual({ id });
    const res = await byId(get(), params({ id: "../../etc/passwd" }));
    expect(await problemOf(res)).toMatchObject({ status: 404, detail: "Besoin introuvable." });
  });

  it("refuses a query that fails its schema with 400 and the field errors", async () => {
    const search = route({ auth: "none", query: z.object({ q: z.string().max(3, "3 caractères au plus.") }) }, async ({ query }) => Response.json(query));
    expect(await (await search(get("/api/x?q=abc"))).json()).toEqual({ q: "abc" });
    const res = await search(get("/api/x?q=abcd"));
    expect(res.status).toBe(400);
    expect(await problemOf(res)).toEqual({
      type: "urn:circuit-court:problem:validation",
      title: "Requête invalide",
      status: 400,
      detail: "3 caractères au plus.",
      errors: [{ field: "q", detail: "3 caractères au plus." }],
    });
  });

  it("parses a JSON body and a form body; an unreadable body is a 400", async () => {
    const echo = route({ auth: "none", body: z.object({ n: z.coerce.number().int() }) }, async ({ body }) => Response.json(body));
    expect(
      await (await echo(get("/api/x", { method: "POST", body: JSON.stringify({ n: 3 }), headers: { "content-type": "application/json" } }))).json(),
    ).toEqual({ n: 3 });
    expect(await (await echo(get("/api/x", { method: "POST", body: new URLSearchParams({ n: "4" }) }))).json()).toEqual({ n: 4 });
    const broken = await echo(get("/api/x", { method: "POST", body: "{", headers: { "content-type": "application/json" } }));
    expect(await problemOf(broken)).toMatchObject({ status: 400 });
    const invalid = await echo(get("/api/x", { method: "POST", body: JSON.stringify({ n: "x" }), headers: { "content-type": "application/json" } }));
    expect((await problemOf(invalid)).errors[0].field).toBe("n");
  });
});

describe("other refusals", () => {
  it("maps validation, conflict and HTTP errors thrown by the handler", async () => {
    const throwing = (err: Error) =>
      route({ auth: "none" }, async () => {
        throw err;
      })(get());
    expect(await problemOf(await throwing(new ValidationError({ cols: "Colonne inconnue : x." })))).toMatchObject({
      status: 400,
      detail: "Colonne inconnue : x.",
      errors: [{ field: "cols", detail: "Colonne inconnue : x." }],
    });
    expect(await problemOf(await throwing(new ConflictError("Ce besoin a changé entre-temps.")))).toMatchObject({
      status: 409,
      title: "Conflit avec l'état actuel",
      detail: "Ce besoin a changé entre-temps.",
    });
    expect(await problemOf(await throwing(new PayloadTooLargeError("Le fichier dépasse 5 Mo.")))).toMatchObject({
      status: 413,
      title: "Contenu trop volumineux",
    });
    const limited = await throwing(new RateLimitedError(90));
    expect(limited.headers.get("retry-after")).toBe("90");
    expect(await problemOf(limited)).toMatchObject({ status: 429, detail: "Trop de tentatives. Réessayez dans 2 minutes." });
  });

  it("counts the rate limit per caller (user, else address) and answers 429 with Retry-After", async () => {
    const api = route({ auth: "required", rateLimit: { policy: "publicApi", per: "caller" } }, ok);
    limits.limited = true;
    const anonymous = await api(get("/api/x", { headers: { "x-forwarded-for": "203.0.113.7" } }));
    expect(anonymous.status).toBe(429);
    expect(anonymous.headers.get("retry-after")).toBe("42");
    expect(await problemOf(anonymous)).toMatchObject({ title: "Trop de requêtes", detail: "Trop de tentatives. Réessayez dans 42 secondes." });
    session.actor = member();
    expect((await api(get())).status).toBe(429);
    limits.limited = false;
    expect((await api(get())).status).toBe(200);
    expect(limits.keys).toEqual(["publicApi|ip:203.0.113.7", `publicApi|user:${member().userId}`, `publicApi|user:${member().userId}`]);
  });

  it("refuses a cross-site write when asked to", async () => {
    const upload = route({ auth: "optional", sameOrigin: true }, ok);
    const foreign = await upload(get("/api/x", { method: "POST", headers: { origin: "https://evil.example", host: "localhost" } }));
    expect(foreign.status).toBe(403);
    const own = await upload(get("/api/x", { method: "POST", headers: { origin: "http://localhost", host: "localhost" } }));
    expect(own.status).toBe(200);
  });

  it("answers an unexpected error with a 500 problem that does not leak the error, and logs it", async () => {
    const lines: string[] = [];
    setLoggerForTests(
      pino(
        {},
        {
          write: (line: string) => {
            lines.push(line);
          },
        },
      ),
    );
    try {
      const res = await route({ auth: "none" }, async () => {
        throw new Error("connection string postgres://secret");
      })(get("/api/boom"));
      const body = await problemOf(res);
      expect(body).toMatchObject({ status: 500, title: "Erreur interne" });
      expect(JSON.stringify(body)).not.toContain("secret");
    } finally {
      setLoggerForTests(undefined);
    }
    expect(lines.map((l) => JSON.parse(l))).toMatchObject([{ route: "/api/boom", err: { message: "connection string postgres://secret" } }]);
  });

  it("lets redirect() propagate", async () => {
    const res = route({ auth: "none" }, async () => redirect("/connexion"))(get());
    await expect(res).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
  });
});
