/**
 * The search interface both engines implement: PostgreSQL (embedded default, own index tables) and
 * Meilisearch (when MEILI_HOST is set). Both are fed by the same indexer and pass the same contract tests.
 * Pages and services depend on this interface only.
 */

/** What can be searched: published needs, signatory companies, published offers. */
export type SearchIndex = "needs" | "companies" | "offers";

export interface GeoPoint { lat: number; lng: number }

/** A document as the indexer sends it: flat fields, ids as strings, dates as epoch seconds. */
export interface SearchDocument {
  id: string;
  title: string;
  /** NAF codes and labels; weighted between title and body. */
  activities: string[];
  body: string;
  geo?: GeoPoint;
  /** Filterable / facetable attributes (commune, EPCI, NAF section, headcount band, labels, kind…). */
  facets: Record<string, string | string[] | number | boolean | null>;
}

export type FilterValue = string | number | boolean;

export interface SearchFilters {
  /** attribute → accepted values (OR within an attribute, AND across attributes) */
  equals?: Record<string, FilterValue[]>;
  /** numeric ranges, bounds included */
  ranges?: Record<string, { min?: number; max?: number }>;
  /** within radiusKm of a point */
  near?: GeoPoint & { radiusKm: number };
}

export type SearchSort = "relevance" | "distance" | { attribute: string; direction: "asc" | "desc" };

export interface SearchQuery {
  index: SearchIndex;
  text: string;
  filters?: SearchFilters;
  facets?: string[];
  sort?: SearchSort;
  /** the point distances are measured from (sort by distance, distance in hits) */
  origin?: GeoPoint;
  page?: number;
  pageSize?: number;
}

export interface SearchHit {
  id: string;
  score: number;
  /** title / body excerpts with <mark>…</mark> around matched words */
  highlights: { title?: string; body?: string };
  distanceKm?: number;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** facet → value → count */
  facets: Record<string, Record<string, number>>;
  page: number;
  pageSize: number;
  tookMs: number;
}

export interface SearchEngine {
  readonly name: "postgres" | "meilisearch";
  upsert(index: SearchIndex, documents: SearchDocument[]): Promise<void>;
  remove(index: SearchIndex, ids: string[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** false when the engine cannot answer (pages then say search is temporarily unavailable). */
  health(): Promise<{ ok: boolean; detail?: string }>;
}

/** Thrown by engines when they cannot answer; pages show a French "temporarily unavailable" message. */
export class SearchUnavailableError extends Error {
  constructor(engine: string, cause?: unknown) {
    super(`Search engine ${engine} is unavailable`, { cause });
    this.name = "SearchUnavailableError";
  }
}
