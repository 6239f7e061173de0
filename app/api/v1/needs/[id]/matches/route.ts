/**
 * GET /api/v1/needs/{id}/matches?limit=N — the stored ranking of a need's suppliers, with each score's
 * parts. Companies only (name, SIRET, commune): no personal data. For the need's company and CCI staff;
 * anyone else gets 404 (the need's existence does not leak), anonymous callers 401. Counted against the
 * public API's rate limit, per caller.
 */
import { getDb } from "@/db/client";
import { route } from "@/lib/http/route";
import { matchesForNeed } from "@/lib/matching/service";
import { z } from "@/lib/validation/zod";

export const GET = route({
  auth: "required",
  unauthenticated: "Authentification requise.",
  notFound: "Besoin introuvable.",
  rateLimit: { policy: "publicApi", per: "caller" },
  params: z.object({ id: z.uuid() }),
  query: z.object({ limit: z.coerce.number().int().min(1).max(200).catch(50) }),
}, async ({ actor, params, query }) => {
  const result = await matchesForNeed(getDb(), actor, params.id, { limit: query.limit });
  return Response.json({ ...result, computedAt: result.computedAt.toISOString() }, { headers: { "Cache-Control": "private, no-store" } });
});
