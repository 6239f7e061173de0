/** Query text handling shared by the PostgreSQL engine: folding, tokenizing, building a tsquery. Pure. */
import { FRENCH_STOP_WORDS, synonymsOf } from "./synonyms";

const STOP = new Set(FRENCH_STOP_WORDS);

/** Lower-case, accents removed (the same folding as search.fold in SQL, for ASCII-able French). */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** Words of a query: folded, split on anything that is not a letter or digit, stop words removed, at most 8. */
export function tokenize(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !STOP.has(w))
    .slice(0, 8);
}

export interface TermGroup {
  term: string;
  /** The last word of the query is matched as a prefix (search as you type). */
  prefix: boolean;
  /** Synonyms and typo corrections, matched exactly. */
  alternatives: string[];
}

/** Synonym alternatives of each term (typo corrections are added by the engine from its vocabulary). */
export function termGroups(words: string[], corrections: Map<string, string[]> = new Map()): TermGroup[] {
  return words.map((term, i) => ({
    term,
    prefix: i === words.length - 1 && term.length >= 2,
    alternatives: [...new Set([...synonymsOf(term), ...(corrections.get(term) ?? [])])].filter((a) => a !== term),
  }));
}

/** "btp" → "(btp | batiment | construction | travaux)"; multi-word synonyms become phrases (a <-> b). */
export function toTsQuery(groups: TermGroup[]): string {
  const lexeme = (w: string) => w.split(/\s+/).filter(Boolean).join(" <-> ");
  return groups
    .map((g) => {
      const parts = [g.prefix ? `${g.term}:*` : g.term, ...g.alternatives.map(lexeme)];
      return parts.length === 1 ? parts[0] : `(${parts.map((p) => (p.includes("<->") ? `(${p})` : p)).join(" | ")})`;
    })
    .join(" & ");
}
