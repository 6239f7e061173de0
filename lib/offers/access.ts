/**
 * Who may see an offer: its company always, CCI staff once it was submitted (a draft stays private to
 * its company, like a need's), anyone once it is published by a publicly visible company. Anyone else
 * gets "not found", so a draft's existence does not leak.
 */
import { can, type Actor } from "../auth/actor";
import type { OfferStatus } from "./state-machine";

export type OfferViewer = "owner" | "staff" | "public";

export interface OfferAccessFacts {
  companyId: string;
  status: OfferStatus;
  /** The company is verified, not suspended and signed the charter. */
  companyPublic: boolean;
}

export function offerViewer(actor: Actor | null, offer: OfferAccessFacts): OfferViewer | null {
  const ref = { companyId: offer.companyId };
  if (can(actor, "offer:edit", ref)) return "owner";
  // Not the company (checked above): "offer:view-unpublished" is then the moderators' right.
  if (offer.status !== "draft" && can(actor, "offer:view-unpublished", ref)) return "staff";
  if (offer.status === "published" && offer.companyPublic && can(actor, "company:view-public", ref)) return "public";
  return null;
}
