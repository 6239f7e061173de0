/**
 * Text relevance of companies' profiles to a need, in one query on the postings that triggers keep
 * (match_terms, match_lexicon: migration 0010). Okapi BM25 over weighted fields (BM25F-style term
 * frequencies): for each lexeme of the need's query, idf × tf × (k1 + 1) / (tf + k1 × (1 − b + b × len / pivot)),
 * times the lexeme's query weight, summed per company. Only companies in the given communes are read, and
 * lexemes found in more than `maxShare` of all profiles (and more than `minCap`) are left out (« entreprise », « service »: they
 * tell nothing, and reading their postings would cost the most). Then pseudo-relevance feedback (RM3's idea):
 * the lexemes that characterise the best profiles of a first pass (Σ tf / length × idf) join the query with
 * a lower weight, so a supplier who words its trade like the best ones but not like the buyer is found too,
 * and the second pass ranks. The « best profiles » are those whose text and trade both fit: the first pass's
 * score times the « métier » likelihood of the profile's code (db/queries/match-trade.ts, computed here for the
 * codes of the 200 best first-pass profiles and those the caller asks for), so a look-alike of another trade that
 * shares the need's context words does not lend its words to the query. The query returns these likelihoods too:
 * the « métier » part scores them (lib/matching/trade.ts), no other query reads the need's words for it. The formula
 * is in docs/MATCHING.md § 3.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { executeNamed } from "../named-read";
import { exactSum } from "./exact-sum";
import { tradeLikelihoodSql, type TradeParams } from "./match-trade";

export interface TextQueryParts {
  /** The need's texts with their weights: title, description, vocabulary expansions. */
  texts: string[];
  weights: number[];
  /** Whether each text says what is bought (the title's head and the vocabulary groups it evokes); by default the first. */
  titled?: boolean[];
  /** The words of the need's texts in order, to name the lexemes that matched. */
  words: string[];
}

export interface Bm25Params {
  k1: number;
  b: number;
  pivotLength: number;
  /** Lexemes in more than this share of the profiles are left out… */
  maxShare: number;
  /** …unless they are in fewer than this many (a small territory keeps every word). */
  minCap: number;
  /** Postings read at most (Σ document frequencies of the lexemes kept, the most telling first). */
  readBudget: number;
  /** Pseudo-relevance feedback: profiles read after a first pass, lexemes taken from them, their weight at most. */
  fbDocs: number;
  fbTerms: number;
  fbWeight: number;
  fbBudget: number;
  /**
   * Word families: lexemes of the lexicon sharing a root with a lexeme of the need (derivationRoot) join the
   * query at this share of its weight (0: off). Snowball leaves « traducteur » apart from « traduct(ion) ».
   */
  variantWeight: number;
  /**
   * A profile's score × (titleFloor + (1 − titleFloor) × the share of the title's telling words it matches: Σ query
   * weight × idf of the title's lexemes and of their expansions it contains, over Σ idf of the title's own); 1: off.
   */
  titleFloor: number;
}

/**
 * Derivational suffixes left on Snowball's French stems (agent nouns, -age, -ure, -ier/-erie…), stripped to
 * compare families: traducteur/traduct(ion), nettoyeur/nettoyag(e), toitur(e)/toit, plombi(er)/plomber(ie).
 * A root shorter than DERIVATION_MIN_ROOT letters is not compared (the lexeme stands alone).
 */
export const DERIVATION_SUFFIX = "(ateur|atric|eur|euse|ric|ier|ien|i|er|ag|ur|it)$";
export const DERIVATION_MIN_ROOT = 4;

/** The root of a Snowball lexeme, as match_derivation_root computes it in SQL (migration 0023, same regular expression). */
export function derivationRoot(lexeme: string): string {
  const root = lexeme.replace(new RegExp(DERIVATION_SUFFIX), "");
  return root.length >= DERIVATION_MIN_ROOT ? root : lexeme;
}

export interface TextMatchRow {
  company_id: string;
  score: number;
  /** Matched lexemes, the most telling first. */
  lexemes: string[];
}

