/**
 * Query expansion by the trade vocabulary: groups of expressions that buyers and suppliers use for the same
 * thing (« traduction assermentée » ~ « traducteur juré »). When a need's text contains one expression of a
 * group, the others are added to its query with a lower weight, so a supplier who words its trade
 * differently is still found. The groups are data, in lib/matching/vocabulary-data/ (one file per family of trades): expressions are
 * written folded (lower case, no accents, words separated by spaces); a final « s » or « x » of each word is
 * tolerated in the need. Staff and contributors extend it there; docs/MATCHING.md explains the rule.
 */
import { TRADE_VOCABULARY } from "./vocabulary-data";

export { TRADE_VOCABULARY };

/** Folded form: lower case, no accents, every run of other characters one space. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PATTERNS = TRADE_VOCABULARY.map((group) =>
  group.map(
    (expr) =>
      new RegExp(
        `(?:^| )${expr
          .split(" ")
          .map((w) => `${escape(w)}(?:s|x)?`)
          .join(" ")}(?= |$)`,
      ),
  ),
);

/**
 * Every expression once, with its global pattern (compiled once: `spans` walks every occurrence), indexed by
 * the words it can start with (its first word, s/x tolerated): a text is searched only for the expressions
 * whose first word it contains, not for the whole vocabulary.
 */
const EXPRESSIONS = TRADE_VOCABULARY.flatMap((group, g) =>
  group.map((expr, i) => ({ g, i, words: expr.split(" ").length, re: new RegExp(PATTERNS[g][i].source, "g") })),
);
const BY_FIRST_WORD = new Map<string, number[]>();
EXPRESSIONS.forEach(({ g, i }, k) => {
  const first = TRADE_VOCABULARY[g][i].split(" ")[0];
  for (const w of [first, `${first}s`, `${first}x`]) BY_FIRST_WORD.set(w, [...(BY_FIRST_WORD.get(w) ?? []), k]);
});

/** Where the expression of global pattern `g` occurs in folded `text`: [start, end) character spans. */
function spans(g: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    const start = m.index + (m[0].startsWith(" ") ? 1 : 0);
    out.push([start, m.index + m[0].length]);
    g.lastIndex = m.index + 1;
  }
  return out;
}

/**
 * Which expressions occur in folded `text`, longest first: an expression inside a longer one that occurs
 * there does not count (« nettoyage » inside « nettoyage de vitres » is not office cleaning: maximal munch).
 * Returns, per group, the indexes of its expressions found.
 */
function found(text: string, multiWordOnly: boolean): Set<number>[] {
  const hits: { g: number; i: number; words: number; span: [number, number] }[] = [];
  const candidates = new Set<number>();
  for (const token of new Set(text.split(" "))) for (const k of BY_FIRST_WORD.get(token) ?? []) candidates.add(k);
  for (const k of candidates) {
    const { g, i, words, re } = EXPRESSIONS[k];
    if (multiWordOnly && words < 2) continue;
    for (const span of spans(re, text)) hits.push({ g, i, words, span });
  }
  hits.sort((a, b) => b.span[1] - b.span[0] - (a.span[1] - a.span[0]) || a.span[0] - b.span[0] || a.g - b.g || a.i - b.i);
  const taken: [number, number][] = [];
  const out = TRADE_VOCABULARY.map(() => new Set<number>());
  for (const h of hits) {
    const inside = taken.some(([s, e]) => h.span[0] >= s && h.span[1] <= e && !(h.span[0] === s && h.span[1] === e));
    if (inside) continue;
    taken.push(h.span);
    out[h.g].add(h.i);
  }
  return out;
}

/**
 * The expressions of every group the need evokes, except those it already says: what expands its query.
 * A group is evoked by any of its expressions in the title (what is bought), or by a multi-word expression
 * in the description: a single word there is often context (« archives comptables », « façade » of a
 * showroom whose windows are to be washed), and would drag a whole trade into the query. An expression
 * inside a longer one found in the same text does not evoke its group. Deterministic (groups and
 * expressions in the vocabulary's order).
 */
export function expansionsOf(title: string, description = ""): string[] {
  return expansionGroupsOf(title, description).flatMap((g) => g.expressions);
}

/**
 * The same expressions, one list per group evoked, and whether the title evokes it: the title says what is bought,
 * while a group evoked by the description alone is often the buyer's own trade (« Entreprise de gros œuvre : nous
 * cherchons deux véhicules 9 places », « Fabricant de produits laitiers frais ») and weighs less (needQuery).
 * `owned` is the part of the title that names the buyer's own premises or assets (« … de notre restaurant
 * d'entreprise », « … de nos presses »): any expression there evokes its group, but as the description does — it says
 * where the work is done, not what is bought.
 */
export function expansionGroupsOf(title: string, description = "", owned = ""): { expressions: string[]; inTitle: boolean }[] {
  const inTitle = found(fold(title), false);
  const inOwned = found(fold(owned), false);
  const inDescription = found(fold(description), true);
  const said = [fold(description), fold(owned)];
  const out: { expressions: string[]; inTitle: boolean }[] = [];
  TRADE_VOCABULARY.forEach((group, g) => {
    if (inTitle[g].size === 0 && inDescription[g].size === 0 && inOwned[g].size === 0) return;
    const added = group.filter((_, i) => !inTitle[g].has(i) && !said.some((text) => PATTERNS[g][i].test(text)));
    if (added.length) out.push({ expressions: added, inTitle: inTitle[g].size > 0 });
  });
  return out;
}
