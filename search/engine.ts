/**
 * The search interface both engines implement: PostgreSQL (embedded default, its own index tables) and
 * Meilisearch (when MEILI_HOST is set). Both are fed by the same indexer and pass the same contract
 * tests (tests/integration/search-contract*.test.ts). Pages and services depend on this interface only.
 */

/**
 * What can be searched: published needs, signatory companies (their published offers folded in), open
 * innovation challenges, and open skills sponsorship posts (expert offers and skill requests together).
 */
export const SEARCH_INDEXES = ["needs", "companies", "challenges", "skills"] as const;
export type SearchIndex = (typeof SEARCH_INDEXES)[number];

export interface GeoPoint {
  lat: number;
  lng: number;
}

export type FacetValue = string | number | boolean;

/** A document as the indexer sends it: flat fields, ids as strings, dates as epoch seconds. */
export interface SearchDocument {
  id: string;
  /** Highest weight. */
  title: string;
  /** NAF codes and labels, offer titles: weighted between title and body. */
  keywords: string[];
  /** Lowest weight: descriptions. */
  body: string;
  geo: GeoPoint | null;
  /** Filterable, facetable attributes: scalars or arrays of scalars. */
  attributes: Record<string, FacetValue | FacetValue[] | null>;
  /** Numeric attributes usable in range filters and sorts (e.g. deadline as epoch seconds). */
  numbers: Record<string, number | null>;
}

export interface SearchFilters {
  /** attribute → accepted values: OR within an attribute, AND across attributes. */
  equals?: Record<string, FacetValue[]>;
  /** numeric ranges on `numbers`, bounds included */
  ranges?: Record<string, { min?: number; max?: number }>;
  /** within radiusKm of a point */
  near?: GeoPoint & { radiusKm: number };
}

export type SearchSort = { by: "relevance" } | { by: "distance"; from: GeoPoint } | { by: "number"; field: string; direction: "asc" | "desc" };

export interface SearchQuery {
  index: SearchIndex;
  /** Free text; the last word is matched as a prefix (search as you type). Empty = browse. */
  text: string;
  filters?: SearchFilters;
  /** Attributes to count values of, over the filtered results. */
  facets?: string[];
  sort?: SearchSort;
  /** Distances are computed from here when given (shown in hits). */
  origin?: GeoPoint;
  page?: number;
  pageSize?: number;
}

export interface SearchHit {
  id: string;
  /** Title with <mark>…</mark> around matched words (HTML-escaped otherwise). */
  titleHighlight: string;
  /** A short excerpt of the body with <mark>…</mark>, or "" when nothing matched there. */
  snippet: string;
  distanceKm: number | null;
}

/**
 * Engines count matches up to this many, like Meilisearch's maxTotalHits (its default): past it, `total`
 * is this number and `totalIsExact` is false ("plus de 1 000 résultats"). Pages stop there too.
 */
export const MAX_TOTAL_HITS = 1000;

export interface SearchResult {
  hits: SearchHit[];
  /** Number of matches, at most MAX_TOTAL_HITS. */
  total: number;
  /** false when there are more matches than `total` (the count stopped at MAX_TOTAL_HITS). */
  totalIsExact: boolean;
  /** facet → value → count; exact when totalIsExact, otherwise counted over the first matches only. */
  facets: Record<string, Record<string, number>>;
  page: number;
  pageSize: number;
  tookMs: number;
}

export interface SearchEngine {
  readonly name: "postgres" | "meilisearch";
  /** Creates indexes and applies settings (idempotent). */
  setup(): Promise<void>;
  upsert(index: SearchIndex, documents: SearchDocument[]): Promise<void>;
  remove(index: SearchIndex, ids: string[]): Promise<void>;
  /** Empties an index (before a full rebuild). */
  clear(index: SearchIndex): Promise<void>;
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

/** Filterable attributes per index (Meilisearch needs them declared; the PostgreSQL engine checks them). */
export const FILTERABLE: Record<SearchIndex, readonly string[]> = {
  needs: ["kind", "section", "naf", "commune", "epci", "csr", "buyerId", "largeBuyer", "inTerritory"],
  companies: ["section", "naf", "commune", "epci", "headcount", "certifications", "largeBuyer", "hasOffers", "siren", "siret", "inTerritory"],
  // A challenge's place and sector are its posting company's.
  challenges: ["maturity", "reward", "budgetBand", "openToYoung", "confidential", "section", "naf", "commune", "epci", "companyId", "inTerritory"],
  // direction: "offer" (an expert lent by a large company) or "request" (a skill an SME needs).
  skills: ["direction", "seniority", "workMode", "section", "naf", "commune", "epci", "companyId", "inTerritory"],
};
export const SORTABLE_NUMBERS: Record<SearchIndex, readonly string[]> = {
  needs: ["deadline", "publishedAt", "budgetMax"],
  companies: ["createdAt"],
  challenges: ["deadline", "publishedAt"],
  skills: ["startsOn", "durationWeeks", "createdAt"],
};
