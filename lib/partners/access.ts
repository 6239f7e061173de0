/**
 * Who may act for a partner. Partner staff are not a relation of the permission table (they are tied to a
 * partner, not to a company), so this module holds the rule: CCI staff manage every partner
 * (`partner:manage`); a partner's own staff read and manage its members and relays; anyone else gets
 * « introuvable » (a partner's member list is not public).
 */
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { partnerStaff, partners } from "@/db/schema";
import { can, type Actor } from "../auth/actor";
import { NotFoundError, UnauthenticatedError } from "../errors";

export type PartnerViewer = "cci" | "partner";

export async function partnerViewer(db: DbOrTx, actor: Actor | null, partnerId: string): Promise<PartnerViewer | null> {
  if (!actor) return null;
  if (can(actor, "partner:manage")) return "cci";
  const [row] = await db
    .select({ userId: partnerStaff.userId })
    .from(partnerStaff)
    .where(and(eq(partnerStaff.partnerId, partnerId), eq(partnerStaff.userId, actor.userId)));
  return row ? "partner" : null;
}

/** The partner, for its staff or CCI staff; NotFoundError for anyone else and for an unknown id alike. */
export async function requirePartnerAccess(db: DbOrTx, actor: Actor | null, partnerId: string) {
  if (!actor) throw new UnauthenticatedError();
  const viewer = await partnerViewer(db, actor, partnerId);
  const [partner] = viewer ? await db.select().from(partners).where(eq(partners.id, partnerId)) : [];
  if (!viewer || !partner) throw new NotFoundError("Réseau partenaire introuvable.");
  return { partner, viewer };
}

/** The partners a person works for (the partner space's switcher). */
export const partnersOfUser = (db: DbOrTx, userId: string) =>
  db
    .select({ id: partners.id, name: partners.name })
    .from(partnerStaff)
    .innerJoin(partners, eq(partners.id, partnerStaff.partnerId))
    .where(eq(partnerStaff.userId, userId))
    .orderBy(partners.name);
