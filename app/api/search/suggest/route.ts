/**
 * Suggestions as you type: the first few titles for a query. Companies are public (the directory is);
 * needs only for those who may browse opportunities.
 */
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { getActor } from "@/lib/auth/session";
import { mayBrowseOpportunities } from "@/lib/needs/viewer";
import { clientIp, rateLimits, tooManyRequestsResponse } from "@/lib/security/rate-limit";
import { SearchUnavailableError } from "@/search/engine";
import { getSearchEngine } from "@/search/index";

const ZQuery = z.object({ index: z.enum(["needs", "companies"]), q: z.string().trim().min(1).max(80) });
const stripMarks = (s: string) => s.replace(/<\/?mark>/g, "").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'");

export async function GET(request: NextRequest) {
  const limit = await rateLimits().hit("suggestIp", clientIp(request.headers));
  if (limit.limited) return tooManyRequestsResponse(limit);
  const parsed = ZQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ items: [] });
  const { index, q } = parsed.data;
  if (index === "needs" && !(await mayBrowseOpportunities(getDb(), await getActor()))) {
    return NextResponse.json({ error: "Réservé aux entreprises vérifiées." }, { status: 403 });
  }
  try {
    const result = await getSearchEngine().search({ index, text: q, pageSize: 6 });
    const items = result.hits.map((h) => ({ id: h.id, label: stripMarks(h.titleHighlight), href: index === "needs" ? `/besoins/${h.id}` : `/entreprises/${h.id}` }));
    return NextResponse.json({ items }, { headers: { "Cache-Control": "private, max-age=30" } });
  } catch (err) {
    if (err instanceof SearchUnavailableError) return NextResponse.json({ items: [], unavailable: true }, { status: 503 });
    throw err;
  }
}
