/**
 * Innovation challenges and skills sponsorship by activity and by place, on a small known data set: the
 * figures of each group (staff), the statistical secret of the public reading, and the staff exports (CSV
 * and Excel content, refusal to companies and visitors).
 */
import ExcelJS from "exceljs";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { withLuhnKey } from "@/lib/companies/siret";
import { challengeBreakdown, publicAxesBreakdown, publicAxesGroups, skillsBreakdown, territoryAxesBreakdown } from "@/lib/dashboards/axes-breakdown";
import { loadBarometer } from "@/lib/dashboards/service";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { openExport } from "@/lib/exports/service";
import { companyWithTeam, staffActor } from "../factories/actors";
import { db, resetDatabase } from "./db";

const MARCH = { from: "2026-03", to: "2026-03" };
let staff: Actor;
let member: Actor;
let seq = 0;

async function company(name: string, naf: string, commune: string, foundedOn: string | null = "2001-05-02"): Promise<string> {
  seq += 1;
  const siren = withLuhnKey(`6${String(seq).padStart(7, "0")}`);
  const { rows } = await db().execute<{ id: string }>(sql`
    insert into companies (siren, siret, legal_name, naf_code, commune_code, founded_on, verification_status)
    values (${siren}, ${withLuhnKey(`${siren}0001`)}, ${name}, ${naf}, ${commune}, ${foundedOn}, 'verified') returning id`);
  return rows[0].id;
}

async function challenge(poster: string, publishedAt: string, award?: { at: string; poc: number | null; contract: number | null }): Promise<string> {
  const { rows } = await db().execute<{ id: string }>(sql`
    insert into challenges (company_id, title, summary, problem, expected_solution, maturity, reward, budget_band, deadline, status,
      published_at, awarded_at, outcome, poc_amount_eur, contract_amount_eur)
    values (${poster}, 'Défi', 'Résumé du défi', 'Le problème', 'La solution attendue', 'prototype', 'paid_poc', '10k_50k', '2026-04-30T10:00:00Z',
      ${award ? "awarded" : "published"}, ${publishedAt}::timestamptz, ${award?.at ?? null}::timestamptz,
      ${award ? (award.contract ? "contract_signed" : "poc_signed") : null}::challenge_outcome, ${award?.poc ?? null}, ${award?.contract ?? null})
    returning id`);
  return rows[0].id;
}

async function apply(challengeId: string, companyId: string, at: string, status: "submitted" | "selected" = "submitted") {
  await db().execute(sql`
    insert into challenge_applications (challenge_id, company_id, solution, trl, team, status, created_at)
    values (${challengeId}, ${companyId}, 'Notre solution', 6, 'Notre équipe', ${status}, ${at}::timestamptz)`);
}

async function mission(sponsor: string, helped: string, o: { status: string; decidedAt: string | null; cost: number; weeks: [string, number][] }) {
  const offer = await db().execute<{ id: string }>(sql`
    insert into skill_offers (company_id, skill, profession, seniority, days_per_week, duration_weeks, available_from, work_mode, commune_code, daily_cost_eur, status)
    values (${sponsor}, 'Actuariat', 'Actuaire', 'senior', 2, 12, '2026-03-01', 'hybrid', '13005', ${o.cost}, 'paired') returning id`);
  const request = await db().execute<{ id: string }>(sql`
    insert into skill_requests (company_id, skill, purpose, days_per_week, duration_weeks, start_from, work_mode, commune_code, status)
    values (${helped}, 'Actuariat', 'Structurer notre tarification', 2, 12, '2026-03-01', 'on_site', '13005', 'paired') returning id`);
  const m = await db().execute<{ id: string }>(sql`
    insert into skill_missions (offer_id, request_id, status, decided_at, daily_cost_eur)
    values (${offer.rows[0].id}, ${request.rows[0].id}, ${o.status}::skill_mission_status, ${o.decidedAt}::timestamptz, ${o.cost}) returning id`);
  for (const [week, days] of o.weeks) {
    await db().execute(sql`insert into skill_mission_weeks (mission_id, week_start, days) values (${m.rows[0].id}, ${week}::date, ${days})`);
  }
}

