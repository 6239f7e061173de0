/**
 * Who sees what of a company, by its state: its members always see it (their space, private side); CCI
 * staff see the private side of every company (members, verification, contact details); everyone sees the
 * public profile — and its logo — only while the company is publicly visible (verified, not suspended,
 * signatory of the charter). Anyone else gets "not found": an unlisted company's existence does not leak.
 * Pages, the file route and the directory use this, on top of the permission table.
 */
import { can, type Actor } from "../auth/actor";

export type CompanyViewer = "member" | "staff" | "public";

/**
 * How the actor sees the company, or null. `publiclyVisible` is asked only when the answer depends on it
 * (members and staff need no database read).
 */
export async function companyViewer(actor: Actor | null, companyId: string, publiclyVisible: () => Promise<boolean>): Promise<CompanyViewer | null> {
  const ref = { companyId };
  if (can(actor, "company:use-space", ref)) return "member";
  // Not a member (checked above): "company:view-private" is then the CCI's right.
  if (can(actor, "company:view-private", ref)) return "staff";
  if (can(actor, "company:view-public", ref) && (await publiclyVisible())) return "public";
  return null;
}
