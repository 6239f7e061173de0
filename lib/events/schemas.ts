/** What the event forms send, with French messages per field. Times are Paris wall-clock times. */
import { z, zOptionalText, zText } from "../validation/zod";
import { zFrenchInt } from "../validation/french-number";
import { zList, zOptionalInt } from "../geo/area-schema";
import { parisDateTime, parisInstant } from "./times";
import { NAF_SUBCLASS } from "../naf/code";
import { COMMUNE_CODE } from "../geo/commune-code";

const zLocalDateTime = (label: string) =>
  z
    .string({ error: `${label} est obligatoire.` })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, `${label} : date et heure attendues (ex. 2027-03-10 09:30).`)
    .transform((v) => parisDateTime(v));
const zCheckbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const ZEventInput = z
  .object({
    title: zText("Le titre", 5, 150),
    description: zText("La description", 20, 5000, { multiline: true }),
    communeCode: z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(COMMUNE_CODE, "Commune : code INSEE attendu (ex. 13005).").optional()),
    venue: zOptionalText(200),
    online: zCheckbox,
    registrationOpensAt: zLocalDateTime("L'ouverture des inscriptions"),
    registrationClosesAt: zLocalDateTime("La clôture des inscriptions"),
    bookingOpensAt: zLocalDateTime("L'ouverture des prises de rendez-vous"),
    bookingClosesAt: zLocalDateTime("La clôture des prises de rendez-vous"),
    capacity: zOptionalInt("La capacité", 2, 10_000),
    validateRegistrations: zCheckbox,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.online && !v.communeCode) ctx.addIssue({ code: "custom", path: ["communeCode"], message: "Indiquez la commune, ou cochez « en ligne »." });
    if (v.registrationClosesAt <= v.registrationOpensAt)
      ctx.addIssue({ code: "custom", path: ["registrationClosesAt"], message: "La clôture doit suivre l'ouverture." });
    if (v.bookingClosesAt <= v.bookingOpensAt) ctx.addIssue({ code: "custom", path: ["bookingClosesAt"], message: "La clôture doit suivre l'ouverture." });
  });
export type EventInput = z.output<typeof ZEventInput>;

const zTime = (label: string) => z.string({ error: `${label} est obligatoire.` }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label} : heure attendue (ex. 09:30).`);

/** « 10:30-10:45, 15:30-15:45 » → pauses of that day. */
const zBreaks = z
  .string()
  .trim()
  .max(200, "200 caractères au plus.")
  .optional()
  .transform((v, ctx) => {
    const out: { start: string; end: string }[] = [];
    for (const part of (v ?? "")
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter(Boolean)) {
      const m = /^([01]\d|2[0-3])[:h]([0-5]\d)\s*[-–]\s*([01]\d|2[0-3])[:h]([0-5]\d)$/.exec(part);
      if (!m || `${m[3]}:${m[4]}` <= `${m[1]}:${m[2]}`) {
        ctx.addIssue({ code: "custom", message: `Pause « ${part} » illisible : écrivez par exemple 10:30-10:45.` });
        return z.NEVER;
      }
      out.push({ start: `${m[1]}:${m[2]}`, end: `${m[3]}:${m[4]}` });
    }
    return out;
  });

export const ZSessionInput = z
  .object({
    label: zText("Le nom de la session", 2, 80),
    day: z.string({ error: "Le jour est obligatoire." }).regex(/^\d{4}-\d{2}-\d{2}$/, "Jour attendu (ex. 2027-03-10)."),
    start: zTime("Le début"),
    end: zTime("La fin"),
    slotMinutes: zFrenchInt("La durée d'un rendez-vous", 5, 240),
    breaks: zBreaks,
    tables: zFrenchInt("Le nombre de tables", 1, 1000),
    maxMeetingsPerParticipant: zFrenchInt("Le maximum de rendez-vous par participant", 1, 100),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.end <= v.start) ctx.addIssue({ code: "custom", path: ["end"], message: "La fin doit suivre le début." });
  })
  .transform((v) => ({
    label: v.label,
    slotMinutes: v.slotMinutes,
    tables: v.tables,
    maxMeetingsPerParticipant: v.maxMeetingsPerParticipant,
    startsAt: parisInstant(v.day, v.start),
    endsAt: parisInstant(v.day, v.end),
    breaks: (v.breaks ?? []).map((b) => ({ startsAt: parisInstant(v.day, b.start).toISOString(), endsAt: parisInstant(v.day, b.end).toISOString() })),
  }));
export type SessionInput = z.output<typeof ZSessionInput>;

const zIds = (max: number, label: string) => zList(z.uuid(`${label} inconnu : rechargez la page.`)).pipe(z.array(z.string()).max(max, `${max} au plus.`));

export const ZRegistrationInput = z
  .object({
    role: z.enum(["buyer", "supplier", "both"], { error: "Choisissez acheteur, fournisseur ou les deux." }),
    sessionIds: zIds(20, "Session").pipe(z.array(z.string()).min(1, "Choisissez au moins une session.")),
    personIds: zIds(20, "Participant").pipe(z.array(z.string()).min(1, "Inscrivez au moins une personne.")),
    needIds: zIds(20, "Besoin"),
    themeCodes: zList(z.string().regex(NAF_SUBCLASS, "Code NAF invalide.")).pipe(z.array(z.string()).max(10, "10 thèmes au plus.")),
    offerIds: zIds(20, "Offre"),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.role !== "supplier" && v.needIds.length + v.themeCodes.length === 0) {
      ctx.addIssue({ code: "custom", path: ["themeCodes"], message: "En tant qu'acheteur, joignez au moins un besoin ou un thème d'achat." });
    }
  });
export type RegistrationInput = z.output<typeof ZRegistrationInput>;

export const ZMeetingRequestInput = z
  .object({
    toRegistrationId: z.uuid("Participant inconnu : rechargez la page."),
    message: zText("Le message", 10, 1000, { multiline: true }),
  })
  .strict();
export type MeetingRequestInput = z.output<typeof ZMeetingRequestInput>;

export const ZFeedbackInput = z
  .object({
    rating: zFrenchInt("La note", 1, 5),
    outcome: z.enum(["nothing", "quote", "need", "award"], { error: "Dites ce qui a suivi le rendez-vous." }),
    comment: zOptionalText(1000, { multiline: true }),
  })
  .strict();
export type FeedbackInput = z.output<typeof ZFeedbackInput>;

export const EVENT_ROLE_LABELS = { buyer: "Acheteur", supplier: "Fournisseur", both: "Acheteur et fournisseur" } as const;
export const REGISTRATION_STATUS_LABELS = { pending: "En attente de validation", accepted: "Acceptée", refused: "Refusée" } as const;
export const REQUEST_STATUS_LABELS = {
  requested: "Demandé",
  accepted: "Accepté",
  declined: "Décliné",
  vetoed: "Refusé par la CCI",
  cancelled: "Annulé",
} as const;
export const OUTCOME_LABELS = { nothing: "Rien pour l'instant", quote: "Devis demandé", need: "Besoin publié", award: "Marché attribué" } as const;
