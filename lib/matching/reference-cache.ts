/**
 * Reference data held in memory once per process: the 35,000 communes (centre, EPCI, parent) and the NAF
 * nomenclature. Both change only with a new reference load, which happens at start-up. Ranking reads them
 * for every need: the communes in reach are found here (haversine, the same formula as the scores), so the
 * database only looks up companies by activity, then keeps those whose commune is in the list.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Place } from "./geo";
import { readTogether } from "@/db/read-together";

export interface ReferenceCache {
  communes: Place[];
  communeByCode: Map<string, Place>;
  nafLabels: Map<string, string>;
  subclassesByDivision: Map<string, string[]>;
}

const globalForRef = globalThis as unknown as { __ccMatchingRef?: Promise<ReferenceCache> };

async function load(db: DbOrTx): Promise<ReferenceCache> {
  const [c, n] = await readTogether(db, [
    () =>
      db.execute<{ code: string; parent: string | null; name: string; epci: string | null; lat: number; lng: number }>(
        sql`select insee_code as code, parent_code as parent, name, epci_code as epci, lat, lng from communes order by insee_code`,
      ),
    () => db.execute<{ code: string; label: string; level: string }>(sql`select code, label, level::text as level from naf_codes order by code`),
  ]);
  const communes: Place[] = c.rows.map((r) => ({ communeCode: r.code, parentCode: r.parent, name: r.name, epciCode: r.epci, lat: r.lat, lng: r.lng }));
  const subclassesByDivision = new Map<string, string[]>();
  for (const r of n.rows) {
    if (r.level !== "subclass") continue;
    const division = r.code.slice(0, 2);
    subclassesByDivision.set(division, [...(subclassesByDivision.get(division) ?? []), r.code]);
  }
  return {
    communes,
    communeByCode: new Map(communes.map((x) => [x.communeCode, x])),
    nafLabels: new Map(n.rows.map((r) => [r.code, r.label])),
    subclassesByDivision,
  };
}

export function referenceCache(db: DbOrTx): Promise<ReferenceCache> {
  globalForRef.__ccMatchingRef ??= load(db).then(
    (ref) => {
      // An empty table means the reference data is not loaded yet: do not keep that.
      if (ref.communes.length === 0) globalForRef.__ccMatchingRef = undefined;
      return ref;
    },
    (err) => {
      globalForRef.__ccMatchingRef = undefined;
      throw err;
    },
  );
  return globalForRef.__ccMatchingRef;
}

/** Every sous-classe sharing a division with one of `codes`. */
export function divisionSubclasses(ref: ReferenceCache, codes: string[]): string[] {
  return [...new Set(codes.map((c) => c.slice(0, 2)))].flatMap((d) => ref.subclassesByDivision.get(d) ?? []);
}

export function labelsOf(ref: ReferenceCache, codes: string[]): Record<string, string> {
  return Object.fromEntries(
    codes.flatMap((c) => {
      const label = ref.nafLabels.get(c);
      return label === undefined ? [] : [[c, label] as const];
    }),
  );
}
