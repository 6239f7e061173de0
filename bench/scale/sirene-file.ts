/**
 * Writes a SIRENE StockEtablissement CSV for the scale data set, so the companies enter through the real
 * import (lib/sirene/import.ts) as production data does. Deterministic from the seed: the same seed writes
 * the same bytes. Establishments sit in real communes, weighted by population^0.8 (the territory's EPCI
 * first, the rest of France after, arrondissements instead of the cities split in them, as in SIRENE),
 * with real NAF sous-classes (half from the territory's common trades) and SIRENE's headcount bands.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type pg from "pg";
import { withLuhnKey } from "../../lib/companies/siret";
import { COMMON_NAF } from "../matching-data";
import { Rng, WeightedPicker } from "../lib/prng";

/** Every scale SIRET starts with this digit (SIREN 7xxxxxxxK): never a demo or test company's. */
export const SCALE_SIRET_PREFIX = "7";

const HEADER = [
  "siren",
  "siret",
  "denominationUniteLegale",
  "enseigne1Etablissement",
  "activitePrincipaleEtablissement",
  "codeCommuneEtablissement",
  "trancheEffectifsEtablissement",
  "etatAdministratifEtablissement",
  "dateDernierTraitementEtablissement",
];

/** Share of establishments by SIRENE band, close to the national stock (most have no employee). */
const BANDS = [
  { value: "NN", weight: 40 },
  { value: "00", weight: 18 },
  { value: "01", weight: 16 },
  { value: "02", weight: 9 },
  { value: "03", weight: 6 },
  { value: "11", weight: 5 },
  { value: "12", weight: 3.4 },
  { value: "21", weight: 1.2 },
  { value: "22", weight: 0.7 },
  { value: "31", weight: 0.2 },
  { value: "32", weight: 0.25 },
  { value: "41", weight: 0.12 },
  { value: "42", weight: 0.06 },
  { value: "51", weight: 0.03 },
  { value: "52", weight: 0.01 },
  { value: "53", weight: 0.005 },
];
const FIRST = ["Atelier", "Société", "Établissements", "Groupe", "Cabinet", "Maison", "Entreprise", "Compagnie", "Bureau", "Studio"];
const SECOND = [
  "Provençal",
  "du Vieux-Port",
  "Méditerranée",
  "des Calanques",
  "Sainte-Victoire",
  "du Littoral",
  "de l'Étang",
  "Phocéen",
  "Martin",
  "Bernard",
  "Durand",
  "Roux",
  "Fabre",
  "Blanc",
  "Garcia",
  "Giraud",
  "Mercier",
  "Bonnet",
  "Faure",
  "Chevalier",
];
const LEGAL = ["SARL", "SAS", "SASU", "EURL", "SA", "SCOP"];

export interface SireneFileStats {
  rows: number;
  territory: number;
  bytes: number;
}

/** Communes and their weights: arrondissements replace their city; population^0.8 flattens the big ones. */
async function communePickers(client: pg.Client, epci: string) {
  const { rows } = await client.query<{ code: string; weight: number; local: boolean }>(
    `
    select c.insee_code as code, power(greatest(coalesce(c.population, 0), 300), 0.8)::float8 as weight,
      coalesce(c.epci_code, p.epci_code) = $1 as local
    from communes c left join communes p on p.insee_code = c.parent_code
    where c.insee_code not in (select a.parent_code from communes a where a.parent_code is not null)
    order by c.insee_code`,
    [epci],
  );
  const local = rows.filter((r) => r.local).map((r) => ({ value: r.code, weight: r.weight }));
  const other = rows.filter((r) => !r.local).map((r) => ({ value: r.code, weight: r.weight }));
  if (local.length === 0) throw new Error(`No commune for the territory's EPCI ${epci}: load the reference data first.`);
  return { local: new WeightedPicker(local), other: new WeightedPicker(other) };
}

export async function writeSireneFile(
  client: pg.Client,
  file: string,
  opts: { rows: number; seed: number; epci: string; localShare: number },
  progress: (done: number) => void = () => {},
): Promise<SireneFileStats> {
  const rng = new Rng(opts.seed);
  const pickers = await communePickers(client, opts.epci);
  const { rows: nafRows } = await client.query<{ code: string }>(`select code from naf_codes where level = 'subclass' order by code`);
  const allNaf = nafRows.map((r) => r.code);
  const bands = new WeightedPicker(BANDS);
  const out = createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, "drain");
  };
  await write(`${HEADER.join(",")}\n`);
  let territory = 0;
  const quote = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  for (let i = 1; i <= opts.rows; i++) {
    const siren = withLuhnKey(`${SCALE_SIRET_PREFIX}${String(i).padStart(7, "0")}`);
    const siret = withLuhnKey(`${siren}0001`);
    const local = rng.chance(opts.localShare);
    if (local) territory++;
    const commune = (local ? pickers.local : pickers.other).pick(rng);
    const naf = rng.chance(0.5) ? rng.pick(COMMON_NAF) : rng.pick(allNaf);
    const name = `${rng.pick(FIRST)} ${rng.pick(SECOND)} ${i} ${rng.pick(LEGAL)}`;
    const sign = rng.chance(0.3) ? `${rng.pick(SECOND)} ${rng.pick(FIRST).toLowerCase()}` : "";
    const state = rng.chance(0.03) ? "F" : "A";
    const day = new Date(Date.UTC(2024, 0, 1) + rng.int(0, 700) * 86_400_000).toISOString().slice(0, 19);
    await write(`${[siren, siret, quote(name), quote(sign), naf, commune, bands.pick(rng), state, day].join(",")}\n`);
    if (i % 10_000 === 0) progress(i);
  }
  out.end();
  await once(out, "finish");
  return { rows: opts.rows, territory, bytes: out.bytesWritten };
}
