/**
 * Documents of challenges and skills posts hold only what their pages show: a confidential challenge its
 * title and public summary (never the NDA-protected text), an expert offer what the expert does (never
 * who, nor the daily cost or the free description), whatever else the database row carries.
 */
import { describe, expect, it } from "vitest";
import type { DbOrTx } from "@/db/client";
import { challengeDocuments, skillPostDocuments } from "@/search/documents-axes";

const rowsDb = (row: Record<string, unknown>) => ({ execute: async () => ({ rows: [row] }) }) as unknown as DbOrTx;
const naf = [{ code: "35.11Z", label: "Production d'électricité", section: "D" }];
const place = { commune_code: "13005", epci_code: "200054807", lat: 43.29, lng: 5.57, naf, company_id: "c1", company_name: "Grand Groupe Énergie" };

const challenge = (over: Record<string, unknown>) => ({
  id: "ch1",
  title: "Stocker l'énergie solaire",
  summary: "Un stockage pour nos parcs solaires.",
  problem: "Le parc de Zéphyrine perd 12 % de sa production.",
  context: "Contrat d'achat avec Hydrolys jusqu'en 2031.",
  expected_solution: "Batteries sodium-ion.",
  nda_text: "Ne rien divulguer pendant trois ans.",
  confidential: true,
  maturity: "prototype",
  reward: "paid_poc",
  budget_band: "50k_150k",
  open_to_young: true,
  deadline: new Date("2027-06-30T21:59:00Z"),
  published_at: new Date("2027-01-10T09:00:00Z"),
  ...place,
  ...over,
});

describe("challenge documents", () => {
  it("index a confidential challenge by its title and public summary only", async () => {
    const [doc] = await challengeDocuments(rowsDb(challenge({})), ["ch1"]);
    expect(doc.title).toBe("Stocker l'énergie solaire");
    expect(doc.body).toBe("Un stockage pour nos parcs solaires.");
    expect(JSON.stringify(doc)).not.toMatch(/Zéphyrine|Hydrolys|sodium|divulguer/);
    expect(doc.attributes).toMatchObject({
      maturity: "prototype",
      reward: "paid_poc",
      budgetBand: "50k_150k",
      openToYoung: true,
      confidential: true,
      section: ["D"],
      naf: ["35.11Z"],
      commune: "13005",
      epci: "200054807",
      companyId: "c1",
    });
    expect(doc.keywords).toEqual(
      expect.arrayContaining(["Prototype", "Preuve de concept rémunérée", "Grand Groupe Énergie", "35.11Z Production d'électricité"]),
    );
    expect(doc.numbers).toEqual({ deadline: Date.parse("2027-06-30T21:59:00Z") / 1000, publishedAt: Date.parse("2027-01-10T09:00:00Z") / 1000 });
  });

  it("index the full text of a challenge that is not confidential, never an NDA's own text", async () => {
    const [doc] = await challengeDocuments(rowsDb(challenge({ confidential: false })), ["ch1"]);
    expect(doc.body).toBe(
      "Un stockage pour nos parcs solaires.\nLe parc de Zéphyrine perd 12 % de sa production.\nContrat d'achat avec Hydrolys jusqu'en 2031.\nBatteries sodium-ion.",
    );
    expect(JSON.stringify(doc)).not.toMatch(/divulguer/);
  });
});

describe("skills post documents", () => {
  const post = (over: Record<string, unknown>) => ({
    id: "s1",
    direction: "offer",
    skill: "Actuariat",
    profession: "Actuaire",
    seniority: "senior",
    purpose: null,
    days_per_week: 2,
    duration_weeks: 1,
    starts_on: 1_800_000_000,
    work_mode: "remote",
    created_at: new Date("2027-01-01T00:00:00Z"),
    commune_name: "Aubagne",
    // What a careless query could bring along: none of it may reach the document.
    description: "Bérénice Zanetti, notre actuaire depuis 2012.",
    daily_cost_eur: 650,
    first_name: "Bérénice",
    last_name: "Zanetti",
    email: "b.zanetti@groupe.fr",
    ...place,
    ...over,
  });

  it("say what an expert does, never who the expert is nor what a day costs", async () => {
    const [doc] = await skillPostDocuments(rowsDb(post({})), ["s1"]);
    expect(doc.title).toBe("Actuariat");
    expect(doc.body).toBe("Actuaire, senior · 2 jours par semaine pendant 1 semaine · À distance, Aubagne");
    expect(JSON.stringify(doc)).not.toMatch(/Bérénice|Zanetti|650|zanetti@/);
    expect(doc.attributes).toMatchObject({ direction: "offer", seniority: "senior", workMode: "remote", section: ["D"], commune: "13005" });
    expect(doc.numbers).toEqual({ startsOn: 1_800_000_000, durationWeeks: 1, createdAt: Date.parse("2027-01-01T00:00:00Z") / 1000 });
  });

  it("say what a request is for, without a seniority", async () => {
    const [doc] = await skillPostDocuments(
      rowsDb(
        post({
          direction: "request",
          profession: null,
          seniority: null,
          purpose: "Préparer\u0000 une levée de fonds.",
          work_mode: "on_site",
          duration_weeks: 26,
        }),
      ),
      ["s1"],
    );
    expect(doc.body).toBe("Préparer une levée de fonds.\n2 jours par semaine pendant 26 semaines · Sur site, Aubagne");
    expect(doc.attributes).toMatchObject({ direction: "request", seniority: null, workMode: "on_site" });
  });
});
