/**
 * The geographic half of the prefilter, pure: the communes whose centre lies within `reachKm` of the place
 * of delivery, plus those of the perimeter's listed areas or territory, each with its distance, whether it
 * is inside the perimeter, and the place-only part of the pre-score (distance and locality).
 */
import type { Reach } from "@/db/queries/matching";
import { areaContains, haversineKm, inListedAreas, type Area, type Place } from "./geo";
import { distanceValue } from "./parts";

export type { Reach } from "@/db/queries/matching";

const KM_PER_DEGREE_LAT = 111.2;

export function reachOf(
  communes: readonly Place[],
  from: Place,
  reachKm: number,
  perimeter: Area,
  territoryEpci: string,
  pre: { distance: number; locality: number; halfKm: number },
): Reach {
  const out: Reach = { codes: [], km: [], inside: [], placeScore: [] };
  const dLat = reachKm / KM_PER_DEGREE_LAT;
  const dLng = reachKm / (KM_PER_DEGREE_LAT * Math.max(0.05, Math.cos((from.lat * Math.PI) / 180)));
  for (const c of communes) {
    const near = Math.abs(c.lat - from.lat) <= dLat && Math.abs(c.lng - from.lng) <= dLng;
    const listed = perimeter.kind === "areas" ? inListedAreas(c, perimeter.areas) : perimeter.kind === "territory" && c.epciCode === territoryEpci;
    if (!near && !listed) continue;
    // Rounded as in score.ts, so "inside" here and the exclusion there agree at the boundary.
    const km = Math.round(haversineKm(from, c) * 10_000) / 10_000;
    if (km > reachKm && !listed) continue;
    out.codes.push(c.communeCode);
    out.km.push(km);
    out.inside.push(areaContains(perimeter, km, c, territoryEpci).inside);
    out.placeScore.push(pre.distance * distanceValue(km, pre.halfKm) + pre.locality * (c.epciCode === territoryEpci ? 1 : 0));
  }
  return out;
}
