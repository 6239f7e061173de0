/**
 * A service area or perimeter in words, as a French sentence part: "dans un rayon de 30 km autour
 * d'Aubagne", "sur tout le territoire (Métropole d'Aix-Marseille-Provence)", "à Aubagne, La Ciotat et Cassis"
 * (a list with an intercommunality: "dans les zones suivantes : …").
 */
import type { AreaKind } from "./area-schema";

/** "de Marseille", "d'Aubagne", "du Rove", "des Pennes-Mirabeau", "de La Ciotat". */
export function deCommune(name: string): string {
  if (/^Le /.test(name)) return `du ${name.slice(3)}`;
  if (/^Les /.test(name)) return `des ${name.slice(4)}`;
  if (/^[AEIOUYÂÊÎÔÛÉÈËÏÜŒH]/i.test(name)) return `d'${name}`;
  return `de ${name}`;
}

/** "A", "A et B", "A, B et C". */
export function joinFrench(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`;
}

export interface AreaDescription {
  kind: AreaKind;
  radiusKm: number | null;
  /** The commune the radius is counted from (the company's). */
  centreName: string | null;
  areas: { kind: "commune" | "epci"; name: string }[];
  territoryName: string;
}

export function describeArea(a: AreaDescription): string {
  if (a.kind === "territory") return `sur tout le territoire (${a.territoryName})`;
  if (a.kind === "areas") {
    if (a.areas.length === 0) return "zone non précisée";
    const names = joinFrench(a.areas.map((x) => x.name));
    return a.areas.every((x) => x.kind === "commune") ? `à ${names}` : `dans les zones suivantes : ${names}`;
  }
  // No radius declared: no limit either (docs/MATCHING.md § 2).
  if (a.radiusKm == null) return "zone non précisée";
  const km = `${a.radiusKm} km`;
  return a.centreName ? `dans un rayon de ${km} autour ${deCommune(a.centreName)}` : `dans un rayon de ${km}`;
}
