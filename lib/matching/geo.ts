/**
 * Places and areas for matching, pure: great-circle distance, and whether a place lies in a perimeter
 * (the need's) or a service area (the supplier's): a radius around a commune, the territory's EPCI, or
 * listed communes / EPCIs. A municipal arrondissement (Marseille 13205) counts as its commune (13055).
 */
import type { AreaRef } from "../geo/area-schema";

export interface Place {
  communeCode: string;
  /** The commune an arrondissement belongs to (13055 for 13205), else null. */
  parentCode: string | null;
  name: string;
  epciCode: string | null;
  lat: number;
  lng: number;
}

export interface Area {
  kind: "radius" | "territory" | "areas";
  radiusKm: number | null;
  areas: AreaRef[];
}

/** Mean Earth radius (IUGG), km. */
const EARTH_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Haversine distance between two commune centres, in km. */
export function haversineKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Listed communes / EPCIs contain the place (an arrondissement is inside its commune). */
export function inListedAreas(place: Place, areas: readonly AreaRef[]): boolean {
  return areas.some((a) => (a.kind === "commune" ? a.code === place.communeCode || a.code === place.parentCode : a.code === place.epciCode));
}

export type AreaVerdict = { inside: true } | { inside: false; why: "radius" | "territory" | "areas" };

/**
 * Whether `place` lies in `area` drawn around `centre`, `km` apart. A radius without its km (never from
 * the forms, possible in old rows) does not limit anything.
 */
export function areaContains(area: Area, km: number, place: Place, territoryEpci: string): AreaVerdict {
  if (area.kind === "radius") return area.radiusKm == null || km <= area.radiusKm ? { inside: true } : { inside: false, why: "radius" };
  if (area.kind === "territory") return place.epciCode === territoryEpci ? { inside: true } : { inside: false, why: "territory" };
  return inListedAreas(place, area.areas) ? { inside: true } : { inside: false, why: "areas" };
}
