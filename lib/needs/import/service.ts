/**
 * Purchase-plan import: a preview (parse + validate, nothing written) and the import itself, which
 * re-reads the file on the server (a client-side preview proves nothing) and creates every valid row as
 * a draft in one transaction, so a failure half-way leaves no partial plan behind.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { authorize, type Actor } from "../../auth/actor";
import { recordAudit } from "../../audit/record";
import { ValidationError } from "../../errors";
import { createNeed } from "../service";
import { parseImportFile } from "./parse";
import { formatDate, formatMoney } from "../../format";
import { validateImport, type ImportRowResult, type ResolvedRow } from "./validate";
import type { NeedInput } from "../need-schema";

export interface ImportFile {
  name: string;
  bytes: Buffer;
}

export interface ImportPreview {
  rows: ImportRowResult[];
  fileErrors: string[];
  total: number;
  valid: number;
  invalid: number;
}

/** What the browser gets for a preview: no parsed inputs, just what the table shows. */
export interface ImportPreviewView {
  fileName: string;
  fileErrors: string[];
  total: number;
  valid: number;
  invalid: number;
  rows: { line: number; title: string; ok: boolean; errors: Record<string, string>; resolved: ResolvedView | null }[];
}

/** A valid row as it will be created, in words: the buyer checks what each cell was read as. */
export interface ResolvedView {
  commune: string;
  /** How the cell was read: « code INSEE », « code postal 13002 », « nom ». */
  communeVia: string;
  naf: string[];
  deadline: string;
  start: string | null;
  budget: string;
}

function budgetText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return min === max ? formatMoney(min) : `${formatMoney(min)} à ${formatMoney(max)}`;
  if (min !== undefined) return `à partir de ${formatMoney(min)}`;
  if (max !== undefined) return `jusqu'à ${formatMoney(max)}`;
  return "non indiqué";
}

export function resolvedView(input: NeedInput, resolved: ResolvedRow): ResolvedView {
  const { via } = resolved.commune;
  return {
    commune: `${resolved.commune.name} (${resolved.commune.code})`,
    communeVia: via === "insee" ? "code INSEE" : via === "name" ? "nom" : `code postal ${via.postal}`,
    naf: resolved.naf.map((n) => (n.label ? `${n.code} — ${n.label}` : n.code)),
    deadline: formatDate(input.responseDeadline),
    start: input.expectedStartDate ? formatDate(input.expectedStartDate) : null,
    budget: budgetText(input.budgetMinEur, input.budgetMaxEur),
  };
}

export function previewView(fileName: string, p: ImportPreview): ImportPreviewView {
  return {
    fileName,
    fileErrors: p.fileErrors,
    total: p.total,
    valid: p.valid,
    invalid: p.invalid,
    rows: p.rows.map((r) => ({
      line: r.line,
      title: r.title,
      ok: r.ok,
      errors: r.ok ? {} : r.errors,
      resolved: r.ok ? resolvedView(r.input, r.resolved) : null,
    })),
  };
}

/** Parses and validates the file for an actor already authorized to create the company's needs. */
async function check(db: Db, actor: Actor, file: ImportFile, now: Date): Promise<ImportPreview> {
  const validated = await validateImport(db, await parseImportFile(file.bytes), { userId: actor.userId, now });
  const valid = validated.rows.filter((r) => r.ok).length;
  return { ...validated, total: validated.rows.length, valid, invalid: validated.rows.length - valid };
}

export async function previewImport(db: Db, actor: Actor | null, companyId: string, file: ImportFile, now: Date = new Date()): Promise<ImportPreview> {
  authorize(actor, "need:create", { companyId });
  return check(db, actor, file, now);
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("fr-FR")} ${n > 1 ? many : one}`;

export async function importPlan(
  db: Db,
  actor: Actor | null,
  companyId: string,
  file: ImportFile,
  opts: { skipInvalid: boolean; now?: Date },
): Promise<{ created: number; skipped: number; batchId: string }> {
  authorize(actor, "need:create", { companyId });
  const preview = await check(db, actor, file, opts.now ?? new Date());
  if (preview.fileErrors.length) throw new ValidationError({ file: preview.fileErrors.join(" ") }, preview.fileErrors.join(" "));
  if (preview.invalid > 0 && !opts.skipInvalid) {
    throw new ValidationError(
      Object.fromEntries(
        preview.rows.flatMap((r) =>
          r.ok
            ? []
            : [
                [
                  `Ligne ${r.line}`,
                  Object.entries(r.errors)
                    .map(([c, m]) => `${c} : ${m}`)
                    .join(" "),
                ],
              ],
        ),
      ),
      `${plural(preview.invalid, "ligne est", "lignes sont")} en erreur : corrigez le fichier, ou cochez « Ignorer les lignes en erreur ». Aucun brouillon n'a été créé.`,
    );
  }
  const valid = preview.rows.flatMap((r) => (r.ok ? [r] : []));
  if (valid.length === 0) throw new ValidationError({ file: "Aucune ligne valide à importer." }, "Aucune ligne valide à importer.");

  const batchId = randomUUID();
  await db.transaction(async (tx) => {
    for (const row of valid) {
      try {
        // validateImport checked every row's NAF codes and commune in bulk, and the contact is the importer.
        await createNeed(db, actor, companyId, row.input, [], { tx, importBatchId: batchId, referencesChecked: true });
      } catch (err) {
        // Say which line failed (the transaction rolls back anyway).
        if (err instanceof ValidationError) {
          throw new ValidationError(
            { [`Ligne ${row.line}`]: Object.values(err.fieldErrors).join(" ") },
            `Ligne ${row.line} : ${Object.values(err.fieldErrors).join(" ")} Aucun brouillon n'a été créé.`,
          );
        }
        throw err;
      }
    }
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "need.import",
      objectType: "need_import",
      objectId: batchId,
      companyId,
      after: { file: file.name.slice(0, 150), rows: preview.total, created: valid.length, skipped: preview.invalid },
    });
  });
  return { created: valid.length, skipped: preview.invalid, batchId };
}
