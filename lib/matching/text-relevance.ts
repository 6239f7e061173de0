/**
 * The "text" part's input: how well each supplier's profile (name, description, offers, references,
 * certifications, activity labels) answers the need's words, computed in PostgreSQL from the platform's
 * own tables (db/queries/match-text.ts, BM25), so a ranking is the same whichever engine serves search.
 * The need's query is its title, its description and the trade vocabulary's expansions of both
 * (lib/matching/vocabulary.ts), each with its weight. docs/MATCHING.md § 3 gives the formula.
 */
import type { DbOrTx } from "@/db/client";
import { textMatches, type Bm25Params } from "@/db/queries/match-text";
import type { TradeParams } from "@/db/queries/match-trade";
import type { TextRelevance } from "./types";
import { expansionGroupsOf } from "./vocabulary";
import { NEIGHBOURS, smoothOverNeighbours } from "./neighbours";
import { profileVectors } from "@/db/queries/match-vectors";
import { readTogether } from "@/db/read-together";
import { withoutStopWords } from "./stop-words";
import { withoutPlaceNames, type PlaceNames } from "./place-names";
import { focusFactors } from "./focus";

/**
 * Okapi BM25's usual saturation (k1) and length normalisation (b = 0.75: better than 0.5 on both evaluation
 * seeds) around a typical profile's length; * lexemes in more than a fifth of the profiles left out; at most 20,000 postings read per pass.
 */
export const BM25: Bm25Params = {
  k1: 1.2,
  b: 0.75,
  pivotLength: 50,
  maxShare: 0.2,
  minCap: 1000,
  readBudget: 20_000,
  // Pseudo-relevance feedback: the 40 lexemes that best characterise the 8 profiles that fit best (text × métier)
  // join the query at 0.7 of a need's word at most, their postings read within 10,000 (20 within 5,000 gained
  // 0.003 to 0.006 less nDCG@10 on three evaluation seeds).
  fbDocs: 8,
  fbTerms: 40,
  fbWeight: 0.7,
  fbBudget: 10_000,
  // Word families (traducteur ~ traduction, toiture ~ toit) weigh as the need's own word: 0.5 gained half as much on both seeds.
  variantWeight: 1,
  // The title says what is bought: a profile's score is scaled by 0.5 + 0.5 × the share of the title's telling
  // words (idf mass, expansions of the groups it evokes included) it matches. A look-alike that answers many
  // context words of the description but not the title's object sinks. 0.3 and 0.7 did less well on both
  // the evaluation set and the held-out one (docs/MATCHING.md § 9).
  titleFloor: 0.5,
};
/**
 * Weights of the query's texts: the title says what is bought; the description adds detail (0.7 rather than 0.6
 * once the text part weighs 0.62: nDCG@10 +0.004 on the mean of five evaluation seeds, four of them up); expansions are looser,
 * and those of a group only the description evokes looser still (often the buyer's own trade: with 0.25, nDCG@10
 * 0.856, 0.822, 0.801 on three evaluation seeds; with 0.1, 0.869, 0.823, 0.819; with 0, 0.870 on the first).
 */
export const QUERY_WEIGHTS = { title: 1, description: 0.7, expansion: 0.25, descriptionExpansion: 0.1 } as const;
/** Best text matches read per need, besides the activity-based candidates. */
export const TEXT_CANDIDATES = 300;
/**
 * value = score / max(best score of the need, IDEAL_SHARE × ideal): the best profile gets full marks only when
 * it answers a fair share of the need's telling words, so a need nobody really answers gives nobody full marks.
 */
export const IDEAL_SHARE = 0.35;
/**
 * Share of a best match's text value that depends on how much of its profile is about the need (lib/matching/focus.ts).
 * 0.3 raised nDCG@10 on the five evaluation seeds of the main set (mean 0.8632 → 0.8656, none down) and on the three
 * seeds of a catalogue written blind (held-out-4: 0.919 / 0.908 / 0.925 → 0.922 / 0.910 / 0.929); 0.15 and 0.5 did less
 * well on the default seed (docs/MATCHING.md § 9).
 */
export const FOCUS_WEIGHT = 0.3;
/** Words named in the sentence. */
const SENTENCE_WORDS = 4;

export interface NeedText {
  title: string;
  description?: string;
  /** The territory's commune names (place-names.ts): left out of the query where the need writes them as names. */
  places?: PlaceNames;
}

/**
 * A title names what is bought first, then often what it is for or where: « Vidéo de présentation pour le
 * recrutement », « Test d'intrusion de notre portail clients avant mise en ligne ». The part from such a
 * connective on is context (not « de notre… », « avec… »: « Refonte de notre logo », « Séminaire avec team
 * building » name what is bought there): it weighs as the description does and evokes the vocabulary as the description
 * does (multi-word expressions only), so « recrutement » does not bring recruitment agencies to a video need.
 */
const CONTEXT_START = /\s(?:pour|avant|après|apres|afin|lors|durant|pendant|en vue)\s/iu;

export function splitTitle(title: string): { head: string; context: string } {
  const m = CONTEXT_START.exec(title);
  // A title that starts with a connective has no head to split off.
  if (!m || m.index === 0) return { head: title.trim(), context: "" };
  return { head: title.slice(0, m.index).trim(), context: title.slice(m.index).trim() };
}

/**
 * From « notre » / « nos » on, a title names the buyer's own premises or assets (« Rénovation de la cuisine *de notre
 * restaurant d'entreprise* », « Entretien des évacuations *de notre cuisine centrale* »): its words still weigh as
 * the title's, but a trade of the vocabulary they evoke is context, as in the description (restaurant d'entreprise
 * ~ contract catering). nDCG@10 +0.003 on the mean of five evaluation seeds.
 */
