/**
 * Who sees a need's suggested suppliers (its ranked matches, on the page, in the need page's summary and
 * through the API): its company at any status, CCI staff once the need has left draft (a draft stays
 * private to its company). Everyone else — staff on a draft included — is told the need is not found, so
 * its existence does not leak. Pure: the permission table plus the need's state.
 */
import { assertSignedIn, can, type Actor } from "../auth/actor";
import { NotFoundError } from "../errors";
import type { NeedStatus } from "../needs/state-machine";

export type MatchesViewer = "owner" | "staff";

export interface MatchesAccessFacts {
  companyId: string;
  status: NeedStatus;
}

/** How the actor sees the need's matches, or null when not at all. */
export function matchesViewer(actor: Actor | null, need: MatchesAccessFacts): MatchesViewer | null {
  const ref = { companyId: need.companyId };
  if (!can(actor, "need:view-matches", ref)) return null;
  // Its company ("need:view-draft" is the company's own right) sees them at any status; the others are staff.
  if (can(actor, "need:view-draft", ref)) return "owner";
  return need.status === "draft" ? null : "staff";
}

/** The same as a door: anonymous → UnauthenticatedError, refused → NotFoundError (« Besoin introuvable. »). */
export function authorizeMatches(actor: Actor | null, need: MatchesAccessFacts): MatchesViewer {
  assertSignedIn(actor);
  const viewer = matchesViewer(actor, need);
  if (!viewer) throw new NotFoundError("Besoin introuvable.");
  return viewer;
}
