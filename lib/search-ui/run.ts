/** Runs a search page's query: an engine that is down gives null (the page says so), never an error page. */
import { getSearchEngine } from "@/search/index";
import { SearchUnavailableError, type SearchQuery, type SearchResult } from "@/search/engine";

export async function searchOrNull(query: SearchQuery): Promise<SearchResult | null> {
  try {
    return await getSearchEngine().search(query);
  } catch (err) {
    if (err instanceof SearchUnavailableError) return null;
    throw err;
  }
}
