/**
 * Search documents of the programme's two other axes (issue 19): open innovation challenges and open skills
 * sponsorship posts. They hold only what the pages show to those who may search them:
 * - a challenge: title, public summary, and its full text (problem, context, expected solution) only when it
 *   is not confidential — the NDA-protected text never reaches an engine, which could match or quote it;
 * - a skills post: the skill, profession, seniority, rhythm and place; never the person behind an expert
 *   offer (no user is read), its daily cost, nor its free description (the pages do not show it either).
 * Only published challenges before their deadline and open posts, of companies that are not suspended, have a
 * document: anything else is removed.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { BUDGET_BAND_LABELS, MATURITY_LABELS, REWARD_LABELS } from "@/lib/challenges/labels";
import { territoryConfig } from "@/lib/config/territory";
import { NAF_SECTIONS } from "@/lib/naf/sections";
import { SENIORITY_LABELS, WORK_MODE_LABELS } from "@/lib/skills/labels";
import { cleanDocument } from "./documents";
import type { SearchDocument } from "./engine";

type Naf = { code: string; label: string; section: string }[];
const sectionLabel = (code: string) => NAF_SECTIONS.find((s) => s.code === code)?.label ?? "";
const epoch = (d: Date | string | null) => (d ? Math.floor(new Date(d).getTime() / 1000) : null);
const nafKeywords = (naf: Naf) => [...naf.map((f) => `${f.code} ${f.label}`), ...[...new Set(naf.map((f) => f.section))].map(sectionLabel)];
const place = (r: { company_id: string; commune_code: string; epci_code: string | null; naf: Naf }, territory: string) => ({
  section: [...new Set(r.naf.map((f) => f.section))],
  naf: r.naf.map((f) => f.code),
  commune: r.commune_code,
  epci: r.epci_code,
  companyId: r.company_id,
  inTerritory: r.epci_code === territory,
});
/** The company's main activity, with its label and section. */
const companyNaf = sql`coalesce((select json_agg(json_build_object('code', f.code, 'label', f.label, 'section', f.section))
  from naf_codes f where f.code = co.naf_code), '[]')`;

export type ChallengeRowForSearch = {
  id: string;
  title: string;
  summary: string;
  problem: string;
  context: string;
  expected_solution: string;
  confidential: boolean;
  maturity: keyof typeof MATURITY_LABELS;
  reward: keyof typeof REWARD_LABELS;
  budget_band: keyof typeof BUDGET_BAND_LABELS;
  open_to_young: boolean;
  deadline: Date;
  published_at: Date | null;
  company_id: string;
  company_name: string;
  commune_code: string;
  epci_code: string | null;
  lat: number;
  lng: number;
  naf: Naf;
};

/** A challenge's document; the full text only when it is not confidential. Pure, so tests hold the NDA rule. */
export function challengeDocument(r: ChallengeRowForSearch, territory: string): SearchDocument {
  const fullText = r.confidential ? [] : [r.problem, r.context, r.expected_solution];
  return cleanDocument({
    id: r.id,
    title: r.title,
    keywords: [MATURITY_LABELS[r.maturity], REWARD_LABELS[r.reward], BUDGET_BAND_LABELS[r.budget_band], r.company_name, ...nafKeywords(r.naf)],
    body: [r.summary, ...fullText].filter(Boolean).join("\n"),
    // Where the posting company is: a challenge has no place of its own.
    geo: { lat: r.lat, lng: r.lng },
    attributes: {
      maturity: r.maturity,
      reward: r.reward,
      budgetBand: r.budget_band,
      openToYoung: r.open_to_young,
      confidential: r.confidential,
      ...place(r, territory),
    },
    numbers: { deadline: epoch(r.deadline), publishedAt: epoch(r.published_at) },
  });
}

