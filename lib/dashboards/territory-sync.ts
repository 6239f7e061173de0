/**
 * The rollups store whether each supplier is local, which depends on the territory (TERRITORY_EPCI).
 * Before the first dashboard read of a process, make the database's copy match the configuration; a
 * change recomputes every rollup once (dashboards_set_territory → dashboards_rebuild).
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { territoryConfig } from "@/lib/config/territory";

let syncedEpci: string | null = null;

export async function ensureDashboardTerritory(db: DbOrTx, epci = territoryConfig().epciCode): Promise<void> {
  if (syncedEpci === epci) return;
  await db.execute(sql`select dashboards_set_territory(${epci})`);
  syncedEpci = epci;
}
