/**
 * The « métier » part against the real database: match_trade_terms (migration 0012) stays equal to what the
 * postings say, whatever changes a company (profile, code, suspension, deletion, truncation), and a need's
 * words point at the code whose companies describe that kind of work, and the text's feedback learns from the
 * profiles whose text and métier both fit.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { companies } from "@/db/schema";
import { textRelevance } from "@/lib/matching/text-relevance";
import { TRADE, tradeValues } from "@/lib/matching/trade";
import { companyWithTeam } from "../factories/actors";
import { db, resetDatabase } from "./db";

beforeEach(resetDatabase);

async function company(nafCode: string, description: string) {
  const team = await companyWithTeam(db());
  await db().update(companies).set({ nafCode, description }).where(eq(companies.id, team.companyId));
  return team.companyId;
}

/** Rows of match_trade_terms that differ from a recount of the postings (both ways). */
async function drift() {
  const { rows } = await db().execute<{ lexeme: string; naf_code: string; kept: number | null; counted: number | null }>(sql`
    with counted as (
      select lexeme, naf_code, count(*)::int as df from match_terms group by 1, 2
      union all select '', naf_code, count(distinct company_id)::int from match_terms group by 2
    ), kept as (select lexeme, naf_code, df from match_trade_terms where df <> 0)
    select coalesce(k.lexeme, c.lexeme) as lexeme, coalesce(k.naf_code, c.naf_code) as naf_code, k.df as kept, c.df as counted
    from kept k full join counted c on c.lexeme = k.lexeme and c.naf_code = k.naf_code
    where k.df is distinct from c.df`);
  return rows;
}

const communes = async () => (await db().execute<{ commune_code: string }>(sql`select distinct commune_code from companies`)).rows.map((r) => r.commune_code);

const classSize = async (naf: string) =>
  (await db().execute<{ df: number }>(sql`select df from match_trade_terms where lexeme = '' and naf_code = ${naf}`)).rows[0]?.df ?? 0;

describe("match_trade_terms", () => {
  it("follows every change of a company and matches a recount of the postings", async () => {
    const a = await company("62.02A", "Tests d'intrusion et audits de sécurité informatique, pentest applicatif.");
    const b = await company("62.02A", "Audit de sécurité des systèmes d'information, tests d'intrusion.");
    const c = await company("80.20Z", "Alarmes anti-intrusion et vidéosurveillance pour entrepôts.");
    expect(await drift()).toEqual([]);
    expect(await classSize("62.02A")).toBe(2);

    await db().update(companies).set({ nafCode: "62.09Z" }).where(eq(companies.id, b));
    expect(await drift()).toEqual([]);
    expect(await classSize("62.02A")).toBe(1);
    expect(await classSize("62.09Z")).toBe(1);

    await db().update(companies).set({ description: "Télésurveillance et rondes." }).where(eq(companies.id, c));
    await db().update(companies).set({ suspendedAt: new Date() }).where(eq(companies.id, a));
    expect(await drift()).toEqual([]);
    expect(await classSize("62.02A")).toBe(0);

    await db().delete(companies).where(eq(companies.id, b));
    expect(await drift()).toEqual([]);
    expect(await classSize("62.09Z")).toBe(0);
  });

  it("is emptied with the companies", async () => {
    await company("62.02A", "Tests d'intrusion.");
    await db().execute(sql`truncate companies cascade`);
    expect((await db().execute(sql`select 1 from match_trade_terms where df <> 0`)).rows).toEqual([]);
  });
});

describe("the « métier » likelihoods of the text query", () => {
  it("give full marks to the code whose companies describe the need's work, none to a code that only shares a word", async () => {
    for (let i = 0; i < 3; i++) await company("62.02A", `Tests d'intrusion, audit de sécurité applicative et pentest de portails web ${i}.`);
    for (let i = 0; i < 3; i++) await company("80.20Z", `Alarmes anti-intrusion, détecteurs et télésurveillance des locaux ${i}.`);
    for (let i = 0; i < 6; i++) await company("56.10A", `Restaurant traditionnel, menu du jour et terrasse ${i}.`);
    const need = { title: "Test d'intrusion de notre portail clients", description: "Audit de sécurité applicative avant mise en ligne." };
    // Only the penetration testers' profiles match: the other codes are computed because they are asked for.
    const read = await textRelevance(db(), need, await communes(), null, { trade: { params: TRADE, codes: ["56.10A", "80.20Z"] } });
    expect([...read.likelihoods.keys()].sort()).toEqual(["56.10A", "62.02A", "80.20Z"]);
    const v = tradeValues(read.likelihoods);
    expect(v.get("62.02A")).toBe(1);
    expect(v.get("80.20Z") ?? 0).toBeLessThan(0.5);
    expect(v.has("56.10A")).toBe(false);
    // Without the « métier », the text computes none.
    expect((await textRelevance(db(), need, await communes(), null)).likelihoods.size).toBe(0);
  });
});

