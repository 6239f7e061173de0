/**
 * Imports establishments from a SIRENE StockEtablissement CSV into companies (upsert by SIRET), with a
 * progress bar, a summary and the full list of rejected rows written to .data/sirene-rejets-<date>.csv.
 * Usage: npm run import:sirene -- FILE.csv [--dry-run] [--batch 1000]
 * Re-running a file (even after an interrupted run) changes nothing that is already there.
 */
import { createReadStream, createWriteStream, mkdirSync, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import { parseArgs } from "node:util";
import { Presets, SingleBar } from "cli-progress";
import { createDb } from "../db/client";
import { importSireneStream, SireneFileError, type RejectedRow } from "../lib/sirene/import";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "dry-run": { type: "boolean", default: false }, batch: { type: "string", default: "1000" } },
});
const file = positionals[0];
if (!file) {
  console.error("Usage : npm run import:sirene -- FICHIER.csv [--dry-run] [--batch 1000]");
  process.exit(2);
}
let size: number;
try {
  size = statSync(file).size;
} catch {
  console.error(`Fichier introuvable : ${file}`);
  process.exit(2);
}

const fr = (n: number) => n.toLocaleString("fr-FR");
const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, "-").replace("T", "_");
const rejectsPath = path.join(".data", `sirene-rejets-${stamp}.csv`);
mkdirSync(".data", { recursive: true });
const rejects = createWriteStream(rejectsPath);
// BOM and ";": opens as UTF-8 columns in a French Excel.
rejects.write("\uFEFFligne;siret;motifs\n");
const csvCell = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
async function writeRejected(row: RejectedRow) {
  if (!rejects.write(`${row.line};${csvCell(row.siret)};${csvCell(row.reasons.join(" | "))}\n`)) await once(rejects, "drain");
}

const { db, pool } = createDb(process.env.DATABASE_URL!, 2);
const bar = new SingleBar(
  {
    format: "SIRENE [{bar}] {percentage}% | {rows} lignes | {speed} lignes/s | rejetées {rejected} | {eta_formatted}",
    hideCursor: true,
  },
  Presets.shades_classic,
);
bar.start(size, 0, { rows: "0", speed: "—", rejected: "0" });
const started = performance.now();

let exitCode = 0;
try {
  const result = await importSireneStream(db, createReadStream(file), {
    batchSize: Number(values.batch),
    dryRun: values["dry-run"],
    onRejected: writeRejected,
    onProgress: (p) => {
      const seconds = (performance.now() - started) / 1000;
      bar.update(p.bytesRead, { rows: fr(p.read), speed: fr(Math.round(p.read / Math.max(seconds, 0.001))), rejected: fr(p.rejectedCount) });
    },
  });
  bar.update(size);
  bar.stop();
  rejects.end();
  await once(rejects, "finish");

  const seconds = result.durationMs / 1000;
  console.log(`\nImport SIRENE de ${file}${result.dryRun ? " (essai à blanc : rien n'a été enregistré)" : ""}`);
  console.table({
    "lignes lues": result.read,
    "entreprises créées": result.imported,
    "entreprises mises à jour": result.updated,
    "  dont signataires (état, effectif, date SIRENE)": result.signatoriesRefreshed,
    inchangées: result.unchanged,
    "lignes rejetées": result.rejectedCount,
  });
  console.log(`Durée : ${seconds.toFixed(1)} s (${fr(Math.round(result.read / Math.max(seconds, 0.001)))} lignes/s)`);
  if (result.rejectedCount > 0) {
    const shown = result.rejected.slice(0, 20);
    console.log(`\n${fr(result.rejectedCount)} ligne(s) rejetée(s)${result.rejectedCount > shown.length ? `, les ${shown.length} premières` : ""} :`);
    for (const r of shown) console.log(`  ligne ${String(r.line).padStart(6)}  ${r.siret.padEnd(14)}  ${r.reasons.join(" ; ")}`);
    console.log(`\nListe complète des rejets : ${rejectsPath}`);
  } else {
    rmSync(rejectsPath, { force: true });
    console.log("Aucune ligne rejetée.");
  }
} catch (err) {
  bar.stop();
  rejects.end();
  if (err instanceof SireneFileError) console.error(`\nImport impossible : ${err.message}`);
  else console.error("\nL'import s'est arrêté sur une erreur (les lots déjà traités sont enregistrés ; relancez la même commande pour terminer) :", err);
  exitCode = 1;
}
await pool.end();
process.exit(exitCode);