beforeAll(async () => {
  await resetDatabase();
  staff = await staffActor(db());
  member = (await companyWithTeam(db())).admin;
  // Two groups in Toulon (information and communication) post; three small companies in the Métropole apply.
  const [g1, g2] = [await company("Groupe Un", "62.01Z", "83137"), await company("Groupe Deux", "62.02A", "83137")];
  const young = await company("Jeune Plomberie", "43.22A", "13205", "2025-01-06");
  const elec = await company("Électricité Provençale", "43.21A", "13005");
  const soft = await company("Logiciels du Panier", "62.01Z", "13205");
  // C1: a PoC and a contract shared by two winners; C2: a PoC; C3: published in February, applied to in March.
  const c1 = await challenge(g1, "2026-03-02T09:00:00Z", { at: "2026-03-20T09:00:00Z", poc: 30_000, contract: 90_000 });
  const c2 = await challenge(g2, "2026-03-05T09:00:00Z", { at: "2026-03-25T09:00:00Z", poc: 10_000, contract: null });
  const c3 = await challenge(g1, "2026-02-15T09:00:00Z");
  await apply(c1, young, "2026-03-06T09:00:00Z", "selected");
  await apply(c1, elec, "2026-03-07T09:00:00Z", "selected");
  await apply(c2, soft, "2026-03-08T09:00:00Z", "selected");
  await apply(c3, soft, "2026-03-03T09:00:00Z");
  await apply(c3, young, "2026-02-20T09:00:00Z"); // February: outside the period

  // Skills: two bakeries helped (Aubagne, Marseille 5e), by the two groups.
  const [bakeryA, bakeryM] = [await company("Boulangerie d'Aubagne", "10.71C", "13005"), await company("Boulangerie du Panier", "10.71C", "13205")];
  await mission(g1, bakeryA, {
    status: "validated",
    decidedAt: "2026-03-04T09:00:00Z",
    cost: 500,
    weeks: [
      ["2026-03-09", 2],
      ["2026-03-16", 1.5],
      ["2026-04-06", 1],
    ],
  });
  await mission(g2, bakeryM, { status: "active", decidedAt: "2026-02-20T09:00:00Z", cost: 800, weeks: [["2026-03-02", 1]] });
  await mission(g2, bakeryM, { status: "proposed", decidedAt: null, cost: 900, weeks: [] });
});

const challengeFigures = (rows: Awaited<ReturnType<typeof challengeBreakdown>>) =>
  rows.map((r) => [r.key, r.published, r.applications, r.youngApplicants, r.pocs, r.pocAmount, r.contracts, r.contractAmount, r.winners]);

