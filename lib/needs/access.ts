/**
 * Who may see a need, by its state: drafts stay inside the company, needs under review are also seen by
 * moderators, published needs by signed-in members of verified companies. Anyone else gets "not found"
 * (not "forbidden"), so the existence of a private need does not leak.
 */
import { activeCompany, can, type Actor } from "../auth/actor";
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
  if (need.status !== "draft" && actor?.platformRole === "staff" && can(actor, "need:view-in-review", ref)) return "staff";
  const published = PUBLIC_STATUSES.includes(need.status);
  if (
    published && !need.companySuspended && need.visibility === "all_signatories" &&
    can(actor, "need:view-published", ref) && activeCompany(actor) !== null && actorCompanyVerified
  ) {
    return "supplier";
  }
  return null;
}
