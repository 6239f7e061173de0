/**
 * Whether the actor may download a document attached to an answer: exactly those who may read the
 * answer's details (lib/answers/access.ts). A competitor, or the buyer before submission, gets "not found".
 */
import type { DbOrTx } from "@/db/client";
import { loadAnswer } from "@/db/queries/answers";
import type { Actor } from "../auth/actor";
import { answerViewer, isMemberOf, mayReadAnswerDetails } from "./access";

export async function canDownloadAnswerFile(db: DbOrTx, actor: Actor | null, file: { companyId: string; objectId: string | null }): Promise<boolean> {
  const loaded = file.objectId ? await loadAnswer(db, file.objectId) : null;
  // A file whose answer is gone, or that claims another company's answer, is only its company's business.
  if (!loaded || loaded.answer.companyId !== file.companyId) return isMemberOf(actor, file.companyId);
  return mayReadAnswerDetails(answerViewer(actor, loaded.facts), loaded.answer.status);
}