const OWNED_START = /\s(?:notre|nos)\s/iu;

export function splitOwned(head: string): { object: string; owned: string } {
  const m = OWNED_START.exec(head);
  if (!m) return { object: head, owned: "" };
  return { object: head.slice(0, m.index).trim(), owned: head.slice(m.index).trim() };
}

/**
 * Quantities say how much, not what: « 1 200 m² », « 12 camionnettes », « 80 cadres » would match any profile
 * with the same figure. A number stays when it names a standard or a model (« ISO 9001 », « EN 9100 »,
 * « DN80 », « NF C 18-510 »): right after an upper-case acronym, or joined to letters.
 */
export function withoutQuantities(text: string): string {
  return text.replace(/(^|[^\p{L}\p{N}-])(\d[\d\s.,]*\d|\d)(?![\p{L}\p{N}-])/gu, (whole, before: string, _n: string, offset: number) => {
    const preceding = text.slice(Math.max(0, offset - 8), offset + before.length);
    return /\b\p{Lu}{1,5}\s?$/u.test(preceding) ? whole : `${before} `;
  });
}

export function needQuery(need: NeedText) {
  const { head, context } = splitTitle(withoutQuantities(withoutPlaceNames(need.title, need.places)));
  const texts: string[] = [withoutStopWords(head)];
  const weights: number[] = [QUERY_WEIGHTS.title];
  const titled: boolean[] = [true];
  const description = withoutQuantities([context, withoutPlaceNames(need.description?.trim() ?? "", need.places)].filter(Boolean).join(". "));
  const descriptionWords = withoutStopWords(description);
  if (descriptionWords) {
    texts.push(descriptionWords);
    weights.push(QUERY_WEIGHTS.description);
    titled.push(false);
  }
  const { object, owned } = splitOwned(head);
  for (const group of expansionGroupsOf(object, description, owned)) {
    texts.push(group.expressions.map(withoutStopWords).join(" . "));
    weights.push(group.inTitle ? QUERY_WEIGHTS.expansion : QUERY_WEIGHTS.descriptionExpansion);
    titled.push(group.inTitle);
  }
  const words = [
    ...new Set(
      texts
        .join(" ")
        .split(/[^\p{L}\p{N}-]+/u)
        .filter((w) => w.length > 1),
    ),
  ];
  return { texts, weights, titled, words };
}

export interface TextFound {
  /** Suppliers of the perimeter whose profile shares telling words with the need (the others: absent, 0). */
  relevance: Map<string, TextRelevance>;
  /** NAF code → « métier » likelihood (db/queries/match-trade.ts) of the matched profiles' codes and of the codes asked for. */
  likelihoods: Map<string, number>;
}

/**
 * Relevance of the suppliers of `communes` to the need's text. With `trade` (the « métier » parameters,
 * lib/matching/trade.ts, and codes whose likelihood is wanted), the « métier » of the first pass's profiles chooses
 * those the feedback learns from; without, the text alone and no likelihoods.
 */
export async function textRelevance(
  db: DbOrTx,
  need: NeedText,
  communes: readonly string[],
  excludeCompanyId: string | null,
  opts: {
    limit?: number;
    trade?: { params: TradeParams; codes: readonly string[] } | null;
    /** Another read of the matched suppliers (the ranking's details of them), made while the similar profiles are read. */
    alongside?: (ids: readonly string[]) => Promise<unknown>;
  } = {},
): Promise<TextFound> {
  const found = await textMatches(db, needQuery(need), communes, excludeCompanyId, opts.limit ?? TEXT_CANDIDATES, BM25, opts.trade ?? null);
  const out = new Map<string, TextRelevance>();
  const scale = Math.max(found.rows[0]?.score ?? 0, IDEAL_SHARE * found.ideal);
  if (scale <= 0) return { relevance: out, likelihoods: found.trade };
  for (const row of found.rows) {
    const words = [...new Set(row.lexemes.map((l) => found.words[l] ?? l))].slice(0, SENTENCE_WORDS);
    out.set(row.company_id, { value: Math.min(1, row.score / scale), words });
  }
  const alongside = opts.alongside ?? (async () => {});
  const [blended] = await readTogether(db, [() => focusThenBlend(db, out, found.needWeights), () => alongside([...out.keys()])]);
  return { relevance: blended, likelihoods: found.trade };
}

/**
 * The best matches' values, scaled by how much of each profile is about the need (lib/matching/focus.ts), then blended
 * with those of the profiles that resemble each one most, among them (lib/matching/neighbours.ts): a short profile of
 * the right trade rises with its kind, a look-alike that happens to share the need's words sinks to its own. Each keeps
 * the words its own profile matched.
 */
async function focusThenBlend(
  db: DbOrTx,
  relevance: Map<string, TextRelevance>,
  needWeights: ReadonlyMap<string, number>,
): Promise<Map<string, TextRelevance>> {
  // found.rows come best first (score, then identifier): the pool is the best NEIGHBOURS.pool of them.
  const pool = [...relevance].slice(0, NEIGHBOURS.pool);
  if (pool.length < 2) return relevance;
  const ids = pool.map(([id]) => id);
  const vectors = await profileVectors(db, ids);
  const focus = focusFactors(ids, vectors, needWeights, FOCUS_WEIGHT);
  const own = new Map(pool.map(([id, r]) => [id, r.value * (focus.get(id) ?? 1)]));
  const blended = smoothOverNeighbours(ids, own, vectors, NEIGHBOURS);
  for (const [id, r] of pool) relevance.set(id, { value: blended.get(id) ?? r.value, words: r.words });
  return relevance;
}
