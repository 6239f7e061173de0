/**
 * Who sees what of a challenge. Pure rules over facts the reads load:
 * - its company (owner) sees everything, at every stage; staff see it once submitted;
 * - a published (closed, decided) challenge shows its title and public summary to everyone, its full text
 *   and attachments to signed-in companies — after their company accepted the NDA when it is confidential;
 *   while its company is suspended, only that company and staff see it (as a suspended company's needs);
 * - applications are read by the challenge's company and staff; an applicant reads only its own.
 * What one may not see is « introuvable » (NotFoundError), so a draft's existence does not leak.
 */
import { activeCompany, authorize, can, type Actor, type ResourceRef } from "../auth/actor";
import type { Permission } from "../auth/permissions";
import { UnauthenticatedError } from "../errors";
import { isChallengePublic, type ChallengeStatus } from "./state-machine";

export type ChallengeViewer = "owner" | "staff" | "company" | "visitor";

export interface ChallengeFacts {
  companyId: string;
  status: ChallengeStatus;
  confidential: boolean;
  companySuspended: boolean;
}

/** authorize() that hands back the actor, typed as present (no `actor!` downstream). */
export function authorized(actor: Actor | null, permission: Permission, resource?: ResourceRef): Actor {
  if (!actor) throw new UnauthenticatedError();
  authorize(actor, permission, resource);
  return actor;
}

/** How the actor sees the challenge, or null when it may not see it at all. */
export function challengeViewer(actor: Actor | null, c: Pick<ChallengeFacts, "companyId" | "status" | "companySuspended">): ChallengeViewer | null {
  if (can(actor, "challenge:post", { companyId: c.companyId })) return "owner";
  // The moderators (the permission table's "moderation:decide") see a challenge once it left draft.
  if (c.status !== "draft" && can(actor, "moderation:decide")) return "staff";
  if (!isChallengePublic(c.status) || c.companySuspended) return null;
  return activeCompany(actor) ? "company" : "visitor";
}

/** Whether the full text and attachments may be served: never to visitors, and behind the NDA when confidential. */
export function mayReadFullText(viewer: ChallengeViewer | null, confidential: boolean, ndaAccepted: boolean): boolean {
  if (viewer === "owner" || viewer === "staff") return true;
  if (viewer !== "company") return false;
  return !confidential || ndaAccepted;
}

/**
 * Whether the actor may search challenges. The index holds the full text of the challenges that are not
 * confidential, which only signed-in companies and staff read (mayReadFullText): visitors browse /defis.
 */
export function maySearchChallenges(actor: Actor | null): boolean {
  return activeCompany(actor) !== null || can(actor, "moderation:decide");
}

/** Whether the actor may read an application: the challenge's company, staff, or the applicant company itself. */
export function mayReadApplication(actor: Actor | null, challengeCompanyId: string, applicantCompanyId: string): boolean {
  return can(actor, "challenge:view-applications", { companyId: challengeCompanyId }) || can(actor, "challenge:apply", { companyId: applicantCompanyId });
}
