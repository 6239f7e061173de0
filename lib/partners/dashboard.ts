/**
 * The partner dashboard: what the network's relays brought its members — relays, needs relayed, members
 * reached, openings, answers, awards and the amounts won, the local share of those amounts, month by month —
 * and the relay list as a CSV for Excel. Only the network's own staff and CCI staff (requirePartnerAccess);
 * anyone else, another network's staff included, gets « introuvable ».
 *
 * An award counts for a relay when it went to the member the need was relayed to (the awarded supplier of an
 * award in force); local: the member's commune belongs to the territory EPCI, as in the territory dashboards.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Actor } from "../auth/actor";
import { territoryConfig } from "../config/territory";
import { csvHeader, csvRows, UTF8_BOM } from "../exports/csv";
import type { ExportColumn } from "../exports/types";
import { requirePartnerAccess } from "./access";
import { RELAY_STAGE_LABELS, type RelayStage } from "./relays";

export interface PartnerFigures {
  relays: number;
  needs: number;
  membersReached: number;
  opened: number;
  answered: number;
  awarded: number;
  amountEur: number;
  /** Share (0–1) of the amount won by members located in the territory; null when nothing was won. */
  localShare: number | null;
}

export interface PartnerMonth {
  month: string;
  relays: number;
  answered: number;
  awarded: number;
  amountEur: number;
}

const ANSWERED = sql`('submitted', 'shortlisted', 'awarded', 'not_retained')`;

/**
 * Each relay of the partner with its answer and the amount awarded to the member for that need. Awards are
 * summed per need and supplier first, so a need awarded in several lots counts each lot's amount once.
 */
const relayFacts = (partnerId: string, territoryEpci: string) => sql`
  select r.id, r.need_id, r.company_id, r.forwarded_at, r.opened_at, a.status as answer_status,
    coalesce(w.amount, 0)::float8 as amount, w.amount is not null as won,
    exists (select 1 from communes cm where cm.insee_code = c.commune_code and cm.epci_code = ${territoryEpci}) as local
  from partner_relays r
  join companies c on c.id = r.company_id
  left join answers a on a.need_id = r.need_id and a.company_id = r.company_id
  left join lateral (
    select sum(aw.amount_eur) as amount from awards aw
    where aw.need_id = r.need_id and aw.supplier_company_id = r.company_id and aw.cancelled_at is null
  ) w on w.amount is not null
  where r.partner_id = ${partnerId}`;

export async function partnerFigures(db: DbOrTx, actor: Actor | null, partnerId: string): Promise<{ totals: PartnerFigures; months: PartnerMonth[] }> {
  await requirePartnerAccess(db, actor, partnerId);
  const facts = relayFacts(partnerId, territoryConfig().epciCode);
  const {
    rows: [t],
  } = await db.execute<{
    relays: number;
    needs: number;
    members: number;
    opened: number;
    answered: number;
    awarded: number;
    amount: number;
    local_amount: number;
  }>(sql`
    with f as (${facts})
    select count(*)::int as relays, count(distinct need_id)::int as needs, count(distinct company_id)::int as members,
      count(opened_at)::int as opened,
      count(*) filter (where answer_status in ${ANSWERED})::int as answered,
      count(*) filter (where won)::int as awarded,
      coalesce(sum(amount), 0)::float8 as amount,
      coalesce(sum(amount) filter (where local), 0)::float8 as local_amount
    from f`);
  const { rows: months } = await db.execute<{ month: string; relays: number; answered: number; awarded: number; amount: number }>(sql`
    with f as (${facts})
    select to_char(date_trunc('month', forwarded_at at time zone 'Europe/Paris'), 'YYYY-MM') as month, count(*)::int as relays,
      count(*) filter (where answer_status in ${ANSWERED})::int as answered, count(*) filter (where won)::int as awarded,
      coalesce(sum(amount), 0)::float8 as amount
    from f group by 1 order by 1 desc limit 24`);
  return {
    totals: {
      relays: t.relays,
      needs: t.needs,
      membersReached: t.members,
      opened: t.opened,
      answered: t.answered,
      awarded: t.awarded,
      amountEur: t.amount,
      localShare: t.amount > 0 ? t.local_amount / t.amount : null,
    },
    months: months.map((m) => ({ month: m.month, relays: m.relays, answered: m.answered, awarded: m.awarded, amountEur: m.amount })),
  };
}

export interface RelayExportRow {
  needTitle: string;
  buyerName: string;
  memberName: string;
  siret: string;
  forwardedAt: Date;
  openedAt: Date | null;
  stage: RelayStage;
  amountEur: number;
}

const COLUMNS: ExportColumn<RelayExportRow>[] = [
  { key: "besoin", header: "Besoin", type: "text", value: (r) => r.needTitle },
  { key: "acheteur", header: "Acheteur", type: "text", value: (r) => r.buyerName },
  { key: "adherent", header: "Adhérent", type: "text", value: (r) => r.memberName },
  { key: "siret", header: "SIRET de l'adhérent", type: "text", value: (r) => r.siret },
  { key: "transmis", header: "Transmis le", type: "datetime", value: (r) => r.forwardedAt },
  { key: "ouvert", header: "Ouvert le", type: "datetime", value: (r) => r.openedAt },
  { key: "etape", header: "Étape", type: "text", value: (r) => RELAY_STAGE_LABELS[r.stage] },
  { key: "montant", header: "Montant attribué (€ HT)", type: "amount", value: (r) => r.amountEur },
];

/** The relays as rows for the export, newest first (no person's name or address: companies only). */
export async function partnerRelayRows(db: DbOrTx, actor: Actor | null, partnerId: string, limit = 20_000): Promise<RelayExportRow[]> {
  await requirePartnerAccess(db, actor, partnerId);
  const { rows } = await db.execute<{
    title: string;
    buyer: string;
    member: string;
    siret: string;
    forwarded_at: Date;
    opened_at: Date | null;
    answer_status: string | null;
    won: boolean;
    amount: number;
  }>(sql`
    with f as (${relayFacts(partnerId, territoryConfig().epciCode)})
    select n.title, coalesce(b.trade_name, b.legal_name) as buyer, coalesce(c.trade_name, c.legal_name) as member, c.siret,
      f.forwarded_at, f.opened_at, f.answer_status, f.won, f.amount
    from f join needs n on n.id = f.need_id join companies b on b.id = n.company_id join companies c on c.id = f.company_id
    order by f.forwarded_at desc, member
    limit ${limit}`);
  return rows.map((r) => ({
    needTitle: r.title,
    buyerName: r.buyer,
    memberName: r.member,
    siret: r.siret,
    forwardedAt: new Date(r.forwarded_at),
    openedAt: r.opened_at ? new Date(r.opened_at) : null,
    stage:
      r.won || r.answer_status === "awarded"
        ? "awarded"
        : r.answer_status && ["submitted", "shortlisted", "not_retained"].includes(r.answer_status)
          ? "answered"
          : r.opened_at
            ? "opened"
            : "forwarded",
    amountEur: r.amount,
  }));
}

/** The CSV file (Excel-FR: BOM, « ; », decimal commas) of the partner's relays. */
export async function partnerRelaysCsv(db: DbOrTx, actor: Actor | null, partnerId: string): Promise<{ filename: string; text: string }> {
  const { partner } = await requirePartnerAccess(db, actor, partnerId);
  const rows = await partnerRelayRows(db, actor, partnerId);
  const slug = partner.name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
  return { filename: `relais-${slug || "reseau"}.csv`, text: UTF8_BOM + csvHeader(COLUMNS) + csvRows(COLUMNS, rows) };
}
