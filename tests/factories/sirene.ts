/** SIRENE StockEtablissement CSV for tests: rows with Luhn-valid SIRETs, written with the real column names. */
import { withLuhnKey } from "@/lib/companies/siret";
import type { SireneRecord } from "@/lib/sirene/row";

const COLUMNS = [
  "siren",
  "nic",
  "siret",
  "statutDiffusionEtablissement",
  "trancheEffectifsEtablissement",
  "dateDernierTraitementEtablissement",
  "libelleVoieEtablissement",
  "codeCommuneEtablissement",
  "etatAdministratifEtablissement",
  "enseigne1Etablissement",
  "denominationUsuelleEtablissement",
  "activitePrincipaleEtablissement",
] as const;

const NAF = ["43.22A", "43.21A", "56.10A", "10.71C", "49.41A", "81.21Z", "62.01Z", "71.12B", "43.32A", "33.12Z"];
const COMMUNES = ["13201", "13202", "13205", "13208", "13210", "13001", "13005", "13056", "13047", "13103"];
const BANDS = ["NN", "00", "01", "02", "03", "11", "12", "21"];

/** The i-th generated establishment (deterministic): prefix "7" keeps them apart from demo and factory SIRETs. */
export function sireneRecord(i: number, over: SireneRecord = {}): SireneRecord & { nic: string } {
  const siren = withLuhnKey(`7${String(i).padStart(7, "0")}`);
  const siret = withLuhnKey(`${siren}0001`);
  return {
    siren,
    nic: siret.slice(9),
    siret,
    trancheEffectifsEtablissement: BANDS[i % BANDS.length],
    dateDernierTraitementEtablissement: `2025-0${1 + (i % 9)}-1${i % 10}T08:30:00`,
    codeCommuneEtablissement: COMMUNES[i % COMMUNES.length],
    etatAdministratifEtablissement: i % 17 === 0 ? "F" : "A",
    enseigne1Etablissement: i % 3 === 0 ? `ENSEIGNE ${i}` : "",
    denominationUsuelleEtablissement: `ETABLISSEMENT NUMERO ${i}`,
    activitePrincipaleEtablissement: NAF[i % NAF.length],
    ...over,
  };
}

const cell = (v: string | undefined, delimiter: string) =>
  v === undefined ? "" : v.includes(delimiter) || v.includes('"') || v.includes("\n") ? `"${v.replace(/"/g, '""')}"` : v;

export function sireneCsv(records: Record<string, string | undefined>[], opts: { delimiter?: "," | ";"; bom?: boolean } = {}): string {
  const d = opts.delimiter ?? ",";
  const lines = [COLUMNS.join(d), ...records.map((r) => COLUMNS.map((c) => cell(r[c], d)).join(d))];
  return `${opts.bom ? "\uFEFF" : ""}${lines.join("\n")}\n`;
}
