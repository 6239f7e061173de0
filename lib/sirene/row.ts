/**
 * One row of a SIRENE StockEtablissement file → a company to upsert, or the French reasons it is refused.
 * Pure: the reference sets (NAF sous-classes, commune codes) are passed in by the importer.
 */
import { HEADCOUNT_CODES } from "@/lib/companies/headcount-bands";
import { normalizeDigits, siretProblem } from "@/lib/companies/siret";
import { plural } from "@/lib/format";
import { normalizeNaf } from "@/lib/naf/code";
import { present } from "../invariant";

/** The columns we read, by their SIRENE names; any other column of the file is ignored. */
export const SIRENE_COLUMNS = [
  "siret",
  "siren",
  "denominationUniteLegale",
  "denominationUsuelleEtablissement",
  "enseigne1Etablissement",
  "enseigne2Etablissement",
  "enseigne3Etablissement",
  "activitePrincipaleEtablissement",
  "codeCommuneEtablissement",
  "trancheEffectifsEtablissement",
  "etatAdministratifEtablissement",
  "dateDernierTraitementEtablissement",
  // Creation dates: the legal unit's when the file is joined with StockUniteLegale, else the establishment's.
  "dateCreationUniteLegale",
  "dateCreationEtablissement",
  // Sole traders: StockEtablissement joined with the legal unit's person name.
  "nomUniteLegale",
  "prenomUsuelUniteLegale",
] as const;
export type SireneColumn = (typeof SIRENE_COLUMNS)[number];
export type SireneRecord = Partial<Record<SireneColumn, string>>;

const NAME_COLUMNS = [
  "denominationUniteLegale",
  "denominationUsuelleEtablissement",
  "enseigne1Etablissement",
  "enseigne2Etablissement",
  "enseigne3Etablissement",
] as const satisfies readonly SireneColumn[];
const REQUIRED_COLUMNS = [
  "siret",
  "activitePrincipaleEtablissement",
  "codeCommuneEtablissement",
  "etatAdministratifEtablissement",
] as const satisfies readonly SireneColumn[];

const byLowerName = new Map<string, SireneColumn>(SIRENE_COLUMNS.map((c) => [c.toLowerCase(), c]));

/** A file header → our column name (case and surrounding spaces ignored), or undefined for an unknown column. */
export function sireneColumnOf(header: string): SireneColumn | undefined {
  return byLowerName.get(header.trim().toLowerCase());
}

/** The file-level problems of a header line, in French (empty when the file can be read). */
export function headerProblems(headers: string[]): string[] {
  const found = new Set(headers.map(sireneColumnOf).filter((c) => c !== undefined));
  const problems: string[] = [];
  const missing = REQUIRED_COLUMNS.filter((c) => !found.has(c));
  if (missing.length) problems.push(`${plural(missing.length, "Colonne SIRENE absente", "Colonnes SIRENE absentes")} : ${missing.join(", ")}.`);
  if (!NAME_COLUMNS.some((c) => found.has(c))) {
    problems.push(`Aucune colonne de nom : il faut au moins l'une de ${NAME_COLUMNS.join(", ")}.`);
  }
  return problems;
}

export interface SireneReferenceSets {
  /** NAF rév. 2 sous-classes, "43.32A". */
  nafCodes: ReadonlySet<string>;
  /** INSEE codes of communes and municipal arrondissements, "13205". */
  communeCodes: ReadonlySet<string>;
}

export interface SireneCompany {
  siret: string;
  siren: string;
  legalName: string;
  tradeName: string | null;
  nafCode: string;
  communeCode: string;
  headcountBand: string;
  administrativeState: "A" | "F";
  sireneUpdatedAt: Date | null;
  /** "2021-02-11": the legal unit's creation date if known, else the establishment's (companies.founded_on). */
  foundedOn: string | null;
}

export type SireneRowResult = { ok: true; company: SireneCompany } | { ok: false; reasons: string[] };

/** SIRENE writes "[ND]" for what an establishment chose not to publish: no value, for us. */
function value(record: SireneRecord, column: SireneColumn): string {
  const v = (record[column] ?? "").trim().replace(/\s+/g, " ");
  return v === "[ND]" ? "" : v;
}

