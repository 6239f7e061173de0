/**
 * Streams a SIRENE StockEtablissement CSV into `companies`: rows are validated one by one, valid ones are
 * upserted by SIRET in batches, each batch its own transaction, so a run killed midway keeps the batches
 * it finished and running the same file again converges on the same state.
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { CsvError, parse, type Info } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { communes, nafCodes } from "@/db/schema";
import { headerProblems, sireneColumnOf, validateSireneRow, type SireneCompany, type SireneRecord, type SireneReferenceSets } from "./row";
import { upsertSireneBatch } from "./upsert";
import { present } from "../invariant";

/** `line` is the line number in the file (the header is line 1). */
export interface RejectedRow {
  line: number;
  siret: string;
  reasons: string[];
}

export interface SireneImportCounts {
  /** Data rows read (every row is then imported, updated, unchanged or rejected). */
  read: number;
  imported: number;
  /** Rows that changed an existing company (signatories' limited refresh included). */
  updated: number;
  unchanged: number;
  /** Signatories (source "signup") whose state, band or SIRENE date was refreshed; part of `updated`. */
  signatoriesRefreshed: number;
  rejectedCount: number;
}
export interface SireneImportProgress extends SireneImportCounts {
  bytesRead: number;
}
export interface SireneImportResult extends SireneImportCounts {
  /** The first MAX_REJECTED_KEPT rejected rows; `rejectedCount` has the total. */
  rejected: RejectedRow[];
  durationMs: number;
  dryRun: boolean;
}

export interface SireneImportOptions {
  /** Called after each batch is committed; throwing stops the import (finished batches stay). */
  onProgress?: (progress: SireneImportProgress) => void | Promise<void>;
  /** Every rejected row, for a full list (the result keeps only the first ones). */
  onRejected?: (row: RejectedRow) => void | Promise<void>;
  batchSize?: number;
  /** Validate and count what would change, then roll every batch back. */
  dryRun?: boolean;
}

/** A file the importer cannot read at all (no row is written); the message is French, for the user. */
export class SireneFileError extends Error {
  override name = "SireneFileError";
}

export const MAX_REJECTED_KEPT = 1000;
const HEAD_BYTES = 64 * 1024;

/** The delimiter that splits the header line more: French tools write ";", INSEE's files ",". */
export function detectDelimiter(head: string): ";" | "," {
  const firstLine = head.slice(0, head.search(/\r?\n|$/));
  return firstLine.split(";").length > firstLine.split(",").length ? ";" : ",";
}

/** Checks a file's first bytes: French problems that make it unreadable (empty when it looks right). */
export function sireneHeadProblems(head: Buffer): string[] {
  const text = head.toString("utf8");
  if (!text.trim()) return ["Le fichier est vide."];
  if (head.includes(0)) return ["Ce fichier n'est pas un fichier CSV (texte)."];
  // The last character may be cut mid-sequence by the read boundary: look before it.
  if (text.slice(0, -1).includes("\uFFFD"))
    return ["Le fichier n'est pas encodé en UTF-8 (comme les fichiers de l'INSEE) : enregistrez-le au format « CSV UTF-8 »."];
  try {
    const [headers] = parseSync(text, { delimiter: detectDelimiter(text), bom: true, to_line: 1, relax_quotes: true }) as string[][];
    return headerProblems(headers ?? []);
  } catch {
    return ["La première ligne du fichier (les en-têtes) est illisible : vérifiez le séparateur et les guillemets."];
  }
}

export async function loadReferenceSets(db: Db): Promise<SireneReferenceSets> {
  const [naf, communeRows] = await Promise.all([
    db.select({ code: nafCodes.code }).from(nafCodes).where(eq(nafCodes.level, "subclass")),
    db.select({ code: communes.inseeCode }).from(communes),
  ]);
  return { nafCodes: new Set(naf.map((r) => r.code)), communeCodes: new Set(communeRows.map((r) => r.code)) };
}

class DryRunRollback extends Error {}

const asBuffer = (chunk: Uint8Array | string) => (typeof chunk === "string" ? Buffer.from(chunk) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));

/** Reads enough of the input to hold the whole header line; the rest stays in the iterator. */
async function readHead(input: AsyncIterator<Uint8Array | string>): Promise<Buffer> {
  let head = Buffer.alloc(0);
  while (head.length < HEAD_BYTES && !head.includes(10)) {
    const next = await input.next();
    if (next.done) break;
    head = Buffer.concat([head, asBuffer(next.value)]);
  }
  return head;
}