export async function challengeDocuments(db: DbOrTx, ids: string[], now = new Date()): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  // The NDA's own text is not read at all; the full text is read and dropped by challengeDocument when confidential.
  const { rows } = await db.execute<ChallengeRowForSearch>(sql`
    select ch.id, ch.title, ch.summary, ch.problem, ch.context, ch.expected_solution, ch.confidential, ch.maturity, ch.reward, ch.budget_band,
      ch.open_to_young, ch.deadline, ch.published_at, ch.company_id, coalesce(co.trade_name, co.legal_name) as company_name,
      co.commune_code, c.epci_code, c.lat, c.lng, ${companyNaf} as naf
    from challenges ch join companies co on co.id = ch.company_id and co.suspended_at is null join communes c on c.insee_code = co.commune_code
    where ch.id = any(${sql.param(ids)}::uuid[]) and ch.status = 'published' and ch.deadline > ${now.toISOString()}::timestamptz`);
  const territory = territoryConfig().epciCode;
  return rows.map((r) => challengeDocument(r, territory));
}

export type SkillPostRowForSearch = {
  id: string;
  direction: "offer" | "request";
  skill: string;
  profession: string | null;
  seniority: keyof typeof SENIORITY_LABELS | null;
  purpose: string | null;
  days_per_week: number;
  duration_weeks: number;
  starts_on: number;
  work_mode: keyof typeof WORK_MODE_LABELS;
  created_at: Date;
  company_id: string;
  company_name: string;
  commune_code: string;
  commune_name: string;
  epci_code: string | null;
  lat: number;
  lng: number;
  naf: Naf;
};

/** A skills post's document: an offer says what the expert does, never who; a request says what for. Pure. */
export function skillPostDocument(r: SkillPostRowForSearch, territory: string): SearchDocument {
  const rhythm = `${r.days_per_week} ${r.days_per_week > 1 ? "jours" : "jour"} par semaine pendant ${r.duration_weeks} ${r.duration_weeks > 1 ? "semaines" : "semaine"}`;
  const mode = `${WORK_MODE_LABELS[r.work_mode]}, ${r.commune_name}`;
  const seniority = r.seniority ? SENIORITY_LABELS[r.seniority] : null;
  return cleanDocument({
    id: r.id,
    title: r.skill,
    keywords: [r.profession, seniority, WORK_MODE_LABELS[r.work_mode], r.company_name, r.commune_name, ...nafKeywords(r.naf)].filter((k): k is string =>
      Boolean(k),
    ),
    body:
      r.direction === "offer"
        ? [`${r.profession ?? ""}${seniority ? `, ${seniority.toLowerCase()}` : ""}`, rhythm, mode].join(" · ")
        : [r.purpose ?? "", `${rhythm} · ${mode}`].join("\n"),
    geo: { lat: r.lat, lng: r.lng },
    attributes: { direction: r.direction, seniority: r.seniority, workMode: r.work_mode, ...place(r, territory) },
    numbers: { startsOn: r.starts_on, durationWeeks: r.duration_weeks, createdAt: epoch(r.created_at) },
  });
}

/** Offers and requests share one index (their ids are distinct UUIDs): an id is looked up in both tables. */
export async function skillPostDocuments(db: DbOrTx, ids: string[]): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.execute<SkillPostRowForSearch>(sql`
    with posts as (
      select o.id, 'offer' as direction, o.skill, o.profession, o.seniority::text, null::text as purpose, o.days_per_week, o.duration_weeks,
        o.available_from as starts_on, o.work_mode::text, o.commune_code, o.company_id, o.created_at
      from skill_offers o where o.id = any(${sql.param(ids)}::uuid[]) and o.status = 'open'
      union all
      select r.id, 'request', r.skill, null, null, r.purpose, r.days_per_week, r.duration_weeks, r.start_from, r.work_mode::text, r.commune_code,
        r.company_id, r.created_at
      from skill_requests r where r.id = any(${sql.param(ids)}::uuid[]) and r.status = 'open')
    select p.id, p.direction, p.skill, p.profession, p.seniority, p.purpose, p.days_per_week, p.duration_weeks,
      extract(epoch from p.starts_on::timestamp)::float8 as starts_on, p.work_mode, p.created_at, p.company_id,
      coalesce(co.trade_name, co.legal_name) as company_name, p.commune_code, c.name as commune_name, c.epci_code, c.lat, c.lng, ${companyNaf} as naf
    from posts p join companies co on co.id = p.company_id and co.suspended_at is null join communes c on c.insee_code = p.commune_code`);
  const territory = territoryConfig().epciCode;
  return rows.map((r) => skillPostDocument(r, territory));
}
