/**
 * Scores the matching on a labelled set, beside two simple baselines computed in the same run:
 * - "filter": the yes/no filter a directory offers — exact NAF code of the need and inside its perimeter,
 *   nearest first;
 * - "bm25": plain Okapi BM25 (k1 1.2, b 0.75) of the need's title and description against each company's
 *   name and description, same French analysis (search.fr), hard perimeter, no vocabulary, no NAF.
 * The set is loaded the way real data arrives: the SIRENE StockEtablissement file through the importer,
 * descriptions written to companies.description, every company a verified charter signatory.
 */
import { createReadStream, mkdirSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { territoryConfig } from "../../lib/config/territory";
import { areaContains, haversineKm, type Area } from "../../lib/matching/geo";
import { referenceCache } from "../../lib/matching/reference-cache";
import { currentWeights, rankSuppliersForNeed } from "../../lib/matching/service";
import { importSireneStream } from "../../lib/sirene/import";
import type { EvalNeed, EvalSet } from "./eval-set";
import { writeEvalSet } from "./eval-set";
import { mean, ndcgAt, precisionAt, recallAt, RELEVANT_GRADE } from "./metrics";

export interface Scores {
  ndcg10: number;
  p10: number;
  r20: number;
}
export interface NeedReport {
  needId: string;
  title: string;
  relevant: number;
  model: Scores;
  bm25: Scores;
  filter: Scores;
  alerted: number;
  alertedRelevant: number;
}
export interface EvalReport {
  needs: NeedReport[];
  model: Scores;
  bm25: Scores;
  filter: Scores;
  alertPrecision: number;
  alertRecall: number;
  alertThreshold: number;
  /** Alert precision and recall at other thresholds, to choose a weights version's threshold on figures. */
  alertSweep: { threshold: number; precision: number; recall: number }[];
  companies: number;
}

/** Imports the set into an empty database (migrated, reference data loaded). */
export async function loadEvalSet(db: Db, set: EvalSet, dir: string): Promise<number> {
  mkdirSync(dir, { recursive: true });
  writeEvalSet(set, dir);
  const result = await importSireneStream(db, createReadStream(path.join(dir, "stock-etablissement.csv")));
  if (result.rejectedCount) throw new Error(`SIRENE import rejected ${result.rejectedCount} rows: ${JSON.stringify(result.rejected.slice(0, 3))}`);
  const sirets = set.establishments.map((e) => e.sirene.siret);
  const descriptions = set.establishments.map((e) => e.description);
  await db.execute(sql`update companies c set description = nullif(d.description, '')
    from unnest(${sql.param(sirets)}::text[], ${sql.param(descriptions)}::text[]) as d(siret, description) where c.siret = d.siret`);
  await db.execute(sql`update companies set verification_status = 'verified', verified_at = now()`);
  await db.execute(sql`insert into charter_signatures (company_id, charter_version_id)
    select c.id, (select max(id) from charter_versions) from companies c on conflict do nothing`);
  return result.imported;
}

const scoresOf = (ranked: string[], grades: Map<string, number>): Scores => ({
  ndcg10: ndcgAt(ranked, grades, 10),
  p10: precisionAt(ranked, grades, 10),
  r20: recallAt(ranked, grades, 20),
});
const meanScores = (list: Scores[]): Scores => ({
  ndcg10: mean(list.map((s) => s.ndcg10)),
  p10: mean(list.map((s) => s.p10)),
  r20: mean(list.map((s) => s.r20)),
});

type CompanyRow = { siret: string; naf: string; commune: string; lexemes: string[]; tfs: number[] };

/**
 * judged: when given, only these companies count (the others are removed from every list before scoring: a
 * "condensed list", Sakai 2007), for a set whose other companies were never labelled against its needs.
 */
export async function evaluateSet(
  db: Db,
  set: EvalSet,
  log: (line: string) => void = () => {},
  dump?: unknown[],
  judged?: ReadonlySet<string>,
): Promise<EvalReport> {
  const counted = (siret: string) => !judged || judged.has(siret);
  const territory = territoryConfig().epciCode;
  const ref = await referenceCache(db);
  const weights = await currentWeights(db);
  // Baselines' view of the companies: active ones, their name + description analysed by search.fr.
  const { rows: companies } = await db.execute<CompanyRow>(sql`
    select c.siret, c.naf_code as naf, c.commune_code as commune,
      coalesce(array_agg(t.lexeme order by t.lexeme) filter (where t.lexeme is not null), '{}') as lexemes,
      coalesce(array_agg(coalesce(array_length(t.positions, 1), 1) order by t.lexeme) filter (where t.lexeme is not null), '{}') as tfs
    from companies c
    left join lateral unnest(to_tsvector('search.fr', coalesce(c.trade_name, '') || ' ' || c.legal_name || ' ' || coalesce(c.description, ''))) t on true
    where c.administrative_state = 'A'
    group by c.siret, c.naf_code, c.commune_code`);
  const df = new Map<string, number>();
  for (const c of companies) for (const l of c.lexemes) df.set(l, (df.get(l) ?? 0) + 1);
  const lengths = companies.map((c) => c.tfs.reduce((a, b) => a + b, 0));
  const avgdl = lengths.reduce((a, b) => a + b, 0) / Math.max(1, companies.length);
  const N = companies.length;

  const inPerimeter = (need: EvalNeed) => {
    const at = ref.communeByCode.get(need.communeCode)!;
    const area: Area = { kind: need.perimeterKind, radiusKm: need.perimeterRadiusKm, areas: need.perimeterAreas };
    return (commune: string) => {
      const place = ref.communeByCode.get(commune);
      if (!place) return { inside: false, km: Infinity };
      const km = haversineKm(at, place);
      return { inside: areaContains(area, km, place, territory).inside, km };
    };
  };

  const reports: NeedReport[] = [];
  let alerted = 0;
  let alertedRelevant = 0;
  let relevantTotal = 0;
  const sweep = [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7].map((threshold) => ({ threshold, alerted: 0, relevant: 0 }));
  let relevantAlerted = 0;
  for (const need of set.needs) {
    const grades = new Map(set.labels.filter((l) => l.needId === need.id).map((l) => [l.siret, l.grade]));
    const relevant = [...grades.values()].filter((g) => g >= RELEVANT_GRADE).length;

    const run = await rankSuppliersForNeed(db, {
      title: need.title,
      description: need.description,
      nafCodes: need.nafCodes,
      communeCode: need.communeCode,
      perimeterKind: need.perimeterKind,
      perimeterRadiusKm: need.perimeterRadiusKm,
      perimeterAreas: need.perimeterAreas,
      budgetMinEur: need.budgetMinEur,
      budgetMaxEur: need.budgetMaxEur,
    });
    const matches = run.matches.filter((m) => counted(m.siret));
    const model = matches.map((m) => m.siret);
    if (dump) {
      const bySiret = new Map(set.establishments.map((e) => [e.sirene.siret, e]));
      dump.push({
        need: need.id,
        title: need.title,
        description: need.description,
        naf: need.nafCodes,
        top: matches.slice(0, 15).map((m) => ({
          grade: grades.get(m.siret) ?? 0,
          score: m.score,
          naf: m.nafCode,
          specialty: bySiret.get(m.siret)?.specialty,
          quality: bySiret.get(m.siret)?.quality,
          parts: m.parts.map((p) => `${p.key}=${p.value.toFixed(2)}`).join(" "),
          text: m.parts.find((p) => p.key === "text")?.sentence,
          description: bySiret.get(m.siret)?.description.slice(0, 160),
        })),
        missed: [...grades]
          .filter(([s, g]) => g >= 2 && !model.slice(0, 10).includes(s))
          .map(([s, g]) => ({
            grade: g,
            rank: model.indexOf(s),
            naf: bySiret.get(s)?.sirene.activitePrincipaleEtablissement,
            quality: bySiret.get(s)?.quality,
            description: bySiret.get(s)?.description.slice(0, 160),
          })),
      });
    }

    const where = inPerimeter(need);
    // The baselines rank only the counted companies (BM25's statistics stay those of the whole territory).
    const placed = companies
      .filter((c) => counted(c.siret))
      .map((c) => ({ c, ...where(c.commune) }))
      .filter((x) => x.inside);
    const filter = placed
      .filter((x) => need.nafCodes.includes(x.c.naf))
      .sort((a, b) => a.km - b.km || (a.c.siret < b.c.siret ? -1 : 1))
      .map((x) => x.c.siret);

    const {
      rows: [q],
    } = await db.execute<{ lexemes: string[] }>(sql`
      select coalesce(array_agg(lexeme), '{}') as lexemes from unnest(to_tsvector('search.fr', ${`${need.title} ${need.description}`}))`);
    const bm25 = placed
      .map((x) => {
        const len = x.c.tfs.reduce((a, b) => a + b, 0);
        let s = 0;
        for (const term of q.lexemes) {
          const i = x.c.lexemes.indexOf(term);
          if (i < 0) continue;
          const n = df.get(term) ?? 0;
          const idf = Math.log(1 + (N - n + 0.5) / (n + 0.5));
          const tf = x.c.tfs[i];
          s += (idf * (tf * 2.2)) / (tf + 1.2 * (1 - 0.75 + (0.75 * len) / avgdl));
        }
        return { siret: x.c.siret, s };
      })
      .filter((x) => x.s > 0)
      .sort((a, b) => b.s - a.s || (a.siret < b.siret ? -1 : 1))
      .map((x) => x.siret);

    const alerts = matches.filter((m) => m.signatory && m.score >= weights.alertThreshold).map((m) => m.siret);
    for (const t of sweep) {
      const sent = matches.filter((m) => m.signatory && m.score >= t.threshold);
      t.alerted += sent.length;
      t.relevant += sent.filter((m) => (grades.get(m.siret) ?? 0) >= RELEVANT_GRADE).length;
    }
    const alertsRelevant = alerts.filter((s) => (grades.get(s) ?? 0) >= RELEVANT_GRADE).length;
    alerted += alerts.length;
    alertedRelevant += alertsRelevant;
    relevantTotal += relevant;
    relevantAlerted += alertsRelevant;

    const report: NeedReport = {
      needId: need.id,
      title: need.title,
      relevant,
      model: scoresOf(model, grades),
      bm25: scoresOf(bm25, grades),
      filter: scoresOf(filter, grades),
      alerted: alerts.length,
      alertedRelevant: alertsRelevant,
    };
    reports.push(report);
    log(
      `${need.id}  nDCG@10 ${report.model.ndcg10.toFixed(3)}  P@10 ${report.model.p10.toFixed(2)}  R@20 ${report.model.r20.toFixed(2)}` +
        `  | bm25 ${report.bm25.ndcg10.toFixed(3)}  filtre ${report.filter.ndcg10.toFixed(3)}  | alertes ${alerts.length} (${alertsRelevant} pertinentes)  ${need.title}`,
    );
  }
  return {
    needs: reports,
    model: meanScores(reports.map((r) => r.model)),
    bm25: meanScores(reports.map((r) => r.bm25)),
    filter: meanScores(reports.map((r) => r.filter)),
    alertPrecision: alerted ? alertedRelevant / alerted : Number.NaN,
    alertRecall: relevantTotal ? relevantAlerted / relevantTotal : Number.NaN,
    alertThreshold: weights.alertThreshold,
    alertSweep: sweep.map((t) => ({
      threshold: t.threshold,
      precision: t.alerted ? t.relevant / t.alerted : Number.NaN,
      recall: relevantTotal ? t.relevant / relevantTotal : Number.NaN,
    })),
    companies: set.establishments.length,
  };
}
