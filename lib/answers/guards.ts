/** Checks shared by the answer services: lock the need, and find the supplier company the actor answers for. */
import type { Tx } from "@/db/client";
import { loadNeedAccessFacts } from "@/db/queries/needs";
import type { NeedRow } from "@/db/schema";
import { activeCompany, type Actor } from "../auth/actor";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { resolveNeedViewer } from "../needs/viewer";
import { answersOpen } from "./access";

export { lockNeed } from "../needs/lock";

export const DEADLINE_PASSED = "La date limite de réponse est passée : les réponses à ce besoin sont closes.";

/** Throws unless answers are still open (published, before the deadline): a field error, nothing written. */
export function assertAnswersOpen(need: { status: string; responseDeadline: Date }, now: Date) {
  if (!answersOpen(need, now)) throw new ValidationError({ deadline: DEADLINE_PASSED }, DEADLINE_PASSED);
}

/**
 * The company the actor answers for: a member of a verified, active company that may see the need as a
 * supplier (not its own need). A need the actor may not see is "not found", as on its page.
 */
export async function supplierCompanyOf(tx: Tx, actor: Actor, need: NeedRow) {
  const company = activeCompany(actor);
  if (!company) throw new ForbiddenError("Seuls les membres d'une entreprise signataire répondent aux besoins.");
  const facts = await loadNeedAccessFacts(tx, need.id);
  const viewer = facts && (await resolveNeedViewer(tx, actor, facts));
  if (viewer === "owner") throw new ForbiddenError("Votre entreprise ne peut pas répondre à son propre besoin.");
  if (viewer !== "supplier") throw new NotFoundError("Besoin introuvable.");
  return company;
}
