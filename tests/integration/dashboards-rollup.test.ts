/**
 * The trigger-maintained rollups equal the naive computation on the base tables and the pure definitions,
 * on a small generated data set (the bench's generator), and stay equal through every kind of change:
 * cancellations, partners, a supplier that moves, a need that moves, deletions, bulk inserts, answers.
 */
import { sql } from "drizzle-orm";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { buyerFigures } from "@/db/queries/dashboards/buyer";
import { TOP_COMMUNES } from "@/lib/dashboards/definitions";
import * as naive from "@/bench/dashboards/naive";
import {
  activeBuyers,
  companiesInvolved,
  territoryBreakdown,
  territoryMonths,
  territoryNeedMonths,
  territoryQuarters,
} from "@/db/queries/dashboards/territory";
import { addNeedMetrics, addTotals, awardLines, emptyTotals, monthOf, needMetrics, summarize } from "@/lib/dashboards/definitions";
import { addMonths, type Period } from "@/lib/dashboards/period";
import { generate } from "../../bench/dashboards/data";
import { AVIGNON } from "../factories/awards";
import { closeTo, loadAwardFacts, loadNeedFacts } from "./dashboard-facts";
import { db, resetDatabase } from "./db";

const TERRITORY = "200054807";
const ALL: Period = { from: addMonths(monthOf(new Date()), -40), to: monthOf(new Date()) };
let buyers: string[] = [];

/** Every figure of every dashboard, from the rollups and from the base tables. */
async function figures(from: "rollup" | "naive") {
  const d = db();
  const r = from === "rollup";
  const perBuyer = await Promise.all(buyers.map((id) => (r ? buyerFigures(d, id, ALL) : naive.naiveBuyerFigures(d, id, ALL))));
  return {
    perBuyer,
    months: r ? await territoryMonths(d, ALL) : await naive.naiveTerritoryMonths(d, ALL),
    sections: r ? await territoryBreakdown(d, ALL, "section") : await naive.naiveTerritoryBreakdown(d, ALL, "section"),
    epcis: r ? await territoryBreakdown(d, ALL, "epci") : await naive.naiveTerritoryBreakdown(d, ALL, "epci"),
    needs: r ? await territoryNeedMonths(d, ALL) : await naive.naiveTerritoryNeedMonths(d, ALL),
    active: r ? await activeBuyers(d, ALL) : await naive.naiveActiveBuyers(d, ALL),
    quarters: r ? await territoryQuarters(d, ALL) : await naive.naiveTerritoryQuarters(d, ALL),
  };
}

async function expectRollupEqualsNaive() {
  const [rollup, slow] = [await figures("rollup"), await figures("naive")];
  expect(closeTo(rollup, slow)).toBeNull();
  return rollup;
}

const exec = (q: string) => db().execute(sql.raw(q));

beforeAll(async () => {
  await resetDatabase();
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await generate(client, { buyers: 12, suppliers: 60, awards: 400, years: 3 }, () => {});
  } finally {
    await client.end();
  }
  await exec("select dashboards_rebuild()");
  const { rows } = await db().execute<{ id: string }>(sql`select id from companies where is_large_buyer order by id`);
  buyers = rows.map((r) => r.id);
}, 120_000);

