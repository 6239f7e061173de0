/**
 * Locks a need row for the rest of the transaction. Services lock the need first (always before its
 * answers, so they never deadlock): "share" for supplier writes (they wait for a closing or a deadline
 * change in progress), "update" for the buyer's decisions and state changes.
 */
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { needs } from "@/db/schema";
import { NotFoundError } from "../errors";

export type NeedLockMode = "share" | "update";

/** The locked need, or undefined when there is none. */
export async function lockNeedIfAny(tx: Tx, needId: string, mode: NeedLockMode = "update") {
  const [need] = await tx.select().from(needs).where(eq(needs.id, needId)).for(mode);
  return need;
}

/** The locked need; « Besoin introuvable. » when there is none. */
export async function lockNeed(tx: Tx, needId: string, mode: NeedLockMode = "update") {
  const need = await lockNeedIfAny(tx, needId, mode);
  if (!need) throw new NotFoundError("Besoin introuvable.");
  return need;
}