const HEADCOUNTS = new Set<string>(HEADCOUNT_CODES);

/**
 * "2024-03-05T10:22:33" or "2024-03-05" → that instant read as UTC (SIRENE gives no offset; a fixed
 * reading keeps re-imports identical on every machine, and an hour does not matter for a freshness date).
 */
export function parseSireneDate(input: string): Date | null | "invalid" {
  if (!input) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?)?$/.exec(input);
  if (!m) return "invalid";
  const date = new Date(`${m[1]}T${m[2] ?? "00:00:00"}Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== m[1] ? "invalid" : date;
}

const SIRET_REASONS = {
  format: "SIRET invalide (14 chiffres attendus)",
  siren_key: "SIRET invalide (clé de contrôle)",
  siret_key: "SIRET invalide (clé de contrôle)",
} as const;

export function validateSireneRow(record: SireneRecord, refs: SireneReferenceSets): SireneRowResult {
  const reasons: string[] = [];

  const siret = normalizeDigits(value(record, "siret"));
  const siretIssue = siret ? siretProblem(siret) : "format";
  if (!siret) reasons.push("SIRET manquant");
  else if (siretIssue) reasons.push(SIRET_REASONS[siretIssue]);
  const sirenGiven = normalizeDigits(value(record, "siren"));
  if (sirenGiven && sirenGiven !== siret.slice(0, 9)) reasons.push("SIREN ≠ 9 premiers chiffres du SIRET");

  // The legal unit's name when the file has it; otherwise the establishment's usual name or signs.
  const person = [value(record, "prenomUsuelUniteLegale"), value(record, "nomUniteLegale")].filter(Boolean).join(" ");
  const names = [...NAME_COLUMNS.map((c) => value(record, c)), person].filter((n) => n !== "");
  const legalName = names[0];
  if (!legalName) reasons.push("nom manquant");
  const tradeName = names.slice(1).find((n) => n.toLowerCase() !== legalName?.toLowerCase()) ?? null;

  const nafRaw = value(record, "activitePrincipaleEtablissement");
  const nafCode = normalizeNaf(nafRaw);
  if (!nafRaw) reasons.push("code NAF manquant");
  else if (!nafCode || !refs.nafCodes.has(nafCode)) reasons.push(`code NAF inconnu : ${nafRaw}`);

  const communeCode = value(record, "codeCommuneEtablissement").toUpperCase();
  if (!communeCode) reasons.push("commune manquante (établissement à l'étranger ?)");
  else if (!refs.communeCodes.has(communeCode)) reasons.push(`commune inconnue : ${communeCode}`);

  const band = value(record, "trancheEffectifsEtablissement").toUpperCase() || "NN";
  if (!HEADCOUNTS.has(band)) reasons.push(`tranche d'effectifs inconnue : ${band}`);

  const state = value(record, "etatAdministratifEtablissement").toUpperCase();
  if (state !== "A" && state !== "F") reasons.push(state ? `état administratif inconnu : ${state} (A ou F attendu)` : "état administratif manquant");

  const dateRaw = value(record, "dateDernierTraitementEtablissement");
  const sireneUpdatedAt = parseSireneDate(dateRaw);
  if (sireneUpdatedAt === "invalid") reasons.push(`date de dernier traitement invalide : ${dateRaw}`);

  // A new establishment of an old firm is no young company: the legal unit's date comes first when the file has it.
  const foundedColumn = value(record, "dateCreationUniteLegale") ? "dateCreationUniteLegale" : "dateCreationEtablissement";
  const foundedRaw = value(record, foundedColumn);
  const founded = parseSireneDate(foundedRaw);
  if (founded === "invalid") reasons.push(`date de création invalide : ${foundedRaw}`);

  if (reasons.length || sireneUpdatedAt === "invalid" || founded === "invalid") return { ok: false, reasons };
  return {
    ok: true,
    company: {
      siret,
      siren: siret.slice(0, 9),
      legalName: present(legalName, "the legal name"),
      tradeName,
      nafCode: present(nafCode, "the NAF code"),
      communeCode,
      headcountBand: band,
      administrativeState: state as "A" | "F",
      sireneUpdatedAt,
      foundedOn: founded ? founded.toISOString().slice(0, 10) : null,
    },
  };
}
