"use server";
/** Staff moderation decisions. Each service authorizes ("moderation:decide" / "company:verify") itself. */
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { userAction } from "@/lib/actions/client";
import { decideCompanyVerification } from "@/lib/companies/staff-decisions";
import { approveNeed, rejectNeed, requestNeedChanges } from "@/lib/needs/moderation";
import { approveOffer, rejectOffer, requestOfferChanges } from "@/lib/offers/moderation";
import { z, zString } from "@/lib/validation/zod";

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

const done = (kind: string, decision: string) => redirect(`/cci/moderation?fait=${kind}-${decision}`);

export const decideNeedAction = userAction(ZDecision, async ({ objectId, decision, reason }, { actor }) => {
  const db = getDb();
  if (decision === "approve") await approveNeed(db, actor, objectId);
  else if (decision === "request_changes") await requestNeedChanges(db, actor, objectId, reason);
  else await rejectNeed(db, actor, objectId, reason);
  done("besoin", decision);
});

export const decideOfferAction = userAction(ZDecision, async ({ objectId, decision, reason }, { actor }) => {
  const db = getDb();
  if (decision === "approve") await approveOffer(db, actor, objectId);
  else if (decision === "request_changes") await requestOfferChanges(db, actor, objectId, reason);
  else await rejectOffer(db, actor, objectId, reason);
  done("offre", decision);
});

export const decideCompanyAction = userAction(ZDecision, async ({ objectId, decision, reason }, { actor }) => {
  await decideCompanyVerification(getDb(), actor, objectId, decision === "approve" ? "verify" : decision, reason);
  done("entreprise", decision);
});
