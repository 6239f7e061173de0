/**
 * The home page's network figures: signatories, engaged large buyers, communes represented, out of the
 * territory's communes. Territory-wide counts over every company: computed at most once a minute
 * (lib/cache/figures.ts), so a visit costs no query for them.
 */
import { getDb, type Db } from "@/db/client";
import { platformCounts } from "@/db/queries/companies";
import { findEpci, territoryCommuneCount } from "@/db/queries/reference";
import { cachedFigures } from "@/lib/cache/figures";
import { territoryConfig } from "@/lib/config/territory";

export interface HomeFigures {
  territoryName: string;
  signatories: number;
  largeBuyers: number;
  communes: number;
  territoryCommunes: number;
}

export async function computeHomeFigures(db: Db): Promise<HomeFigures> {
  const territory = territoryConfig();
  const [counts, epci, territoryCommunes] = await Promise.all([
    platformCounts(db),
    territory.displayName ? null : findEpci(db, territory.epciCode),
    territoryCommuneCount(db, territory.epciCode),
  ]);
  return {
    territoryName: territory.displayName ?? epci?.name ?? "votre territoire",
    signatories: counts.signatories,
    largeBuyers: counts.largeBuyers,
    communes: counts.communes,
    territoryCommunes,
  };
}

export function homeFigures(db: Db = getDb()): Promise<HomeFigures> {
  return cachedFigures(`home:${territoryConfig().epciCode}`, () => computeHomeFigures(db));
}