describe("a big code in the « métier »", () => {
  it("is marked for the share of its companies that describe the need, not for its size (beyond sizeCap companies)", async () => {
    // Two codes where one company in five inspects lifting equipment; the second is twice the size of the first.
    const inspectors = (code: string, i: number) => company(code, `Vérification périodique réglementaire des ponts roulants, palans et élingues ${i}.`);
    for (let i = 0; i < 8; i++) await inspectors("71.20B", i);
    for (let i = 0; i < 32; i++) await company("71.20B", `Diagnostics immobiliers, amiante, plomb et DPE avant vente ${i}.`);
    for (let i = 0; i < 16; i++) await inspectors("74.90B", i);
    for (let i = 0; i < 64; i++) await company("74.90B", `Conseil en organisation, traduction et services administratifs ${i}.`);
    for (let i = 0; i < 20; i++) await company("56.10A", `Restaurant traditionnel, menu du jour et terrasse ${i}.`);
    const need = {
      title: "Vérification périodique de 3 ponts roulants et 6 palans",
      description: "Contrôle réglementaire annuel par un organisme indépendant, avec le rapport pour notre assureur.",
    };
    const values = async (sizeCap: number) =>
      tradeValues(
        (await textRelevance(db(), need, await communes(), null, { trade: { params: { ...TRADE, sizeCap }, codes: ["71.20B", "74.90B"] } })).likelihoods,
      );
    // Uncapped, the size decides between them: a code's likelihood weighs ln(μ / (n(c) + μ)) per need word against
    // gains that grow with its raw counts.
    const uncapped = await values(1e9);
    expect(Math.abs((uncapped.get("71.20B") ?? 0) - (uncapped.get("74.90B") ?? 0))).toBeGreaterThan(0.1);
    // Capped, both count as sizeCap companies with the same share of inspectors: the same mark.
    const capped = await values(TRADE.sizeCap);
    expect(capped.get("71.20B")).toBe(1);
    expect(capped.get("74.90B")).toBeCloseTo(1, 6);
  });
});

describe("the text's feedback chooses its profiles with the métier", () => {
  it("learns from the profiles of the trade, not from a look-alike that shares the need's context words", async () => {
    // The recruitment firm matches the need's context (recrutement, salariés, cadres, interviews) better than
    // the film studios match its object.
    const lookAlike = await company(
      "78.10Z",
      "Recrutement de cadres : interviews de salariés, présentation de candidats, recrutement de cadres, interviews de salariés.",
    );
    for (let i = 0; i < 2; i++) {
      await company("59.11B", `Clip d'entreprise : tournage, montage, motion design, étalonnage, sous-titrage, prises de vue par drone ${i}.`);
    }
    // Says none of the need's words: only the feedback of the studios' profiles can find it.
    const studio = await company("59.11B", "Montage et motion design de films courts.");
    // The look-alike is one of many recruitment firms that say none of the need's words: its code does not
    // describe this kind of work, though its own profile shares the need's context.
    for (let i = 0; i < 40; i++) await company("78.10Z", `Cabinet de conseil en ressources humaines et placement ${i}.`);
    for (let i = 0; i < 20; i++) await company("56.10A", `Restaurant traditionnel, menu du jour et terrasse ${i}.`);
    // A title the trade vocabulary does not know (« vidéo » would evoke the studios' words through it).
    const need = { title: "Clip de présentation", description: "Interviews de salariés et de cadres pour le recrutement." };

    // The text alone learns from the look-alike: the studio that words its trade differently stays unfound.
    const textAlone = (await textRelevance(db(), need, await communes(), null)).relevance;
    const best = (m: Map<string, { value: number }>) => [...m].sort(([, a], [, b]) => b.value - a.value)[0][0];
    expect(best(textAlone)).toBe(lookAlike);
    expect(textAlone.has(studio)).toBe(false);
    // With the métier (the studios' code describes this kind of work, the look-alike's does not), it learns from the studios.
    const affinity = tradeValues(
      (await textRelevance(db(), need, await communes(), null, { trade: { params: TRADE, codes: ["59.11B", "78.10Z"] } })).likelihoods,
    );
    expect(affinity.get("59.11B")).toBe(1);
    expect(affinity.get("78.10Z") ?? 0).toBeLessThan(0.5);
    const withTrade = (await textRelevance(db(), need, await communes(), null, { trade: { params: TRADE, codes: [] } })).relevance;
    expect(withTrade.get(studio)?.value).toBeGreaterThan(0);
    expect(withTrade.get(studio)?.words).toEqual([]);
    // The studios' own words of the trade lift them above the look-alike.
    expect(best(withTrade)).not.toBe(lookAlike);
  });
});