type ParsedRecord = { info: Info; record: SireneRecord };

export async function importSireneStream(db: Db, readable: AsyncIterable<Uint8Array | string>, options: SireneImportOptions = {}): Promise<SireneImportResult> {
  const started = performance.now();
  const { batchSize = 1000, dryRun = false } = options;
  const refs = await loadReferenceSets(db);
  const counts: SireneImportCounts = { read: 0, imported: 0, updated: 0, unchanged: 0, signatoriesRefreshed: 0, rejectedCount: 0 };
  const rejected: RejectedRow[] = [];
  let bytesRead = 0;

  const input = readable[Symbol.asyncIterator]();
  const head = await readHead(input);
  const problems = sireneHeadProblems(head);
  if (problems.length) {
    await input.return?.();
    throw new SireneFileError(problems.join(" "));
  }

  async function* source() {
    try {
      bytesRead += head.length;
      yield head;
      for (let next = await input.next(); !next.done; next = await input.next()) {
        const chunk = asBuffer(next.value);
        bytesRead += chunk.length;
        yield chunk;
      }
    } finally {
      await input.return?.(); // closes the file when the import stops early
    }
  }

  async function reject(row: RejectedRow) {
    counts.rejectedCount += 1;
    if (rejected.length < MAX_REJECTED_KEPT) rejected.push(row);
    await options.onRejected?.(row);
  }

  let batch: { line: number; company: SireneCompany }[] = [];
  async function flush() {
    if (batch.length === 0) return;
    // One statement cannot upsert the same SIRET twice: the later line wins, as it would across batches.
    const lastLineOf = new Map(batch.map((b) => [b.company.siret, b.line]));
    const kept: SireneCompany[] = [];
    for (const b of batch) {
      const last = present(lastLineOf.get(b.company.siret), `line of SIRET ${b.company.siret}`);
      if (last === b.line) kept.push(b.company);
      else
        await reject({ line: b.line, siret: b.company.siret, reasons: [`SIRET répété plus loin dans le fichier (ligne ${last}) : cette ligne est ignorée`] });
    }
    batch = [];
    let outcome = { inserted: 0, updated: 0, signatoriesRefreshed: 0 };
    try {
      await db.transaction(async (tx) => {
        outcome = await upsertSireneBatch(tx, kept);
        if (dryRun) throw new DryRunRollback();
      });
    } catch (err) {
      if (!(err instanceof DryRunRollback)) throw err;
    }
    counts.imported += outcome.inserted;
    counts.updated += outcome.updated + outcome.signatoriesRefreshed;
    counts.signatoriesRefreshed += outcome.signatoriesRefreshed;
    counts.unchanged += kept.length - outcome.inserted - outcome.updated - outcome.signatoriesRefreshed;
    await options.onProgress?.({ ...counts, bytesRead });
  }

  let badLengths = 0;
  async function consume(records: AsyncIterable<ParsedRecord>) {
    for await (const { info, record } of records) {
      counts.read += 1;
      const siret = (record.siret ?? "").trim();
      if (info.invalid_field_length > badLengths) {
        badLengths = info.invalid_field_length;
        await reject({ line: info.lines, siret, reasons: ["nombre de colonnes différent de l'en-tête (séparateur ou guillemets dans une valeur ?)"] });
        continue;
      }
      const result = validateSireneRow(record, refs);
      if (!result.ok) await reject({ line: info.lines, siret, reasons: result.reasons });
      else {
        batch.push({ line: info.lines, company: result.company });
        if (batch.length >= batchSize) await flush();
      }
    }
    await flush();
  }

  const parser = parse({
    delimiter: detectDelimiter(head.toString("utf8")),
    bom: true,
    columns: (headers: string[]) => headers.map((h) => sireneColumnOf(h)),
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
  });
  // pipeline() reports an AbortError when the consumer throws: keep the consumer's own error to rethrow it.
  let stoppedBy: unknown = null;
  try {
    await pipeline(Readable.from(source()), parser, async (records: AsyncIterable<ParsedRecord>) => {
      await consume(records).catch((err: unknown) => {
        stoppedBy = err;
        throw err;
      });
    });
  } catch (err) {
    if (stoppedBy) throw stoppedBy;
    if (err instanceof CsvError) {
      throw new SireneFileError(`Le fichier CSV est mal formé vers la ligne ${err.lines ?? "?"} : ${err.message}. Les lots précédents sont enregistrés.`);
    }
    throw err;
  }
  return { ...counts, rejected, durationMs: Math.round(performance.now() - started), dryRun };
}
