/**
 * The shape of the labelled evaluation set of matching (establishments as SIRENE rows with their
 * descriptions, needs, graded labels) and how it is written as files: stock-etablissement.csv,
 * descriptions.csv, needs/*.json and labels.csv. generate-set.ts builds it.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "csv-stringify/sync";

export interface EvalEstablishment {
  /** SIRENE StockEtablissement columns. */
  sirene: Record<string, string>;
  /** The company's self-description ("" when it wrote none). */
  description: string;
  /** Generation facts, for the labels and for reading the set (not imported). */
  specialty: string;
  secondary: string | null;
  quality: "clear" | "short" | "vague" | "empty";
}
export interface EvalNeed {
  id: string;
  title: string;
  description: string;
  kind: "works" | "supplies" | "services";
  nafCodes: string[];
  communeCode: string;
  perimeterKind: "radius" | "territory" | "areas";
  perimeterRadiusKm: number | null;
  perimeterAreas: { kind: "commune" | "epci"; code: string }[];
  budgetMinEur: number | null;
  budgetMaxEur: number | null;
  responseDeadline: string;
}
export interface EvalLabel {
  needId: string;
  siret: string;
  grade: 0 | 1 | 2 | 3;
  reason: string;
}
export interface EvalSet {
  seed: number;
  establishments: EvalEstablishment[];
  needs: EvalNeed[];
  labels: EvalLabel[];
}

export const SIRENE_HEADER = [
  "siren",
  "nic",
  "siret",
  "statutDiffusionEtablissement",
  "dateCreationEtablissement",
  "trancheEffectifsEtablissement",
  "anneeEffectifsEtablissement",
  "dateDernierTraitementEtablissement",
  "etablissementSiege",
  "numeroVoieEtablissement",
  "typeVoieEtablissement",
  "libelleVoieEtablissement",
  "codePostalEtablissement",
  "libelleCommuneEtablissement",
  "codeCommuneEtablissement",
  "dateDebut",
  "etatAdministratifEtablissement",
  "enseigne1Etablissement",
  "enseigne2Etablissement",
  "enseigne3Etablissement",
  "denominationUsuelleEtablissement",
  "activitePrincipaleEtablissement",
  "nomenclatureActivitePrincipaleEtablissement",
  "caractereEmployeurEtablissement",
  "denominationUniteLegale",
] as const;

/** One CSV file: header and rows, "\n" line ends, quoted by csv-stringify (a lone CR too, as before). */
const csvFile = (sep: string, rows: string[][]) => stringify(rows, { delimiter: sep, record_delimiter: "\n", quoted_match: /\r/ });

export function writeEvalSet(set: EvalSet, dir: string): void {
  mkdirSync(path.join(dir, "needs"), { recursive: true });
  writeFileSync(
    path.join(dir, "stock-etablissement.csv"),
    csvFile(",", [[...SIRENE_HEADER], ...set.establishments.map((e) => SIRENE_HEADER.map((h) => e.sirene[h] ?? ""))]),
  );
  writeFileSync(
    path.join(dir, "descriptions.csv"),
    csvFile(";", [
      ["siret", "description", "specialite", "qualite"],
      ...set.establishments.map((e) => [e.sirene.siret, e.description, e.specialty, e.quality]),
    ]),
  );
  for (const n of set.needs) writeFileSync(path.join(dir, "needs", `${n.id}.json`), `${JSON.stringify(n, null, 2)}\n`);
  writeFileSync(
    path.join(dir, "labels.csv"),
    csvFile(";", [["needId", "siret", "grade", "reason"], ...set.labels.map((l) => [l.needId, l.siret, String(l.grade), l.reason])]),
  );
}