export interface TextMatches {
  rows: TextMatchRow[];
  /** Σ query weight × idf of the need's lexemes kept: what a profile of pivot length with each of them once would score. */
  ideal: number;
  /** Lexeme → the word of the need's text it comes from (first occurrence), to tell buyers which words matched. */
  words: Record<string, string>;
  /** NAF code → « métier » likelihood s(c) (db/queries/match-trade.ts) of the 200 best first-pass profiles' codes and of those asked for. */
  trade: Map<string, number>;
  /** Lexeme → query weight × idf of the need's lexemes kept: the need as a vector (lib/matching/focus.ts). */
  needWeights: Map<string, number>;
}

export async function textMatches(
  db: DbOrTx,
  q: TextQueryParts,
  communes: readonly string[],
  excludeCompanyId: string | null,
  limit: number,
  p: Bm25Params,
  /**
   * The « métier » (lib/matching/trade.ts): its parameters, which choose the first-pass profiles that feed back, and
   * codes whose likelihood is wanted besides those of these profiles; null: the text alone, no likelihoods.
   */
  trade: { params: TradeParams; codes: readonly string[] } | null = null,
): Promise<TextMatches> {
  if (q.texts.length === 0 || communes.length === 0) return { rows: [], ideal: 0, words: {}, trade: new Map(), needWeights: new Map() };
  const literal = (xs: readonly (string | number | boolean)[]) => `{${xs.join(",")}}`;
  const titled = q.texts.map((_, i) => q.titled?.[i] ?? i === 0);
  // A profile's score over the lexemes t joined to its postings m (both passes).
  const bm25 = exactSum(
    sql`t.qw * t.idf * m.tf * ${p.k1 + 1}::float8 / (m.tf + ${p.k1}::float8 * (1 - ${p.b}::float8 + ${p.b}::float8 * m.len / ${p.pivotLength}::float8))`,
  );
  const {
    rows: [result],
  } = await executeNamed<{
    hits: [string, number, string[]][] | null;
    ideal: number | null;
    words: Record<string, string> | null;
    trade: Record<string, number> | null;
    need_weights: Record<string, number> | null;
  }>(
    db,
    "match_text",
    sql`
    with src as materialized (
      select txt, w, ttl, ord from unnest(${sql.param(q.texts)}::text[], ${literal(q.weights)}::float8[], ${literal(titled)}::boolean[]) with ordinality as s(txt, w, ttl, ord)
    ), q0 as materialized (
      -- Each lexeme of the need once, with the best weight of the texts it appears in; whether it says what is
      -- bought (ttl: the title or a vocabulary group the title evokes) and whether the title itself has it (head).
      select t.lexeme, max(src.w) as qw, match_derivation_root(t.lexeme) as root, bool_or(src.ttl) as ttl, bool_or(src.ord = 1) as head
      from src cross join lateral unnest(to_tsvector('search.fr', src.txt)) as t group by t.lexeme
    ), variants as materialized (
      -- The need's word families: lexicon lexemes with the root of a need's lexeme, at a share of its weight.
      select v.lexeme, max(q0.qw) * ${p.variantWeight}::float8 as qw, min(q0.lexeme) as source, bool_or(q0.ttl) as ttl, false as head
      -- match_derivation_root (migration 0023) is indexed on match_lexicon: read by index, not by a pass.
      from q0 join match_lexicon v on match_derivation_root(v.lexeme) = q0.root
      where ${p.variantWeight}::float8 > 0 and v.df > 0 and v.lexeme not in (select lexeme from q0)
      group by v.lexeme
    ), q as materialized (
      select lexeme, qw, ttl, head from q0 union all select lexeme, qw, ttl, head from variants
    ), n as materialized (
      select coalesce((select df from match_lexicon where lexeme = ''), 0)::float8 as n
    ), terms as materialized (
      -- The most telling lexemes first (query weight × idf), as long as their postings fit the read budget:
      -- the commonest ones, which weigh least, are left out on large territories. Lexemes in more than
      -- maxShare of the profiles tell nothing and are never read.
      -- ord: the lexeme's rank in that order, to mark which ones a profile matched.
      select lexeme, qw, idf, ttl, head, ord from (
        select q.lexeme, q.qw, q.ttl, q.head, i.idf, l.df, sum(l.df) over (order by q.qw * i.idf desc, q.lexeme rows unbounded preceding) as reads,
          (row_number() over (order by q.qw * i.idf desc, q.lexeme) - 1)::int as ord
        from q join match_lexicon l on l.lexeme = q.lexeme cross join n
        cross join lateral (select ln(1 + (n.n - l.df + 0.5) / (l.df + 0.5)) as idf) i
        where l.df > 0 and l.df <= greatest(n.n * ${p.maxShare}::float8, ${p.minCap}::float8)
      ) x where reads - df < ${p.readBudget}
    ), reach as materialized (
      select unnest(${literal(communes)}::text[]) as commune_code
    ), title_mass as materialized (
      select coalesce(${exactSum(sql`idf`, sql`head`)}, 0)::float8 as tm from terms
    ), scored0 as materialized (
      -- tc: how much of what the title asks for the profile names (titleFloor … 1); 1 when the title has no telling word.
      -- bits, more: which lexemes it matched (the 63 most telling as bits of one integer, any others by rank), to
      -- name them for the kept profiles without reading their postings again.
      select m.company_id, ${bm25} as s,
        case when (select tm from title_mass) > 0
          then ${p.titleFloor}::float8 + (1 - ${p.titleFloor}::float8) * least(1, coalesce(${exactSum(sql`t.qw * t.idf`, sql`t.ttl`)}, 0) / (select tm from title_mass))
          else 1 end as tc,
        coalesce(bit_or(1::bigint << t.ord) filter (where t.ord < 63), 0) as bits, array_agg(t.ord) filter (where t.ord >= 63) as more
      from terms t join match_terms m on m.lexeme = t.lexeme join reach r on r.commune_code = m.commune_code
      where m.company_id is distinct from ${excludeCompanyId}::uuid
      group by m.company_id
    ), first as materialized (
      -- Only the 200 best first-pass profiles are weighed, their code read by primary key: the postings' index
      -- does not carry the code, and reading it there would cost an index-only scan.
      select s0.company_id, s0.s, c.naf_code
      from (select company_id, s * tc as s from scored0 order by s * tc desc, company_id limit 200) s0
      join companies c on c.id = s0.company_id
    ),
    -- The « métier » likelihoods of these profiles' codes and of the codes the caller asks for.
    ${tradeLikelihoodSql(trade?.params ?? null, sql`q0`, sql`array(select naf_code from first union select unnest(${literal(trade?.codes ?? [])}::text[]))`)},
    fit0 as materialized (
      -- How well a first-pass profile fits: its text score times its code's « métier » likelihood (0 at or below 0).
      -- A look-alike whose profile shares the need's context words (« contrat d'entretien », « salariés ») but whose
      -- code's profiles do not describe this kind of work does not feed back. The likelihood is used unscaled: the
      -- « métier » part's scaling by the best code changes no order and no share of the best fit.
      -- Without « métier », the text alone.
      select f.company_id, case when ${trade === null}::boolean then f.s else f.s * greatest(coalesce(tv.s, 0), 0) end as fs
      from first f left join trade tv on tv.naf_code = f.naf_code
    ), top0 as materialized (
      -- Only strong first-pass matches feed back (half the best fit at least): on a small territory the
      -- 8 best may include profiles that barely match, and their words would bring in anything.
      select company_id from fit0 where fs > 0 and fs >= 0.5 * (select max(fs) from fit0) order by fs desc, company_id limit ${p.fbDocs}
    ), fb as materialized (
      -- Pseudo-relevance feedback: the lexemes that characterise the best profiles (Σ tf / length × idf), not
      -- already in the need, weighted up to fbWeight, within their own read budget.
      select lexeme, ${p.fbWeight}::float8 * w / max(w) over () as qw, idf from (
        select f.lexeme, f.w, i.idf, l.df, sum(l.df) over (order by f.w * i.idf desc, f.lexeme rows unbounded preceding) as reads
        from (select m.lexeme, ${exactSum(sql`m.tf / m.len`)} as w from top0 join match_terms m on m.company_id = top0.company_id group by m.lexeme) f
        -- The lexicon read by key for each (offset 0 keeps it so: a hash join would scan all of it).
        cross join lateral (select df from match_lexicon where lexeme = f.lexeme offset 0) l cross join n
        cross join lateral (select ln(1 + (n.n - l.df + 0.5) / (l.df + 0.5)) as idf) i
        -- A feedback word must be rare whatever the territory's size: a word of most profiles (a common name,
        -- « SARL ») would bring in everyone.
        where f.lexeme not in (select lexeme from q) and l.df > 1 and l.df <= n.n * ${p.maxShare}::float8
        order by f.w * i.idf desc, f.lexeme limit ${p.fbTerms}
      ) x where reads - df < ${p.fbBudget}
    ), scored_fb as (
      -- Second pass: only the feedback lexemes' postings are read; the first pass's sums are reused.
      select m.company_id, ${bm25} as s
      from fb t join match_terms m on m.lexeme = t.lexeme join reach r on r.commune_code = m.commune_code
      where m.company_id is distinct from ${excludeCompanyId}::uuid
      group by m.company_id
    ), scored as (
      -- Both passes' sums. A profile found through the feedback lexemes alone names nothing of the title: it keeps
      -- titleFloor of its score.
      select coalesce(a.company_id, b.company_id) as company_id, (coalesce(a.s, 0) + coalesce(b.s, 0)) * coalesce(a.tc, ${p.titleFloor}::float8) as s,
        coalesce(a.bits, 0) as bits, a.more
      from scored0 a full join scored_fb b on b.company_id = a.company_id
    ), top as materialized (
      select company_id, s, bits, more from scored order by s desc, company_id limit ${limit}
    ), top_words as (
      -- The lexemes each kept profile matched, the most telling first. A profile found through the feedback
      -- lexemes alone has none (its sentence says so).
      select top.company_id, top.s,
        array(select t.lexeme from terms t where (t.ord < 63 and (top.bits >> t.ord) & 1 = 1) or t.ord = any(top.more) order by t.ord) as lexemes
      from top
    )
    select
      (select json_agg(json_build_array(company_id, s, lexemes) order by s desc, company_id) from top_words) as hits,
      (select ${exactSum(sql`qw * idf`)} from terms) as ideal,
      (select json_object_agg(lexeme, qw * idf) from terms) as need_weights,
      (select json_object_agg(naf_code, s) from trade) as trade,
      (select json_object_agg(lexeme, word) from (
        select lexeme, word from (
          select distinct on (t.lexeme) t.lexeme, w.word
          from unnest(${sql.param(q.words)}::text[]) with ordinality as w(word, ord) cross join lateral unnest(to_tsvector('search.fr', w.word)) as t
          order by t.lexeme, w.ord) named
        where lexeme in (select lexeme from terms)
        -- A family member is named by the need's word it comes from, as such.
        union all
        select v.lexeme, 'famille de « ' || named.word || ' »' from variants v join (
          select distinct on (t.lexeme) t.lexeme, w.word
          from unnest(${sql.param(q.words)}::text[]) with ordinality as w(word, ord) cross join lateral unnest(to_tsvector('search.fr', w.word)) as t
          order by t.lexeme, w.ord) named on named.lexeme = v.source
        where v.lexeme in (select lexeme from terms)) x) as words`,
  );
  return {
    rows: (result.hits ?? []).map(([company_id, score, lexemes]) => ({ company_id, score, lexemes })),
    ideal: result.ideal ?? 0,
    words: result.words ?? {},
    trade: new Map(Object.entries(result.trade ?? {})),
    needWeights: new Map(Object.entries(result.need_weights ?? {})),
  };
}
