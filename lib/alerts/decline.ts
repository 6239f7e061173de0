/**
 * One-click "Pas intéressé" from an alert e-mail: no sign-in, a signed link, and it works once. The
 * reason feeds the buyer's view (and an invitation, if the supplier was invited, becomes "not interested").
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { needAlerts, needInvitations, needs } from "@/db/schema";
import { readToken } from "./tokens";

export const DECLINE_REASONS = [
  { code: "activity", label: "Ce n'est pas mon activité" },
  { code: "distance", label: "Trop loin de chez moi" },
  { code: "capacity", label: "Pas disponible sur cette période" },
  { code: "budget", label: "Budget ou volume inadapté" },
  { code: "other", label: "Autre raison" },
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number]["code"];

export type DeclineOutcome = "recorded" | "already" | "invalid";

export async function declineFromAlert(db: Db, token: string, reason: DeclineReason, now = new Date()): Promise<DeclineOutcome> {
  const alertId = readToken("decline", token);
  if (!alertId) return "invalid";
  const label = DECLINE_REASONS.find((r) => r.code === reason)?.label ?? "Autre raison";
  return db.transaction(async (tx) => {
    const [alert] = await tx.select().from(needAlerts).where(eq(needAlerts.id, alertId)).for("update");
    // Only a need's alert carries this link (a challenge or a skills post has no buyer to tell).
    if (!alert?.needId) return "invalid";
    if (alert.declinedAt) return "already";
    await tx.update(needAlerts).set({ declinedAt: now, declineReason: label }).where(eq(needAlerts.id, alertId));
    await tx
      .update(needInvitations)
      .set({ status: "not_interested", declineReason: label, respondedAt: now })
      .where(and(eq(needInvitations.needId, alert.needId), eq(needInvitations.companyId, alert.companyId), isNull(needInvitations.answeredAt)));
    return "recorded";
  });
}

/** Facts the page shows before the click (need title); null for a forged or unknown link. */
export async function alertForToken(db: Db, token: string) {
  const alertId = readToken("decline", token);
  if (!alertId) return null;
  const [alert] = await db.select().from(needAlerts).where(eq(needAlerts.id, alertId));
  return alert?.needId ? { ...alert, needId: alert.needId } : null;
}

/** The alert a "Pas intéressé" link names, with its need's title (null when the link is not valid). */
export async function alertWithNeedTitle(db: Db, token: string) {
  const alert = await alertForToken(db, token);
  if (!alert) return null;
  const [need] = await db.select({ title: needs.title }).from(needs).where(eq(needs.id, alert.needId));
  return need ? { alert, needTitle: need.title } : null;
}
