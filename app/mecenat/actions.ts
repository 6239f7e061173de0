"use server";
/** Skills sponsorship actions. Each service authorizes from the post or mission itself. */
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { boundFormAction, formAction } from "@/lib/actions/client";
import { activeCompany } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/errors";
import { ZReviewInput, ZSkillOfferInput, ZSkillRequestInput, ZWeekInput } from "@/lib/skills/schemas";
import { createSkillOffer, createSkillRequest, decideMission, logMissionWeek, proposeMission, reviewMission } from "@/lib/skills/service";
import { z, zString } from "@/lib/validation/zod";

function companyIdOf(actor: Parameters<typeof activeCompany>[0]) {
  const company = activeCompany(actor);
  if (!company) throw new ForbiddenError("Rattachez votre compte à une entreprise pour continuer.");
  return company.companyId;
}

export const createOfferAction = formAction(ZSkillOfferInput, async (input, { actor }) => {
  const row = await createSkillOffer(getDb(), actor, companyIdOf(actor), input);
  redirect(`/mecenat/rapprochements?offre=${row.id}`);
});

export const createRequestAction = formAction(ZSkillRequestInput, async (input, { actor }) => {
  const row = await createSkillRequest(getDb(), actor, companyIdOf(actor), input);
  redirect(`/mecenat/rapprochements?demande=${row.id}`);
});

export const proposeAction = formAction(z.object({ offerId: z.uuid(), requestId: z.uuid() }).strict(), async ({ offerId, requestId }, { actor }) => {
  const mission = await proposeMission(getDb(), actor, offerId, requestId);
  redirect(`/mecenat/missions/${mission.id}?fait=proposee`);
});

const ZDecision = z.object({
  objectId: z.uuid(),
  decision: z.enum(["approve", "request_changes", "reject"], { error: "Choisissez une décision." }),
  reason: zString(undefined, { multiline: true }).trim().max(2000, "2 000 caractères au plus.").optional().transform((v) => v || ""),
}).strict();
// The moderation decision form's buttons: « Valider » (approve) or « Refuser » (reject / request_changes).
export const decideMissionAction = formAction(ZDecision, async ({ objectId, decision, reason }, { actor }) => {
  await decideMission(getDb(), actor, objectId, decision === "approve" ? "validate" : "refuse", reason);
  redirect(`/cci/mecenat?fait=${decision === "approve" ? "validee" : "refusee"}`);
});

const NOT_FOUND = { notFound: "Mission introuvable." };
export const logWeekAction = boundFormAction(ZWeekInput, async ({ weekStart, days }, { actor, id }) => {
  await logMissionWeek(getDb(), actor, id, weekStart, days);
  redirect(`/mecenat/missions/${id}?fait=temps`);
}, NOT_FOUND);

export const reviewAction = boundFormAction(ZReviewInput, async (input, { actor, id }) => {
  await reviewMission(getDb(), actor, id, input);
  redirect(`/mecenat/missions/${id}?fait=bilan`);
}, NOT_FOUND);
