/**
 * Who sees what of skills sponsorship. Offers and requests that are open are listed for signed-in
 * companies (an offer names a skill and a profession, never a person; its daily cost stays with its
 * company and staff). A mission is read by its two companies and staff; others find it « introuvable ».
 */
import { can, type Actor } from "../auth/actor";

export { authorized } from "../challenges/access";

export type MissionSide = "sponsor" | "beneficiary" | "staff";

/** Whether the actor may search open offers and requests: whoever may list them on /mecenat (signed in). */
export const maySearchSkills = (actor: Actor | null) => can(actor, "account:view-own");

/** The actor's side in a mission, or null. */
export function missionSide(actor: Actor | null, sponsorCompanyId: string, beneficiaryCompanyId: string): MissionSide | null {
  if (can(actor, "skills:post", { companyId: sponsorCompanyId })) return "sponsor";
  if (can(actor, "skills:post", { companyId: beneficiaryCompanyId })) return "beneficiary";
  if (can(actor, "skills:validate")) return "staff";
  return null;
}

/** Days logged × daily cost: the valued amount the sponsor reports. */
export const valuedAmount = (days: number, dailyCostEur: number | null) => Math.round(days * (dailyCostEur ?? 0));
