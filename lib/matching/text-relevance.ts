/**
 * The "text" part's input: how well a supplier's profile and offers match the need's words, read from
 * the search engine (companies index: verified signatories with their published offers). The engine ANDs
 * the words of a query, so the title and each activity label are asked separately and a company keeps its
 * best position: value = 1 − position / 200 (first hit 1, 200th hit 0.005, not found 0).
 */
import type { GeoPoint, SearchEngine, SearchFilters } from "@/search/engine";

export const TEXT_HITS = 200;
const PAGE = 100;
let warned = false;

export interface TextQuery {
  title: string;
  activityLabels: string[];
  /** Narrows hits to the need's surroundings so 200 hits are not spent on far-away companies. */
  near: (GeoPoint & { radiusKm: number }) | null;
  territoryOnly: boolean;
}

export async function textRelevance(engine: SearchEngine | null, q: TextQuery): Promise<Map<string, number>> {
  const best = new Map<string, number>();
  if (!engine) return best;
  const texts = [...new Set([q.title, ...q.activityLabels.slice(0, 3)].map((t) => t.trim()).filter(Boolean))];
  const filters: SearchFilters = {
    ...(q.near ? { near: q.near } : {}),
    ...(q.territoryOnly ? { equals: { inTerritory: [true] } } : {}),
  };
  try {
    const pages = await Promise.all(texts.flatMap((text) => [1, 2].map(async (page) => ({
      page, result: await engine.search({ index: "companies", text, filters, sort: { by: "relevance" }, page, pageSize: PAGE }),
    }))));
    for (const { page, result } of pages) {
      result.hits.forEach((hit, i) => {
        const value = 1 - ((page - 1) * PAGE + i) / TEXT_HITS;
        if (value > (best.get(hit.id) ?? 0)) best.set(hit.id, value);
      });
    }
  } catch (err) {
    // Ranking goes on without the text part; said once per process, not once per need.
    if (!warned) console.warn("[matching] search engine unavailable, text part set to 0:", err instanceof Error ? err.message : err);
    warned = true;
    best.clear();
  }
  return best;
}
