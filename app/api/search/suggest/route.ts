/**
 * Suggestions as you type: the first few titles for a query. Companies are public (the directory is);
 * needs only for those who may browse opportunities. A query that cannot match (no index, blank or long
 * text) answers an empty list, not an error: the picker sends whatever is typed.
 */
import { getDb } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { ServiceUnavailableError } from "@/lib/http/errors";
import { route } from "@/lib/http/route";
import { mayBrowseOpportunities } from "@/lib/needs/viewer";
import { z } from "@/lib/validation/zod";
import { SearchUnavailableError } from "@/search/engine";
import { getSearchEngine } from "@/search/index";

const ZQuery = z.object({
  index: z.enum(["needs", "companies"]).optional().catch(undefined),
  q: z.string().trim().min(1).max(80).optional().catch(undefined),
});
const stripMarks = (s: string) => s.replace(/<\/?mark>/g, "").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'");

export const GET = route({ auth: "optional", rateLimit: { policy: "suggestIp", per: "ip" }, query: ZQuery }, async ({ actor, query }) => {
  const { index, q } = query;
  if (!index || !q) return Response.json({ items: [] });
  if (index === "needs" && !(await mayBrowseOpportunities(getDb(), actor))) throw new ForbiddenError("Réservé aux entreprises vérifiées.");
  try {
    const result = await getSearchEngine().search({ index, text: q, pageSize: 6 });
    const items = result.hits.map((h) => ({ id: h.id, label: stripMarks(h.titleHighlight), href: index === "needs" ? `/besoins/${h.id}` : `/entreprises/${h.id}` }));
    return Response.json({ items }, { headers: { "Cache-Control": "private, max-age=30" } });
  } catch (err) {
    if (err instanceof SearchUnavailableError) throw new ServiceUnavailableError("La recherche est momentanément indisponible.");
    throw err;
  }
});
