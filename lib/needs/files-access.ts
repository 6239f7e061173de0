/** Whether the actor may download a file attached to a need: exactly those who may see the need. */
import { getDb } from "@/db/client";
import { loadNeedAccessFacts } from "@/db/queries/needs";
import type { Actor } from "../auth/actor";
import { resolveNeedViewer } from "./viewer";

export async function canDownloadNeedFile(actor: Actor | null, file: { companyId: string; objectId: string | null }): Promise<boolean> {
  if (!file.objectId) return false;
  const db = getDb();
  const facts = await loadNeedAccessFacts(db, file.objectId);
  return facts !== null && (await resolveNeedViewer(db, actor, facts)) !== null;
}
