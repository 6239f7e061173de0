/** Shared set-up of the challenges integration tests: a posting group, a published challenge, applicants. */
import { eq } from "drizzle-orm";
import { companies } from "@/db/schema";
import { challengeInputSchema, ZApplicationInput } from "@/lib/challenges/schemas";
import { createChallenge, decideChallenge, submitChallenge } from "@/lib/challenges/service";
import { companyWithTeam, staffActor } from "../factories/actors";
import { db } from "./db";

const DAY = 86_400_000;

export function challengeInput(over: Record<string, unknown> = {}, now = new Date()) {
  return challengeInputSchema(now).parse({
    title: "Réduire la consommation d'eau des lignes de lavage",
    summary: "Nous cherchons une solution pour réduire de 30 % l'eau utilisée par nos lignes de lavage industriel.",
    problem: "Nos trois lignes de lavage consomment 40 000 m³ par an ; le recyclage actuel est insuffisant.",
    context: "Site de production à Aubagne, contraintes sanitaires fortes.",
    expectedSolution: "Capteurs, traitement et réutilisation de l'eau en boucle fermée.",
    maturity: "prototype",
    reward: "paid_poc",
    budgetBand: "10k_50k",
    deadline: new Date(now.getTime() + 30 * DAY).toISOString().slice(0, 10),
    confidential: "",
    ndaText: "",
    openToYoung: "on",
    ...over,
  });
}

export const CONFIDENTIAL = {
  confidential: "on",
  ndaText: "Le candidat s'engage à ne divulguer aucune information du défi à des tiers pendant trois ans.",
  problem: "SECRET : les lignes de lavage de l'usine B consomment 40 000 m³ par an.",
};

export const applicationInput = (over: Record<string, unknown> = {}) =>
  ZApplicationInput.parse({
    solution: "Un module de filtration membranaire et des capteurs connectés pour recycler 60 % de l'eau.",
    trl: "6",
    team: "Deux ingénieures procédés et un data scientist.",
    references: "Pilote chez un brasseur de Marseille.",
    videoUrl: "https://vimeo.com/123456",
    ...over,
  });

/** A large company with a challenge published by staff (confidential when asked). */
export async function publishedChallenge(over: Record<string, unknown> = {}) {
  const staff = await staffActor(db());
  const group = await companyWithTeam(db());
  await db().update(companies).set({ isLargeBuyer: true, legalName: "Grand Groupe Énergie" }).where(eq(companies.id, group.companyId));
  const draft = await createChallenge(db(), group.admin, group.companyId, challengeInput(over));
  await submitChallenge(db(), group.member, draft.id);
  const challenge = await decideChallenge(db(), staff, draft.id, "approve", null);
  return { staff, group, challenge };
}

/** A verified applicant company, young (created a year ago) unless told otherwise. */
export async function applicant(name: string, foundedOn: string | null = new Date(Date.now() - 365 * DAY).toISOString().slice(0, 10)) {
  const team = await companyWithTeam(db());
  await db().update(companies).set({ legalName: name, foundedOn }).where(eq(companies.id, team.companyId));
  return team;
}