describe("the innovation axes by activity and by place (staff)", () => {
  it("count challenges with their poster, applications with the applicant, and amounts with the winners, split between them", async () => {
    expect(challengeFigures(await challengeBreakdown(db(), MARCH, "section"))).toEqual([
      ["F", 0, 2, 1, 1, 30_000, 1, 90_000, 2],
      ["J", 2, 2, 0, 1, 10_000, 0, 0, 1],
    ]);
    expect(challengeFigures(await challengeBreakdown(db(), MARCH, "commune"))).toEqual([
      ["13205", 0, 3, 1, 2, 25_000, 1, 45_000, 2],
      ["13005", 0, 1, 0, 1, 15_000, 1, 45_000, 1],
      ["83137", 2, 0, 0, 0, 0, 0, 0, 0],
    ]);
    const byDivision = await challengeBreakdown(db(), MARCH, "division");
    expect(byDivision.map((r) => [r.key, r.label])).toEqual([
      ["43", "Travaux de construction spécialisés (43)"],
      ["62", expect.stringMatching(/\(62\)$/)],
    ]);
    const byEpci = await challengeBreakdown(db(), MARCH, "epci");
    expect(byEpci[0]).toMatchObject({ key: "200054807", label: "Métropole d'Aix-Marseille-Provence", applications: 4, wonAmount: 130_000, winners: 3 });
    expect(byEpci).toHaveLength(2);
    // Another period: February's challenge and application only.
    expect(challengeFigures(await challengeBreakdown(db(), { from: "2026-02", to: "2026-02" }, "section"))).toEqual([
      ["F", 0, 1, 1, 0, 0, 0, 0, 0],
      ["J", 1, 0, 0, 0, 0, 0, 0, 0],
    ]);
  });

  it("count missions validated in the period, days logged in its weeks and their value, with the company helped", async () => {
    const figures = (rows: Awaited<ReturnType<typeof skillsBreakdown>>) =>
      rows.map((r) => [r.key, r.missions, r.days, r.valuedAmount, r.companiesHelped, r.sponsors]);
    expect(figures(await skillsBreakdown(db(), MARCH, "section"))).toEqual([["C", 1, 4.5, 2_550, 2, 2]]);
    expect(figures(await skillsBreakdown(db(), MARCH, "commune"))).toEqual([
      ["13005", 1, 3.5, 1_750, 1, 1],
      ["13205", 0, 1, 800, 1, 1],
    ]);
    expect((await skillsBreakdown(db(), MARCH, "commune")).map((r) => r.label)).toEqual(["Aubagne (13005)", "Marseille 5e Arrondissement (13205)"]);
  });

  it("are for staff only", async () => {
    expect((await territoryAxesBreakdown(db(), staff, MARCH, "section")).skills).toHaveLength(1);
    await expect(territoryAxesBreakdown(db(), member, MARCH, "section")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(territoryAxesBreakdown(db(), null, MARCH, "section")).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe("the public reading (statistical secret)", () => {
  it("publishes no figure of a group with fewer than 5 companies behind it", async () => {
    const { challenges, skills } = await publicAxesBreakdown(db(), MARCH, "section");
    for (const r of challenges) {
      expect([r.published, r.applications, r.youngApplicants, r.pocs, r.pocAmount, r.contracts, r.contractAmount, r.wonAmount, r.winners]).toEqual(
        Array(9).fill(null),
      );
    }
    expect(skills.map((r) => [r.missions, r.days, r.valuedAmount, r.companiesHelped, r.sponsors])).toEqual([[null, null, null, null, null]]);
  });

  it("publishes each figure once enough companies stand behind it in its group, and only that figure", async () => {
    const { challenges, skills } = await publicAxesBreakdown(db(), MARCH, "section", 2);
    // J: two posters (F posts nothing); one winner's amounts, from one client — secret, as are F's (one client).
    expect(challenges.find((r) => r.key === "J")).toMatchObject({ published: 2, pocAmount: null, wonAmount: null, winners: null });
    expect(challenges.find((r) => r.key === "F")).toMatchObject({ published: null, wonAmount: null });
    // C: two companies helped by two sponsors; one validated mission (one pair) stays secret.
    expect(skills[0]).toMatchObject({ key: "C", days: 4.5, valuedAmount: 2_550, companiesHelped: 2, missions: null });
    // With a threshold of 1, everything.
    const all = await publicAxesBreakdown(db(), MARCH, "section", 1);
    expect(all.challenges.map((r) => [r.key, r.applications, r.wonAmount])).toEqual([
      ["F", 2, 120_000],
      ["J", 2, 10_000],
    ]);
  });

  it("hides a shown group with the only hidden one, which the total minus the shown groups would give away", async () => {
    // F has two applicants (shown at a threshold of 2), J one (hidden): F would give J's count away from the total.
    const { challenges } = await publicAxesBreakdown(db(), MARCH, "section", 2);
    expect(challenges.map((r) => [r.key, r.applications, r.youngApplicants])).toEqual([
      ["F", null, null],
      ["J", null, null],
    ]);
    // By commune, at 2: Marseille 5e (two applicants) and Aubagne (one): both hidden; Toulon has no applicant.
    const byCommune = await publicAxesBreakdown(db(), MARCH, "commune", 2);
    expect(byCommune.challenges.map((r) => [r.key, r.applications])).toEqual([
      ["13205", null],
      ["13005", null],
      ["83137", null],
    ]);
  });

  it("lists on the barometer only the activity families with a figure to publish", async () => {
    expect(await publicAxesGroups(db(), MARCH, "section")).toEqual([]);
    expect(await publicAxesGroups(db(), MARCH, "section", 2)).toEqual([
      { key: "C", label: "Industrie manufacturière", applications: null, wonAmount: null, days: 4.5, valuedAmount: 2_550 },
    ]);
    const barometer = await loadBarometer(db(), new Date("2026-03-28T12:00:00Z"));
    expect(barometer.axesBySection).toEqual([]); // fewer than 5 companies everywhere
  });

  it("shows the barometer a family once 5 companies helped and 5 sponsors stand behind it", async () => {
    // June: five more food makers helped, each by its own sponsor, one day at 100 €.
    for (let i = 1; i <= 5; i += 1) {
      const sponsor = await company(`Mécène ${i}`, "62.01Z", "13001");
      const helped = await company(`Conserverie ${i}`, "10.39A", "13005");
      await mission(sponsor, helped, { status: "validated", decidedAt: "2026-06-02T09:00:00Z", cost: 100, weeks: [["2026-06-08", 1]] });
    }
    expect(await publicAxesGroups(db(), { from: "2026-06", to: "2026-06" }, "section")).toEqual([
      { key: "C", label: "Industrie manufacturière", applications: null, wonAmount: null, days: 5, valuedAmount: 500 },
    ]);
    // The barometer's four quarters (July 2025 – June 2026): March's 5.5 days (April's week too) and June's 5.
    const barometer = await loadBarometer(db(), new Date("2026-06-28T12:00:00Z"));
    expect(barometer.axesBySection).toEqual([
      { key: "C", label: "Industrie manufacturière", applications: null, wonAmount: null, days: 10.5, valuedAmount: 3_550 },
    ]);
  });
});

describe("the staff exports", () => {
  const read = async (actor: Actor | null, table: string, query: Record<string, string>) => {
    const file = await openExport(db(), actor, table, new URLSearchParams(query));
    return { ...file, bytes: new Uint8Array(await new Response(file.body).arrayBuffer()) };
  };
  const csvLines = (bytes: Uint8Array) =>
    new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");

  it("give the challenges by section, division, EPCI and commune as CSV", async () => {
    const file = await read(staff, "defis-repartition", { format: "csv", du: "2026-03", au: "2026-03" });
    expect(file.filename).toMatch(/^defis-repartition-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...lines] = csvLines(file.bytes);
    expect(header).toBe(
      "Période;Regroupement;Code;Libellé;Défis publiés (par l'entreprise qui publie);Candidatures (par la candidate);" +
        "Candidates jeunes entreprises;Preuves de concept (par le lauréat);Montant des preuves de concept HT;Contrats (par le lauréat);Montant des contrats HT;Lauréats",
    );
    expect(lines).toHaveLength(2 + 2 + 2 + 3);
    expect(lines).toContain("mars 2026;Famille d'activité (section NAF);F;Construction;0;2;1;1;30000;1;90000;2");
    expect(lines).toContain("mars 2026;Commune;13005;Aubagne (13005);0;1;0;1;15000;1;45000;1");
  });

  it("give the skills sponsorship as Excel, with numbers as numbers", async () => {
    const file = await read(staff, "mecenat-repartition", { format: "xlsx", du: "2026-03", au: "2026-03", cols: "regroupement,code,jours,valorisation" });
    expect(file.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    const values = book.worksheets[0]
      .getSheetValues()
      .slice(1)
      .map((r) => (r as ExcelJS.CellValue[]).slice(1));
    expect(values).toEqual([
      ["Regroupement", "Code", "Jours donnés", "Mécénat valorisé HT"],
      ["Famille d'activité (section NAF)", "C", 4.5, 2_550],
      ["Division NAF", "10", 4.5, 2_550],
      ["EPCI", "200054807", 4.5, 2_550],
      ["Commune", "13005", 3.5, 1_750],
      ["Commune", "13205", 1, 800],
    ]);
  });

  it("are refused to companies and visitors", async () => {
    for (const table of ["defis-repartition", "mecenat-repartition"]) {
      await expect(read(member, table, { format: "csv" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(read(null, table, { format: "xlsx" })).rejects.toBeInstanceOf(UnauthenticatedError);
    }
  });
});
