/** needViewer() with the actor's company standing read from the database (pages and downloads use it). */
import type { DbOrTx } from "@/db/client";
import { companyStanding } from "@/db/queries/companies";
import { activeCompany, type Actor } from "../auth/actor";
import { needViewer, type NeedAccessFacts, type NeedViewer } from "./access";

export async function resolveNeedViewer(db: DbOrTx, actor: Actor | null, facts: NeedAccessFacts): Promise<NeedViewer | null> {
  const company = activeCompany(actor);
  const standing = company ? await companyStanding(db, company.companyId) : { verified: false, suspended: true };
  return needViewer(actor, facts, standing.verified && !standing.suspended);
}
