/** Shared inputs of the skills integration tests: an actuary offered by a group, and an SME's request for one (each pairs with the other). */
import { ZSkillOfferInput, ZSkillRequestInput } from "@/lib/skills/schemas";

export const offerInput = (over: Record<string, unknown> = {}) =>
  ZSkillOfferInput.parse({
    skill: "Actuariat et modélisation des risques",
    profession: "Actuaire",
    seniority: "senior",
    description: "Tarification, provisionnement, modèles de risques pour une mutuelle ou un assureur.",
    daysPerWeek: "2",
    durationWeeks: "26",
    availableFrom: "2027-01-04",
    workMode: "hybrid",
    communeCode: "13005",
    dailyCostEur: "650",
    ...over,
  });

export const requestInput = (over: Record<string, unknown> = {}) =>
  ZSkillRequestInput.parse({
    skill: "Actuaire",
    purpose: "Structurer la tarification de nos contrats de prévoyance et modéliser nos risques avant une levée de fonds.",
    daysPerWeek: "2",
    durationWeeks: "24",
    startFrom: "2027-01-11",
    workMode: "on_site",
    communeCode: "13005",
    ...over,
  });
