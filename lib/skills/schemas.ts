/** What the skills forms send, with French messages per field. */
import { z, zOptionalText, zText } from "../validation/zod";
import { zIsoDate } from "../validation/dates";
import { zFrenchInt } from "../validation/french-number";
import { COMMUNE_CODE } from "../geo/commune-code";

export { MISSION_STATUS_LABELS, POST_STATUS_LABELS, SENIORITY_LABELS, WORK_MODE_LABELS } from "./labels";

const zCommune = z.string({ error: "La commune est obligatoire." }).regex(COMMUNE_CODE, "Commune : code INSEE attendu (ex. 13005).");
const zMode = z.enum(["on_site", "remote", "hybrid"], { error: "Choisissez sur site, à distance ou les deux." });

/** An expert offered by a company: the skill and the profession, never the person's name. */
export const ZSkillOfferInput = z
  .object({
    skill: zText("La compétence", 3, 150),
    profession: zText("Le métier", 3, 150),
    seniority: z.enum(["junior", "confirmed", "senior", "expert"], { error: "Choisissez la séniorité." }),
    description: zOptionalText(3000, { multiline: true }),
    daysPerWeek: zFrenchInt("Le nombre de jours par semaine", 1, 5),
    durationWeeks: zFrenchInt("La durée en semaines", 1, 104),
    availableFrom: zIsoDate("La date de disponibilité"),
    workMode: zMode,
    communeCode: zCommune,
    dailyCostEur: zFrenchInt("Le coût d'une journée", 50, 5000),
  })
  .strict();
export type SkillOfferInput = z.output<typeof ZSkillOfferInput>;

/** A TPE/PME's request: what skill, what for, how long, from when. */
export const ZSkillRequestInput = z
  .object({
    skill: zText("La compétence recherchée", 3, 150),
    purpose: zText("L'objectif de la mission", 20, 3000, { multiline: true }),
    daysPerWeek: zFrenchInt("Le nombre de jours par semaine", 1, 5),
    durationWeeks: zFrenchInt("La durée en semaines", 1, 104),
    startFrom: zIsoDate("La date de début souhaitée"),
    workMode: zMode,
    communeCode: zCommune,
  })
  .strict();
export type SkillRequestInput = z.output<typeof ZSkillRequestInput>;

export const ZWeekInput = z
  .object({
    weekStart: zIsoDate("La semaine").refine((d) => new Date(`${d}T12:00:00Z`).getUTCDay() === 1, "Indiquez le lundi de la semaine."),
    days: z.preprocess(
      (v) => (typeof v === "string" ? v.replace(",", ".") : v),
      z.coerce.number({ error: "Nombre de jours attendu." }).min(0.5, "Une demi-journée au moins.").max(7, "7 jours au plus."),
    ),
  })
  .strict();

export const ZReviewInput = z
  .object({
    stage: z.enum(["mid", "final"], { error: "Choisissez le bilan." }),
    rating: zFrenchInt("La note", 1, 5),
    comment: zOptionalText(2000, { multiline: true }),
  })
  .strict();