describe("dashboard rollups", () => {
  it("equal the naive computation after a full rebuild", async () => {
    const f = await expectRollupEqualsNaive();
    expect(f.perBuyer.some((b) => b.months.length > 0 && b.byCommune.length > 0 && b.needMonths.length > 0)).toBe(true);
    // the largest buyers have more supplier communes than the dashboard lists: both sides keep the same largest
    expect(f.perBuyer.some((b) => b.byCommune.length === TOP_COMMUNES)).toBe(true);
    expect(f.quarters.length).toBeGreaterThan(8);
  });

  it("count the companies behind public figures, exactly below the threshold", async () => {
    const {
      rows: [exact],
    } = await db().execute<{ b: number; s: number; n: number }>(sql`select
      (select count(distinct buyer_company_id) from dash_award_lines_source)::int as b,
      (select count(distinct supplier_company_id) from dash_award_lines_source)::int as s,
      (select count(distinct company_id) from needs where published_at is not null)::int as n`);
    expect(await companiesInvolved(db(), ALL, 1000)).toEqual({ buyers: exact.b, suppliers: exact.s, needBuyers: exact.n });
    const capped = await companiesInvolved(db(), ALL, 5);
    expect([capped.buyers, capped.suppliers, capped.needBuyers].map((x) => Math.min(x, 5))).toEqual([5, 5, 5]);
  });

  it("equal the pure definitions (TypeScript) for every buyer", async () => {
    const awards = await loadAwardFacts(db());
    const needs = await loadNeedFacts(db(), TERRITORY);
    for (const id of buyers) {
      const lines = awards.filter((a) => a.buyerCompanyId === id).flatMap((a) => awardLines(a, TERRITORY));
      const { months, needMonths } = await buyerFigures(db(), id, ALL);
      expect(closeTo(months.length ? addTotals(months) : emptyTotals(), summarize(lines))).toBeNull();
      const expected = needMetrics(needs.filter((n) => n.companyId === id));
      expect(closeTo(addNeedMetrics(needMonths), expected)).toBeNull();
    }
  });

  it("stay equal through cancellations, partner changes and moves, with triggers on", async () => {
    await exec(`update awards set cancelled_at = now() where id in (select id from awards where cancelled_at is null order by id limit 15)`);
    await exec(`update awards set cancelled_at = null where id in (select id from awards where cancelled_at is not null order by id limit 3)`);
    await exec(`update answer_partners set share_percent = 55 where answer_id in (select answer_id from answer_partners order by answer_id limit 3)`);
    await exec(`update answer_partners set status = 'declined' where answer_id in (select answer_id from answer_partners order by answer_id desc limit 2)`);
    await exec(`insert into answer_partners (answer_id, company_id, status, share_percent)
      select a.answer_id, (select id from companies where not is_large_buyer and id <> a.supplier_company_id order by id limit 1), 'accepted', 25
      from awards a where a.answer_id is not null and not exists (select 1 from answer_partners p where p.answer_id = a.answer_id)
      order by a.id limit 4`);
    await exec(`update companies set commune_code = '${AVIGNON}', headcount_band = '42', naf_code = '62.01Z'
      where id in (select supplier_company_id from awards order by id limit 2)`);
    await exec(`update needs set commune_code = '13001' where id in (select need_id from awards order by id desc limit 5)`);
    await expectRollupEqualsNaive();
  });

  it("stay equal through deletions, bulk inserts and answer changes", async () => {
    await exec(`delete from answer_partners where answer_id in (select answer_id from answer_partners order by answer_id limit 2)`);
    await exec(`delete from awards where id in (select id from awards order by id desc limit 7)`);
    await exec(`delete from needs where id in (select need_id from awards order by id limit 3)`);
    await exec(`insert into awards (need_id, answer_id, buyer_company_id, supplier_company_id, amount_eur, awarded_on)
      select need_id, answer_id, buyer_company_id, supplier_company_id, 777.77, awarded_on - interval '3 days' from awards order by id limit 50`);
    await exec(`update answers set status = 'withdrawn' where id in (select id from answers order by id limit 20)`);
    await exec(`insert into answers (need_id, company_id, status, submitted_at)
      select n.id, s.id, 'submitted', n.published_at + interval '1 hour' from needs n
      cross join lateral (select id from companies c where not c.is_large_buyer and not exists
        (select 1 from answers x where x.need_id = n.id and x.company_id = c.id) order by id limit 3) s
      order by n.id limit 60`);
    await exec(`update needs set status = 'awarded' where id in (select id from needs where status <> 'awarded' order by id limit 5)`);
    await exec(`update needs set published_at = null, status = 'draft' where id in (select id from needs order by id desc limit 4)`);
    await expectRollupEqualsNaive();
  });

  it("are what a full rebuild gives", async () => {
    const before = await figures("rollup");
    await exec("select dashboards_rebuild()");
    expect(closeTo(await figures("rollup"), before)).toBeNull();
  });
});
