/**
 * What follows the bulk load, in the same session (it reads the load's temp tables `sig` and `live`): the
 * derived data the pages read, rebuilt for the rows written with triggers off; the ids to reindex; the
 * accounts the load bench signs in with.
 */
import type pg from "pg";
import type { Step } from "./bulk";

/** The derived data the pages read, for the rows written with triggers off. */
export async function refreshDerived(client: pg.Client, step: Step) {
  await step(
    "postings du classement (match_terms)",
    `do $$ declare lo int := 0; total int := (select count(*) from sig); begin
      loop
        perform match_text_refresh(array(select v from sig where rn > lo and rn <= lo + 5000));
        perform matching_extra_activities_refresh(array(select v from sig where rn > lo and rn <= lo + 5000));
        lo := lo + 5000;
        exit when lo >= total;
      end loop; end $$`,
  );
  await step("agrégats des tableaux de bord", `select dashboards_rebuild()`);
}

/** Ids the search engine indexes (signatories and published needs), for a targeted reindex. */
export async function indexableIds(client: pg.Client) {
  const companies = (await client.query<{ id: string }>(`select v::text as id from sig order by rn`)).rows.map((r) => r.id);
  const needs = (await client.query<{ id: string }>(`select id::text from live where status = 'published' order by i`)).rows.map((r) => r.id);
  return { companies, needs };
}

/** Accounts the load bench signs in with: the buyer with most live needs, a supplier that answered most. */
export async function benchAccounts(client: pg.Client) {
  const {
    rows: [buyer],
  } = await client.query<{ email: string }>(`
    select u.email from needs n join memberships m on m.company_id = n.company_id join users u on u.id = m.user_id
    where n.id in (select id from live) group by u.email order by count(*) desc, u.email limit 1`);
  const {
    rows: [supplier],
  } = await client.query<{ email: string }>(`
    select u.email from answers a join memberships m on m.company_id = a.company_id join users u on u.id = m.user_id
    join sig s on s.v = a.company_id where a.need_id in (select id from live)
    group by u.email order by count(*) desc, u.email limit 1`);
  const {
    rows: [need],
  } = await client.query<{ id: string }>(`select id::text from live where status = 'published' order by i limit 1`);
  const {
    rows: [company],
  } = await client.query<{ id: string }>(`select v::text as id from sig order by rn limit 1`);
  return { buyerEmail: buyer.email, supplierEmail: supplier.email, needId: need.id, companyId: company.id };
}
