/**
 * GET /api/v1/needs/{id}/matches?limit=N — the stored ranking of a need's suppliers, with each score's
 * parts. Companies only (name, SIRET, commune): no personal data. For the need's company (its API token or
 * a signed-in member) and CCI staff (signed in); anyone else gets 404 (the need's existence does not leak),
 * anonymous callers 401. Counted against the public API's rate limit, per token or caller.
 */
import { apiJson, apiRoute } from "@/lib/api/route";
import { ZIdParams, ZMatches, ZMatchesQuery } from "@/lib/api/schemas";
import { matchesForNeed } from "@/lib/matching/service";

export const GET = apiRoute(
  { scope: "read", session: true, notFound: "Besoin introuvable.", params: ZIdParams, query: ZMatchesQuery },
  async ({ db, actor, params, query }) => {
    const result = await matchesForNeed(db, actor, params.id, { limit: query.limit });
    return apiJson(ZMatches, { ...result, computedAt: result.computedAt.toISOString() });
  },
);
