"use server";
/** Skills sponsorship actions. Each service authorizes from the post or mission itself. */
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { boundUserAction, memberAction, userAction } from "@/lib/actions/client";
import { ZReviewInput, ZSkillOfferInput, ZSkillRequestInput, ZWeekInput } from "@/lib/skills/schemas";
import { createSkillOffer, createSkillRequest, decideMission, logMissionWeek, proposeMission, reviewMission, withdrawSkillPost } from "@/lib/skills/service";
import { z, zString } from "@/lib/validation/zod";

const FOR_COMPANY = { noCompany: "Rattachez votre compte à une entreprise pour continuer." };

export const createOfferAction = memberAction(
  "skills:post",
  ZSkillOfferInput,
  async (input, { actor, company }) => {
    const row = await createSkillOffer(getDb(), actor, company.companyId, input);
    redirect(`/mecenat/rapprochements?offre=${row.id}`);
  },
  FOR_COMPANY,
);

export const createRequestAction = memberAction(
  "skills:post",
  ZSkillRequestInput,
  async (input, { actor, company }) => {
    const row = await createSkillRequest(getDb(), actor, company.companyId, input);
    redirect(`/mecenat/rapprochements?demande=${row.id}`);
  },
  FOR_COMPANY,
);

export const proposeAction = userAction(z.object({ offerId: z.uuid(), requestId: z.uuid() }).strict(), async ({ offerId, requestId }, { actor }) => {
  const mission = await proposeMission(getDb(), actor, offerId, requestId);
  redirect(`/mecenat/missions/${mission.id}?fait=proposee`);
});

const ZPost = z.object({ kind: z.enum(["offer", "request"], { error: "Annonce inconnue." }), id: z.uuid() }).strict();
export const withdrawPostAction = userAction(ZPost, async ({ kind, id }, { actor }) => {
  await withdrawSkillPost(getDb(), actor, kind, id);
  redirect(`/mecenat/rapprochements?${kind === "offer" ? "offre" : "demande"}=${id}&fait=retiree`);
});

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
// The moderation decision form's buttons: « Valider » (approve) or « Refuser » (reject / request_changes).
export const decideMissionAction = userAction(ZDecision, async ({ objectId, decision, reason }, { actor }) => {
  await decideMission(getDb(), actor, objectId, decision === "approve" ? "validate" : "refuse", reason);
  redirect(`/cci/mecenat?fait=${decision === "approve" ? "validee" : "refusee"}`);
});

const NOT_FOUND = { notFound: "Mission introuvable." };
export const logWeekAction = boundUserAction(
  ZWeekInput,
  async ({ weekStart, days }, { actor, id }) => {
    await logMissionWeek(getDb(), actor, id, weekStart, days);
    redirect(`/mecenat/missions/${id}?fait=temps`);
  },
  NOT_FOUND,
);

export const reviewAction = boundUserAction(
  ZReviewInput,
  async (input, { actor, id }) => {
    await reviewMission(getDb(), actor, id, input);
    redirect(`/mecenat/missions/${id}?fait=bilan`);
  },
  NOT_FOUND,
);
