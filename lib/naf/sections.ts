/** NAF rév. 2 sections (activity families, A–U) and the divisions each one covers (INSEE). */
import { NAF_SUBCLASS } from "./code";

export const NAF_SECTIONS: ReadonlyArray<{ code: string; label: string; divisions: [number, number] }> = [
  { code: "A", label: "Agriculture, sylviculture et pêche", divisions: [1, 3] },
  { code: "B", label: "Industries extractives", divisions: [5, 9] },
  { code: "C", label: "Industrie manufacturière", divisions: [10, 33] },
  { code: "D", label: "Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné", divisions: [35, 35] },
  { code: "E", label: "Production et distribution d'eau ; assainissement, gestion des déchets et dépollution", divisions: [36, 39] },
  { code: "F", label: "Construction", divisions: [41, 43] },
  { code: "G", label: "Commerce ; réparation d'automobiles et de motocycles", divisions: [45, 47] },
  { code: "H", label: "Transports et entreposage", divisions: [49, 53] },
  { code: "I", label: "Hébergement et restauration", divisions: [55, 56] },
  { code: "J", label: "Information et communication", divisions: [58, 63] },
  { code: "K", label: "Activités financières et d'assurance", divisions: [64, 66] },
  { code: "L", label: "Activités immobilières", divisions: [68, 68] },
  { code: "M", label: "Activités spécialisées, scientifiques et techniques", divisions: [69, 75] },
  { code: "N", label: "Activités de services administratifs et de soutien", divisions: [77, 82] },
  { code: "O", label: "Administration publique", divisions: [84, 84] },
  { code: "P", label: "Enseignement", divisions: [85, 85] },
  { code: "Q", label: "Santé humaine et action sociale", divisions: [86, 88] },
  { code: "R", label: "Arts, spectacles et activités récréatives", divisions: [90, 93] },
  { code: "S", label: "Autres activités de services", divisions: [94, 96] },
  { code: "T", label: "Activités des ménages en tant qu'employeurs ; activités indifférenciées des ménages", divisions: [97, 98] },
  { code: "U", label: "Activités extra-territoriales", divisions: [99, 99] },
];

/** A section's French label ("F" → "Construction"); an unknown code is shown as is. */
export const sectionLabel = (code: string) => NAF_SECTIONS.find((s) => s.code === code)?.label ?? code;

/** "43.32A" → "F". Throws on a code outside the nomenclature's divisions. */
export function sectionOf(nafCode: string): string {
  const division = Number(nafCode.slice(0, 2));
  const section = NAF_SECTIONS.find((s) => division >= s.divisions[0] && division <= s.divisions[1]);
  if (!section) throw new Error(`Unknown NAF division: ${nafCode}`);
  return section.code;
}

export type NafLevel = "section" | "division" | "group" | "class" | "subclass";

/** Level and parent of a NAF code by its shape: "43" division, "43.3" group, "43.32" class, "43.32A" subclass. */
export function nafShape(code: string): { level: NafLevel; parent: string | null } {
  if (/^[A-U]$/.test(code)) return { level: "section", parent: null };
  if (/^\d{2}$/.test(code)) return { level: "division", parent: sectionOf(code) };
  if (/^\d{2}\.\d$/.test(code)) return { level: "group", parent: code.slice(0, 2) };
  if (/^\d{2}\.\d{2}$/.test(code)) return { level: "class", parent: code.slice(0, 4) };
  if (NAF_SUBCLASS.test(code)) return { level: "subclass", parent: code.slice(0, 5) };
  throw new Error(`Not a NAF rév. 2 code: ${code}`);
}
