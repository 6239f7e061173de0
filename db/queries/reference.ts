/** Look-ups of reference data for the pickers (communes, NAF sous-classes) and for display. */
import { and, asc, desc, eq, or, sql, type SQLWrapper } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { communes, epcis, nafCodes } from "../schema";
import { likeContains, likePrefix, searchText } from "./like";

export interface CommuneOption {
  code: string;
  name: string;
  postalCodes: string[];
  inTerritory: boolean;
}
export interface NafOption {
  code: string;
  label: string;
}

/** Case- and accent-insensitive form of a column or a parameter. */
const fold = (x: SQLWrapper | string) => sql`unaccent(lower(${x}))`;

/**
 * Communes whose name starts with (or contains) the query, or whose postal code starts with it.
 * Communes of the territory come first, then by population. Marseille's COM row is skipped in favour
 * of its arrondissements (SIRENE uses arrondissement codes).
 */
export async function searchCommunes(db: DbOrTx, query: string, territoryEpci: string, limit = 12): Promise<CommuneOption[]> {
  const q = searchText(query);
  if (q.length === 0) return [];
  const byPostal = /^\d{2,5}$/.test(q);
  // Folded first, then escaped: unaccent(lower()) leaves %, _ and \ as they are.
  const match = byPostal
    ? sql`exists (select 1 from unnest(${communes.postalCodes}) pc where pc like ${likePrefix(q)})`
    : or(sql`${fold(communes.name)} like ${fold(likePrefix(q))}`, sql`${fold(communes.name)} like ${fold(likeContains(q))}`);
  const hasArrondissements = sql`exists (select 1 from communes c2 where c2.parent_code = ${communes.inseeCode})`;
  const rows = await db
    .select({ code: communes.inseeCode, name: communes.name, postalCodes: communes.postalCodes, epci: communes.epciCode })
    .from(communes)
    .where(and(match, sql`not ${hasArrondissements}`))
    .orderBy(
      desc(sql`${communes.epciCode} = ${territoryEpci}`),
      desc(sql`${fold(communes.name)} like ${fold(likePrefix(q))}`),
      desc(sql`coalesce(${communes.population}, 0)`),
      asc(communes.name),
    )
    .limit(limit);
  return rows.map((r) => ({ code: r.code, name: r.name, postalCodes: r.postalCodes, inTerritory: r.epci === territoryEpci }));
}

/** NAF sous-classes matching a code prefix ("43.3", "4332") or words of the label. */
export async function searchNaf(db: DbOrTx, query: string, limit = 15): Promise<NafOption[]> {
  const q = searchText(query);
  if (q.length === 0) return [];
  const codeLike = q.replace(/[^0-9A-Za-z]/g, "").toUpperCase();
  const words = q.split(/\s+/).filter((w) => w.length > 1);
  const byCode = /^\d/.test(codeLike) ? sql`replace(${nafCodes.code}, '.', '') like ${codeLike + "%"}` : sql`false`;
  const byWords = words.length ? and(...words.map((w) => sql`${fold(nafCodes.label)} like ${fold(likeContains(w))}`)) : sql`false`;
  return db
    .select({ code: nafCodes.code, label: nafCodes.label })
    .from(nafCodes)
    .where(and(eq(nafCodes.level, "subclass"), or(byCode, byWords)))
    .orderBy(asc(nafCodes.code))
    .limit(limit);
}

export async function findEpci(db: DbOrTx, code: string) {
  const rows = await db.select().from(epcis).where(eq(epcis.code, code));
  return rows[0] ?? null;
}

export async function territoryCommuneCount(db: DbOrTx, epciCode: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(communes)
    .where(and(eq(communes.epciCode, epciCode), eq(communes.kind, "COM")));
  return row.n;
}

export interface AreaOption {
  id: string;
  label: string;
  detail: string;
}

/** Communes and EPCIs by name, for perimeter and service-area lists ("commune:13005", "epci:200054807"). */
export async function searchAreas(db: DbOrTx, query: string, territoryEpci: string, limit = 12): Promise<AreaOption[]> {
  const q = searchText(query);
  if (q.length === 0) return [];
  const [towns, groups] = await Promise.all([
    searchCommunes(db, q, territoryEpci, limit),
    db
      .select({ code: epcis.code, name: epcis.name })
      .from(epcis)
      .where(sql`${fold(epcis.name)} like ${fold(likeContains(q))}`)
      .orderBy(desc(sql`${epcis.code} = ${territoryEpci}`), asc(epcis.name))
      .limit(4),
  ]);
  return [
    ...groups.map((e) => ({ id: `epci:${e.code}`, label: e.name, detail: "Intercommunalité (EPCI)" })),
    ...towns.map((c) => ({ id: `commune:${c.code}`, label: `${c.name}${c.postalCodes[0] ? ` (${c.postalCodes[0]})` : ""}`, detail: "Commune" })),
  ].slice(0, limit);
}
