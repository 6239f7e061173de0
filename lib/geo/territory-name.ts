/** The served territory's display name ("Métropole d'Aix-Marseille-Provence"), for forms and area sentences. */
import type { DbOrTx } from "@/db/client";
import { findEpci } from "@/db/queries/reference";
import { territoryConfig } from "../config/territory";

export async function territoryName(db: DbOrTx): Promise<string> {
  const territory = territoryConfig();
  if (territory.displayName) return territory.displayName;
  return (await findEpci(db, territory.epciCode))?.name ?? "le territoire";
}
