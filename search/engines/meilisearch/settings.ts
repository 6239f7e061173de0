/**
 * Meilisearch index settings, kept in code so setup() makes every server (dev, CI, production) identical,
 * and the index names: one prefix per deployment so several can share a server.
 */
import type { Settings } from "meilisearch";
import { FILTERABLE, MAX_TOTAL_HITS, SORTABLE_NUMBERS, type SearchIndex } from "../../engine";
import { FRENCH_STOP_WORDS, meiliSynonyms } from "../../synonyms";
import { numberAttr } from "./filter";

export const DEFAULT_INDEX_PREFIX = "circuit_court_";

/** The prefix from MEILI_INDEX_PREFIX (index uids allow only letters, digits, - and _). */
export function indexPrefix(env: Record<string, string | undefined> = process.env): string {
  const prefix = env.MEILI_INDEX_PREFIX ?? DEFAULT_INDEX_PREFIX;
  if (!/^[A-Za-z0-9_-]*$/.test(prefix)) throw new Error(`MEILI_INDEX_PREFIX may only hold letters, digits, - and _: ${prefix}`);
  return prefix;
}

export const indexUid = (prefix: string, index: SearchIndex) => `${prefix}${index}`;

/**
 * Ranking: Meilisearch's built-in rules with `sort` moved right after `words`, so that an explicit sort
 * (deadline, distance) orders every match strictly, as the PostgreSQL engine does; with no sort requested
 * the rule does nothing and relevance decides. "attribute" (not attributeRank/wordPosition, v1.36+) keeps
 * the list valid on every Meilisearch v1.
 */
export const RANKING_RULES = ["words", "sort", "typo", "proximity", "attribute", "exactness"];

export function indexSettings(index: SearchIndex): Settings {
  const numbers = SORTABLE_NUMBERS[index].map(numberAttr);
  return {
    // Weight order: title, then NAF codes/labels and offer titles, then descriptions.
    searchableAttributes: ["title", "keywords", "body"],
    filterableAttributes: [...FILTERABLE[index], ...numbers, "_geo"],
    sortableAttributes: [...numbers, "_geo"],
    rankingRules: RANKING_RULES,
    stopWords: FRENCH_STOP_WORDS,
    synonyms: meiliSynonyms(),
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    // Totals and pages stop at MAX_TOTAL_HITS, as on the PostgreSQL engine ("plus de 1 000 résultats").
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    // Enough for every NAF code or commune of a territory in a facet list.
    faceting: { maxValuesPerFacet: 200 },
  };
}
