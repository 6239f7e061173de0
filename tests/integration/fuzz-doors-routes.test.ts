/**
 * Property-based fuzzing of the JSON route handlers (the real GET functions) with hostile query strings and
 * ids (tests/fuzz/arbitraries.ts): reference look-ups, search suggestions, API v1 matches, files, SIRENE
 * records and table exports never answer 500. The check is fuzz-doors-kit.ts's.
 */
import "./fuzz-doors-mocks";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe } from "vitest";
import { hostileString, idLike } from "../fuzz/arbitraries";
import { fuzzBudget, fuzzRoutes, ids, restoreConsole, type Route, setUpDoors } from "./fuzz-doors-kit";

const communesRoute = await import("@/app/api/reference/communes/route");
const nafRoute = await import("@/app/api/reference/naf/route");
const areasRoute = await import("@/app/api/reference/areas/route");
const suggestRoute = await import("@/app/api/search/suggest/route");
const matchesRoute = await import("@/app/api/v1/needs/[id]/matches/route");
const filesRoute = await import("@/app/api/files/[id]/route");
const sireneRoute = await import("@/app/api/cci/sirene/[id]/route");
const exportsRoute = await import("@/app/exports/[table]/route");

beforeAll(setUpDoors);
afterAll(restoreConsole);

const url = (path: string, params: Record<string, unknown>) => {
  const u = new URL(path, "http://localhost");
  for (const [k, v] of Object.entries(params)) if (v !== undefined) u.searchParams.set(k, String(v));
  return new NextRequest(u);
};
const params = <T>(p: T) => ({ params: Promise.resolve(p) });

const routes: Route[] = [
  { name: "GET /api/reference/communes", call: () => hostileString.map((q) => () => communesRoute.GET(url("/api/reference/communes", { q }))) },
  { name: "GET /api/reference/naf", call: () => hostileString.map((q) => () => nafRoute.GET(url("/api/reference/naf", { q }))) },
  { name: "GET /api/reference/areas", call: () => hostileString.map((q) => () => areasRoute.GET(url("/api/reference/areas", { q }))) },
  {
    name: "GET /api/search/suggest",
    call: () =>
      fc.tuple(fc.constantFrom("needs", "companies", "challenges", "skills", "x"), hostileString).map(
        ([index, q]) =>
          () =>
            suggestRoute.GET(url("/api/search/suggest", { index, q })),
      ),
  },
  {
    name: "GET /api/v1/needs/[id]/matches",
    call: () =>
      fc.tuple(idLike(ids.need), fc.oneof(hostileString, fc.constant("10"))).map(
        ([id, limit]) =>
          () =>
            matchesRoute.GET(url("/api/v1/needs/x/matches", { limit }), params({ id: id as string })),
      ),
  },
  {
    name: "GET /api/files/[id]",
    call: () => idLike(ids.need).map((id) => () => filesRoute.GET(new Request("http://localhost/api/files/x"), params({ id: id as string }))),
  },
  {
    name: "GET /api/cci/sirene/[id]",
    call: () => idLike(ids.need).map((id) => () => sireneRoute.GET(new Request("http://localhost/api/cci/sirene/x"), params({ id: id as string }))),
  },
  {
    name: "GET /exports/[table]",
    call: () =>
      fc.tuple(fc.oneof(fc.constantFrom("needs", "answers", "companies"), hostileString), hostileString, hostileString).map(
        ([table, format, cols]) =>
          () =>
            exportsRoute.GET(url("/exports/x", { format, cols, du: cols, au: format }), params({ table })),
      ),
  },
];

describe("fuzzing the doors: JSON routes", () => {
  fuzzRoutes(routes);
  fuzzBudget(routes.length);
});
