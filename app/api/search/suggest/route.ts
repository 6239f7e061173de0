/**
 * Suggestions as you type (lib/search-ui/suggestions.ts says who may search which index). A query that cannot
 * match (no index, blank or long text) answers an empty list, not an error: the picker sends whatever is typed.
 */
import { getDb } from "@/lib/db";
import { ServiceUnavailableError } from "@/lib/http/errors";
import { route } from "@/lib/http/route";
import { suggest, SUGGESTION_INDEXES } from "@/lib/search-ui/suggestions";
import { z } from "@/lib/validation/zod";
import { SearchUnavailableError } from "@/search/engine";

const ZQuery = z.object({
  index: z.enum(SUGGESTION_INDEXES).optional().catch(undefined),
  q: z.string().trim().min(1).max(80).optional().catch(undefined),
});

export const GET = route({ auth: "optional", rateLimit: { policy: "suggestIp", per: "ip" }, query: ZQuery }, async ({ actor, query }) => {
  const { index, q } = query;
  if (!index || !q) return Response.json({ items: [] });
  try {
    const items = await suggest(getDb(), actor, index, q);
    return Response.json({ items }, { headers: { "Cache-Control": "private, max-age=30" } });
  } catch (err) {
    if (err instanceof SearchUnavailableError) throw new ServiceUnavailableError("La recherche est momentanément indisponible.");
    throw err;
  }
});
