"use server";
/** Challenge actions: poster, applicant and CCI. Each service authorizes from the challenge or application itself. */
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { boundMemberAction, boundUserAction, idsFrom, memberAction, userAction } from "@/lib/actions/client";
import { acceptNda, answerQuestion, applyToChallenge, askQuestion, decideApplication, recordOutcome, setPitchSlot } from "@/lib/challenges/applications";
import { challengeInputSchema, ZAnswerInput, ZApplicationInput, ZOutcomeInput, ZQuestionInput } from "@/lib/challenges/schemas";
import { cancelChallenge, createChallenge, decideChallenge, submitChallenge, updateChallenge } from "@/lib/challenges/service";
import { uploadsFromForm } from "@/lib/files/uploads-from-form";
import { MAX_NEED_ATTACHMENTS } from "@/lib/files/limits";
import { parisDateTime } from "@/lib/events/times";
import { z, zString } from "@/lib/validation/zod";

const NOT_FOUND = { notFound: "Défi introuvable." };
const page = (id: string, done: string) => redirect(`/defis/${id}?fait=${done}`);
const applications = (id: string, done: string) => redirect(`/defis/${id}/candidatures?fait=${done}`);

const NO_COMPANY = "Rattachez votre compte à une entreprise pour continuer.";

export const createChallengeAction = memberAction(
  "challenge:post",
  () => challengeInputSchema(),
  async (input, { actor, company, formData }) => {
    const uploads = await uploadsFromForm(formData, "attachments", "document", MAX_NEED_ATTACHMENTS);
    const row = await createChallenge(getDb(), actor, company.companyId, input, uploads);
    page(row.id, "cree");
  },
  { noCompany: NO_COMPANY },
);

// A draft, or a challenge the CCI sent back for changes; the service checks the company and the state.
export const updateChallengeAction = boundUserAction(
  () => challengeInputSchema(),
  async (input, { actor, id, formData }) => {
    const uploads = await uploadsFromForm(formData, "attachments", "document", MAX_NEED_ATTACHMENTS);
    await updateChallenge(getDb(), actor, id, input, uploads, idsFrom(formData, "removeFiles"));
    page(id, "modifie");
  },
  { ...NOT_FOUND, ignore: ["removeFiles"] },
);

export const submitChallengeAction = boundUserAction(
  z.object({}).strict(),
  async (_input, { actor, id }) => {
    await submitChallenge(getDb(), actor, id);
    page(id, "soumis");
  },
  NOT_FOUND,
);

const ZReason = z.object({ reason: zString(undefined, { multiline: true }).trim().max(2000, "2 000 caractères au plus.") }).strict();
export const cancelChallengeAction = boundUserAction(
  ZReason,
  async ({ reason }, { actor, id }) => {
    await cancelChallenge(getDb(), actor, id, reason);
    page(id, "annule");
  },
  NOT_FOUND,
);

const ZDecision = z
  .object({
    objectId: z.uuid(),
    decision: z.enum(["approve", "request_changes", "reject"], { error: "Choisissez une décision." }),
    reason: zString(undefined, { multiline: true })
      .trim()
      .max(2000, "2 000 caractères au plus.")
      .optional()
      .transform((v) => v || ""),
  })
  .strict();
export const decideChallengeAction = userAction(ZDecision, async ({ objectId, decision, reason }, { actor }) => {
  await decideChallenge(getDb(), actor, objectId, decision, reason);
  // Challenges share the staff's one moderation queue with needs, offers and companies.
  redirect(`/cci/moderation?fait=defi-${decision}#defis`);
});

export const acceptNdaAction = boundMemberAction(
  "challenge:apply",
  z.object({ accept: z.literal("on", { error: "Cochez la case pour accepter l'accord." }) }).strict(),
  async (_input, { actor, company, id }) => {
    await acceptNda(getDb(), actor, id, company.companyId);
    page(id, "nda");
  },
  { ...NOT_FOUND, noCompany: NO_COMPANY },
);

export const applyAction = boundMemberAction(
  "challenge:apply",
  ZApplicationInput,
  async (input, { actor, company, id, formData }) => {
    const [deck] = await uploadsFromForm(formData, "deck", "document", 1);
    await applyToChallenge(getDb(), actor, id, company.companyId, input, deck ?? null);
    page(id, "candidature");
  },
  { ...NOT_FOUND, noCompany: NO_COMPANY },
);

export const answerQuestionAction = boundUserAction(
  ZAnswerInput,
  async ({ questionId, answer }, { actor, id }) => {
    await answerQuestion(getDb(), actor, questionId, answer);
    page(id, "reponse");
  },
  NOT_FOUND,
);

export const outcomeAction = boundUserAction(
  ZOutcomeInput,
  async (input, { actor, id }) => {
    await recordOutcome(getDb(), actor, id, input);
    page(id, "resultat");
  },
  NOT_FOUND,
);

// On an application (bound id), from the poster's list of applications.
const ZWithChallenge = z.object({ challengeId: z.uuid() });
export const decideApplicationAction = boundUserAction(
  ZWithChallenge.extend({ decision: z.enum(["shortlist", "select", "decline"], { error: "Choisissez une décision." }) }).strict(),
  async ({ challengeId, decision }, { actor, id }) => {
    await decideApplication(getDb(), actor, id, decision);
    applications(challengeId, decision);
  },
  { notFound: "Candidature introuvable." },
);

export const askQuestionAction = boundUserAction(
  ZWithChallenge.extend(ZQuestionInput.shape).strict(),
  async ({ challengeId, question }, { actor, id }) => {
    await askQuestion(getDb(), actor, id, question);
    applications(challengeId, "question");
  },
  { notFound: "Candidature introuvable." },
);

// The session is optional: empty for a free slot, else a business-meetings session the time falls in.
const ZPitch = ZWithChallenge.extend({
  pitchAt: z
    .string({ error: "La date du pitch est obligatoire." })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, "Date et heure attendues (ex. 2027-03-10 09:30).")
    .transform((v) => parisDateTime(v)),
  pitchSessionId: z
    .union([z.literal(""), z.uuid("Choisissez une session de la liste.")])
    .optional()
    .transform((v) => v || null),
}).strict();
export const pitchAction = boundUserAction(
  ZPitch,
  async ({ challengeId, pitchAt, pitchSessionId }, { actor, id }) => {
    await setPitchSlot(getDb(), actor, id, pitchAt, pitchSessionId);
    applications(challengeId, "pitch");
  },
  { notFound: "Candidature introuvable." },
);
