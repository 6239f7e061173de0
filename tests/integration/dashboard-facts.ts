/**
 * Loads awards and needs from the database as the pure definitions' facts (lib/dashboards/definitions.ts),
 * so tests can compute the figures in TypeScript and compare them with the SQL rollups.
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { AwardFacts, NeedFacts, SupplierFacts } from "@/lib/dashboards/definitions";

export async function loadAwardFacts(db: Db): Promise<AwardFacts[]> {
  const { rows: suppliers } = await db.execute<{
    id: string;
    commune_code: string;
    epci_code: string | null;
    lat: number;
    lng: number;
    headcount_band: string;
    section: string;
  }>(sql`
    select c.id, c.commune_code, co.epci_code, co.lat, co.lng, c.headcount_band, nc.section
    from companies c join communes co on co.insee_code = c.commune_code join naf_codes nc on nc.code = c.naf_code`);
  const byId = new Map<string, SupplierFacts>(
    suppliers.map((s) => [
      s.id,
      {
        companyId: s.id,
        communeCode: s.commune_code,
        epciCode: s.epci_code,
        place: { lat: s.lat, lng: s.lng },
        headcountBand: s.headcount_band,
        section: s.section,
      },
    ]),
  );
  const { rows: partners } = await db.execute<{
    answer_id: string;
    company_id: string;
    share_percent: number | null;
    status: "pending" | "accepted" | "declined";
  }>(sql`
    select answer_id, company_id, share_percent, status from answer_partners`);
  const { rows } = await db.execute<{
    id: string;
    buyer_company_id: string;
    need_id: string;
    amount_eur: string;
    awarded_on: Date;
    cancelled_at: Date | null;
    nlat: number | null;
    nlng: number | null;
    blat: number;
    blng: number;
    supplier_company_id: string;
    answer_id: string | null;
  }>(sql`
    select a.id, a.buyer_company_id, a.need_id, a.amount_eur, a.awarded_on, a.cancelled_at, np.lat as nlat, np.lng as nlng,
      bp.lat as blat, bp.lng as blng, a.supplier_company_id, a.answer_id
    from awards a join needs n on n.id = a.need_id left join communes np on np.insee_code = n.commune_code
    join companies b on b.id = a.buyer_company_id join communes bp on bp.insee_code = b.commune_code`);
  return rows.map((r) => ({
    id: r.id,
    buyerCompanyId: r.buyer_company_id,
    needId: r.need_id,
    amountEur: Number(r.amount_eur),
    awardedOn: new Date(r.awarded_on),
    cancelledAt: r.cancelled_at ? new Date(r.cancelled_at) : null,
    needPlace: r.nlat === null || r.nlng === null ? null : { lat: r.nlat, lng: r.nlng },
    buyerPlace: { lat: r.blat, lng: r.blng },
    lead: byId.get(r.supplier_company_id)!,
    partners: partners
      .filter((p) => r.answer_id && p.answer_id === r.answer_id)
      .map((p) => ({ supplier: byId.get(p.company_id)!, sharePercent: p.share_percent, status: p.status })),
  }));
}

export async function loadNeedFacts(db: Db, territoryEpci: string): Promise<(NeedFacts & { companyId: string })[]> {
  const { rows } = await db.execute<{
    id: string;
    company_id: string;
    published_at: Date;
    status: string;
    submitted_at: Date | null;
    epci_code: string | null;
  }>(sql`
    select n.id, n.company_id, n.published_at, n.status, a.submitted_at, co.epci_code
    from needs n
    left join answers a on a.need_id = n.id and a.submitted_at is not null and a.status <> 'withdrawn'
    left join companies s on s.id = a.company_id left join communes co on co.insee_code = s.commune_code
    where n.published_at is not null`);
  const needs = new Map<string, NeedFacts & { companyId: string }>();
  for (const r of rows) {
    const n = needs.get(r.id) ?? { companyId: r.company_id, publishedAt: new Date(r.published_at), awarded: r.status === "awarded", answers: [] };
    if (r.submitted_at) n.answers.push({ submittedAt: new Date(r.submitted_at), local: r.epci_code === territoryEpci });
    needs.set(r.id, n);
  }
  return [...needs.values()];
}

/** Deep equality with numbers within a relative 1e-6 (floats in TypeScript, exact numerics in SQL). */
export function closeTo(a: unknown, b: unknown, path = "$"): string | null {
  if (typeof a === "number" && typeof b === "number") {
    return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b)) ? null : `${path}: ${a} ≠ ${b}`;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: length ${a.length} ≠ ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = closeTo(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = closeTo((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return a === b ? null : `${path}: ${String(a)} ≠ ${String(b)}`;
}
