/**
 * The barometer and the staff statistics as pages read them: computed at most once a minute per process
 * (lib/cache/figures.ts) rather than on every request; both read the dashboard rollups (migration 0005)
 * and territory-wide counts. Authorization stays per request, before the cache.
 */
import { getDb, type Db } from "@/db/client";
import { authorize, type Actor } from "@/lib/auth/actor";
import { cachedFigures } from "@/lib/cache/figures";
import { territoryConfig } from "@/lib/config/territory";
import { territoryName } from "@/lib/geo/territory-name";
import { monthOf } from "./definitions";
import type { Period } from "./period";
import { loadBarometer, loadTerritoryDashboard } from "./service";

/** The public barometer and the territory's name; the key holds the month, so a new month starts fresh figures. */
export function barometerFigures(db: Db = getDb(), now = new Date()) {
  return cachedFigures(`barometer:${territoryConfig().epciCode}:${monthOf(now)}`, async () => {
    const [barometer, territory] = await Promise.all([loadBarometer(db, now), territoryName(db)]);
    return { barometer, territory };
  });
}

/** The territory statistics of a period, for CCI staff. */
export function territoryStatistics(actor: Actor | null, period: Period, db: Db = getDb()) {
  authorize(actor, "dashboard:territory");
  return cachedFigures(`territory:${territoryConfig().epciCode}:${period.from}:${period.to}`, () => loadTerritoryDashboard(db, actor, period));
}
