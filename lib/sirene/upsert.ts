/**
 * Writes one batch of SIRENE establishments, by SIRET, in the caller's transaction. Two statements:
 * - companies that came from SIRENE (or are new) take the file's values;
 * - companies that signed up keep what they declared: only the administrative state, the SIRENE date,
 *   (when SIRENE knows them) the headcount band and the creation date are refreshed, and their directory
 *   entry is re-indexed. No form lets a company declare its creation date: SIRENE is its only source, so
 *   a known date is taken and a file without one never erases it.
 * A row whose values are already there is left alone (no write, no updated_at bump): a re-run is a no-op.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { queueIndexing } from "@/search/indexer";
import type { SireneCompany } from "./row";

export interface BatchOutcome {
  inserted: number;
  updated: number;
  signatoriesRefreshed: number;
}

const arr = <T>(values: T[]) => sql.param(values);

export async function upsertSireneBatch(tx: DbOrTx, batch: SireneCompany[]): Promise<BatchOutcome> {
  if (batch.length === 0) return { inserted: 0, updated: 0, signatoriesRefreshed: 0 };
  const col = <K extends keyof SireneCompany>(k: K) => batch.map((c) => c[k]);
  const dates = batch.map((c) => c.sireneUpdatedAt?.toISOString() ?? null);

  // unnest() keeps it to 10 parameters whatever the batch size. An older SIRENE date than the stored one
  // never overwrites (re-importing last month's stock after this month's changes nothing).
  const { rows } = await tx.execute<{ inserted: boolean }>(sql`
    insert into companies as c (siret, siren, legal_name, trade_name, naf_code, commune_code, headcount_band,
      administrative_state, sirene_updated_at, founded_on, source)
    select v.*, 'sirene'::company_source
    from unnest(${arr(col("siret"))}::varchar[], ${arr(col("siren"))}::varchar[], ${arr(col("legalName"))}::text[],
      ${arr(col("tradeName"))}::text[], ${arr(col("nafCode"))}::varchar[], ${arr(col("communeCode"))}::varchar[],
      ${arr(col("headcountBand"))}::varchar[], ${arr(col("administrativeState"))}::varchar[], ${arr(dates)}::timestamptz[], ${arr(col("foundedOn"))}::date[])
      as v(siret, siren, legal_name, trade_name, naf_code, commune_code, headcount_band, administrative_state, sirene_updated_at, founded_on)
    on conflict (siret) do update set
      siren = excluded.siren, legal_name = excluded.legal_name, trade_name = excluded.trade_name,
      naf_code = excluded.naf_code, commune_code = excluded.commune_code, headcount_band = excluded.headcount_band,
      administrative_state = excluded.administrative_state,
      sirene_updated_at = coalesce(excluded.sirene_updated_at, c.sirene_updated_at),
      founded_on = coalesce(excluded.founded_on, c.founded_on), updated_at = now()
    where c.source = 'sirene'
      and (excluded.sirene_updated_at is null or c.sirene_updated_at is null or excluded.sirene_updated_at >= c.sirene_updated_at)
      and (c.siren, c.legal_name, c.trade_name, c.naf_code, c.commune_code, c.headcount_band, c.administrative_state, c.sirene_updated_at, c.founded_on)
        is distinct from (excluded.siren, excluded.legal_name, excluded.trade_name, excluded.naf_code, excluded.commune_code,
          excluded.headcount_band, excluded.administrative_state, coalesce(excluded.sirene_updated_at, c.sirene_updated_at),
          coalesce(excluded.founded_on, c.founded_on))
    returning (xmax = 0) as inserted`);
  const inserted = rows.filter((r) => r.inserted).length;

  // "NN" (not known) never replaces a band the company declared.
  const refreshed = await tx.execute<{ id: string }>(sql`
    with v as (
      select * from unnest(${arr(col("siret"))}::varchar[], ${arr(col("headcountBand"))}::varchar[],
        ${arr(col("administrativeState"))}::varchar[], ${arr(dates)}::timestamptz[], ${arr(col("foundedOn"))}::date[])
        as v(siret, band, state, updated, founded)
    ), target as (
      select c.id, v.state, case when v.band = 'NN' then c.headcount_band else v.band end as band,
        coalesce(v.updated, c.sirene_updated_at) as updated, coalesce(v.founded, c.founded_on) as founded
      from companies c join v on v.siret = c.siret
      where c.source = 'signup'
        and (v.updated is null or c.sirene_updated_at is null or v.updated >= c.sirene_updated_at)
    )
    update companies c set administrative_state = t.state, headcount_band = t.band, sirene_updated_at = t.updated,
      founded_on = t.founded, updated_at = now()
    from target t
    where c.id = t.id
      and (c.administrative_state, c.headcount_band, c.sirene_updated_at, c.founded_on) is distinct from (t.state, t.band, t.updated, t.founded)
    returning c.id`);
  const ids = refreshed.rows.map((r) => r.id);
  // A signatory's headcount band is a directory facet: keep its search document in step.
  if (ids.length) await queueIndexing(tx, "companies", ids);

  return { inserted, updated: rows.length - inserted, signatoriesRefreshed: ids.length };
}
