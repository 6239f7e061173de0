/**
 * Ranks the local suppliers of a need described in a JSON file (the need form's fields), without storing
 * anything: for staff preparing a need with a buyer, or checking a weights version on real data.
 *
 * Usage: npm run match -- --need docs/examples/need-menuiserie.json [--limit 20] [--json] [--out FILE.json]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createDb } from "../db/client";
import { ValidationError } from "../lib/errors";
import { PART_LABELS } from "../lib/matching/labels";
import { ZNeedLike } from "../lib/matching/need-like";
import { rankSuppliersForNeed } from "../lib/matching/service";
import { MATCH_PARTS, type MatchRun } from "../lib/matching/types";
import { fieldErrorsOf } from "../lib/validation/zod";

class CliError extends Error {}

function fail(message: string): never {
  throw new CliError(message);
}

function readNeed(file: string) {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    fail(`Impossible de lire ${file} : ${err instanceof SyntaxError ? "JSON invalide" : (err as Error).message}.`);
  }
  // null is how other programs write "not set" (perimeterRadiusKm of a territory need, no budget).
  const given = raw && typeof raw === "object" ? Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== null)) : raw;
  const parsed = ZNeedLike.safeParse(given);
  if (!parsed.success) {
    const lines = Object.entries(fieldErrorsOf(parsed.error)).map(([field, message]) => `  - ${field} : ${message}`);
    fail(`Le besoin décrit dans ${file} est incomplet ou invalide :\n${lines.join("\n")}`);
  }
  return parsed.data;
}

const pct = (v: number) => `${Math.round(v * 100)}`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 2 || i === 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

function printRun(run: MatchRun, title: string, limit: number) {
  const shown = run.matches.slice(0, limit);
  console.log(`\n« ${title} » — pondération n° ${run.weightsVersion}, ${run.matches.length} fournisseur(s) classé(s), ${run.excluded.length} écarté(s)\n`);
  if (shown.length === 0) {
    console.log("Aucun fournisseur ne correspond.");
  } else {
    const short = (s: string) => (s.length > 32 ? `${s.slice(0, 31)}…` : s);
    console.log(
      table(
        ["#", "Score", "Entreprise", "Commune", "km", ...MATCH_PARTS.map((k) => PART_LABELS[k].slice(0, 6))],
        shown.map((m, i) => [
          String(i + 1),
          pct(m.score),
          short(m.name),
          short(m.communeName),
          (m.distanceKm ?? 0).toFixed(1),
          ...MATCH_PARTS.map((k) => pct(m.parts.find((p) => p.key === k)?.value ?? 0)),
        ]),
      ),
    );
    console.log("\n(valeurs en %, score = Σ poids × valeur)\n");
    shown.forEach((m, i) => {
      console.log(
        `${String(i + 1).padStart(3)}. ${m.name} (SIRET ${m.siret}) — ${m.parts
          .map((p) => p.sentence)
          .filter(Boolean)
          .join(" ; ")}`,
      );
    });
  }
  if (run.excluded.length) {
    console.log(`\nÉcartés (${run.excluded.length}, les 10 plus proches) :`);
    for (const e of run.excluded.slice(0, 10)) console.log(`  - ${e.name} : ${e.reason}`);
  }
}

async function main() {
  const { values } = parseArgs({
    options: { need: { type: "string" }, limit: { type: "string", default: "20" }, json: { type: "boolean", default: false }, out: { type: "string" } },
  });
  if (!values.need) fail("Indiquez le fichier du besoin : npm run match -- --need besoin.json [--limit 20] [--json]");
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 2000) fail("--limit doit être un entier entre 1 et 2000.");
  const input = readNeed(values.need);

  const { db, pool } = createDb(process.env.DATABASE_URL!, 4);
  try {
    const run = await rankSuppliersForNeed(db, { ...input, perimeterRadiusKm: input.perimeterRadiusKm ?? null });
    const json = JSON.stringify({ ...run, needId: null, matches: run.matches.slice(0, limit) }, null, 2);
    if (values.out) writeFileSync(values.out, json);
    // Awaited until written: a pipe to another program must get every byte (stdout on a pipe is asynchronous).
    if (values.json) await new Promise<void>((resolve, reject) => process.stdout.write(`${json}\n`, (err) => (err ? reject(err) : resolve())));
    else printRun(run, input.title, limit);
  } catch (err) {
    if (err instanceof ValidationError) {
      fail(
        `Le besoin fait référence à des codes inconnus :\n${Object.entries(err.fieldErrors)
          .map(([f, m]) => `  - ${f} : ${m}`)
          .join("\n")}`,
      );
    }
    throw err;
  } finally {
    await pool.end();
  }
}

// No process.exit(): it would cut output still buffered for a pipe (at 64 KB). The exit code is set instead.
main().catch((err) => {
  console.error(err instanceof CliError ? err.message : `Échec du classement : ${err instanceof Error ? err.message : err}`);
  process.exitCode = 1;
});
