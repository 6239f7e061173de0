/** Export rows of platform-wide tables for CCI staff: companies and needs (awards: company.ts, awardsPage). */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../client";
import type { Period } from "../period";
import { afterCursor, inPeriod, type Cursor, type PageRow } from "./pages";

type Ts = string | Date | null;

export type CompanyExportRow = PageRow & {
  siret: string;
  legal_name: string;
  trade_name: string | null;
  naf_code: string;
  section: string;
  commune: string;
  postal_code: string | null;
  epci: string | null;
  headcount_band: string;
  sector: string;
  source: string;
  is_large_buyer: boolean;
  verification_status: string;
  created_at: Ts;
  signed_at: Ts;
  suspended_at: Ts;
  contact_email: string | null;
  contact_phone: string | null;
};

export async function companiesPage(db: DbOrTx, _period: Period | undefined, after: Cursor | null, limit: number) {
  const { rows } = await db.execute<CompanyExportRow>(sql`
    select c.id, c.created_at::text as cursor_at, c.siret, c.legal_name, c.trade_name, c.naf_code, nc.section, co.name as commune,
      co.postal_codes[1] as postal_code, e.name as epci, c.headcount_band, c.sector, c.source, c.is_large_buyer, c.verification_status,
      c.created_at, (select min(s.signed_at) from charter_signatures s where s.company_id = c.id) as signed_at, c.suspended_at,
      c.contact_email, c.contact_phone
    from companies c
    join naf_codes nc on nc.code = c.naf_code
    join communes co on co.insee_code = c.commune_code
    left join epcis e on e.code = co.epci_code
    where true ${afterCursor(sql`c.created_at`, sql`c.id`, after)}
    order by c.created_at, c.id limit ${limit}`);
  return rows;
}

export type StaffNeedRow = PageRow & {
  buyer: string;
  siret: string;
  title: string;
  kind: string;
  status: string;
  commune: string;
  submitted_at: Ts;
  published_at: Ts;
  response_deadline: Ts;
  answers: number;
  local_answers: number;
  awarded_at: Ts;
};

/** Needs staff may see: not the drafts (nor those sent back for changes), which stay private to their company. */
export async function staffNeedsPage(db: DbOrTx, period: Period | undefined, after: Cursor | null, limit: number) {
  const { rows } = await db.execute<StaffNeedRow>(sql`
    select n.id, n.created_at::text as cursor_at, coalesce(b.trade_name, b.legal_name) as buyer, b.siret, n.title, n.kind, n.status,
      c.name as commune, n.submitted_at, n.published_at, n.response_deadline,
      coalesce(s.answers, 0) as answers, coalesce(s.local_answers, 0) as local_answers, n.awarded_at
    from needs n
    join companies b on b.id = n.company_id
    join communes c on c.insee_code = n.commune_code
    left join dash_need_stats s on s.need_id = n.id
    where n.status not in ('draft', 'changes_requested') ${inPeriod(sql`coalesce(n.published_at, n.submitted_at, n.created_at)`, period)}
      ${afterCursor(sql`n.created_at`, sql`n.id`, after)}
    order by n.created_at, n.id limit ${limit}`);
  return rows;
}
