/**
 * Who may see a need, by its state: drafts stay inside the company, needs under review are also seen by
 * moderators, published needs by signed-in members of verified companies. Anyone else gets "not found"
 * (not "forbidden"), so the existence of a private need does not leak.
 */
import { activeCompany, assertSignedIn, can, type Actor } from "../auth/actor";
import { ForbiddenError, NotFoundError } from "../errors";
import { PUBLIC_STATUSES, type NeedStatus } from "./state-machine";

export type NeedViewer = "owner" | "staff" | "supplier";

export interface NeedAccessFacts {
  companyId: string;
  status: NeedStatus;
  visibility: "all_signatories" | "invited_only";
  companySuspended: boolean;
}

/** How the actor sees the need, or null when they may not see it at all. */
export function needViewer(actor: Actor | null, need: NeedAccessFacts, actorCompanyVerified: boolean): NeedViewer | null {
  const ref = { companyId: need.companyId };
  if (can(actor, "need:view-draft", ref)) return "owner";
  // Not the company (checked above): "need:view-in-review" is then the moderators' right.
  if (need.status !== "draft" && can(actor, "need:view-in-review", ref)) return "staff";
  const published = PUBLIC_STATUSES.includes(need.status);
  if (
    published &&
    !need.companySuspended &&
    need.visibility === "all_signatories" &&
    can(actor, "need:view-published", ref) &&
    activeCompany(actor) !== null &&
    actorCompanyVerified
  ) {
    return "supplier";
  }
  return null;
}

/**
 * A decision only the need's company takes (shortlist, award, declare unsuccessful: "need:award"; reply to
 * a question: "need:answer-questions"). Staff read but never decide for the buyer (403, saying so);
 * anyone else is told the object is not found, as on the pages.
 */
export function authorizeBuyerDecision(
  actor: Actor | null,
  permission: "need:award" | "need:answer-questions",
  need: { companyId: string },
  refused: { staff: string; notFound: string },
): asserts actor is Actor {
  assertSignedIn(actor);
  const ref = { companyId: need.companyId };
  if (can(actor, permission, ref)) return;
  if (can(actor, "need:view-in-review", ref)) throw new ForbiddenError(refused.staff);
  throw new NotFoundError(refused.notFound);
}
