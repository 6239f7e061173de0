/** needViewer() with the actor's company standing read from the database (pages and downloads use it). */
import type { DbOrTx } from "@/db/client";
import { companyStanding } from "@/db/queries/companies";
import { activeCompany, can, type Actor } from "../auth/actor";
import { needViewer, type NeedAccessFacts, type NeedViewer } from "./access";

export async function resolveNeedViewer(db: DbOrTx, actor: Actor | null, facts: NeedAccessFacts): Promise<NeedViewer | null> {
  const company = activeCompany(actor);
  const standing = company ? await companyStanding(db, company.companyId) : { verified: false, suspended: true };
  return needViewer(actor, facts, standing.verified && !standing.suspended);
}

/** Published needs are for staff and members of verified, active companies (the search pages use this). */
export async function mayBrowseOpportunities(db: DbOrTx, actor: Actor | null): Promise<boolean> {
  if (!actor) return false;
  if (can(actor, "need:browse-all")) return true;
  const company = activeCompany(actor);
  if (!company) return false;
  const standing = await companyStanding(db, company.companyId);
  return standing.verified && !standing.suspended;
}
