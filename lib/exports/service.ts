/**
 * Opens an export: checks who asks (the same permission as the page the table comes from), parses the
 * query (format, columns, period, company) and returns a byte stream that fetches rows as it is read.
 *
 * Query: format=csv|xlsx, cols=a,b (or repeated col=a&col=b), du=YYYY-MM&au=YYYY-MM, entreprise=<uuid>.
 */
import type { Db } from "@/db/client";
import { activeCompany, authorize, type Actor } from "@/lib/auth/actor";
import { isMonth, parsePeriod } from "@/lib/dashboards/period";
import { ensureDashboardTerritory } from "@/lib/dashboards/territory-sync";
import { parisDay } from "@/lib/dates";
import { readDbFor } from "@/lib/ops/read-db";
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { z } from "@/lib/validation/zod";
import { csvStream } from "./csv";
import { findExportTable } from "./tables";
import type { AnyExportTable, ExportColumn } from "./types";
import { xlsxStream } from "./xlsx";

export type ExportFormat = "csv" | "xlsx";

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The requested columns in the table's order; all of them when none is asked for. */
export function selectColumns<Row>(columns: readonly ExportColumn<Row>[], requested: readonly string[]): ExportColumn<Row>[] {
  const keys = requested
    .flatMap((r) => r.split(","))
    .map((k) => k.trim())
    .filter(Boolean);
  if (!keys.length) return [...columns];
  const unknown = keys.filter((k) => !columns.some((c) => c.key === k));
  if (unknown.length) {
    throw new ValidationError(
      { cols: `Colonne inconnue : ${unknown.join(", ")}. Colonnes possibles : ${columns.map((c) => c.key).join(", ")}.` },
      "Colonnes d'export inconnues.",
    );
  }
  return columns.filter((c) => keys.includes(c.key));
}

/** The company whose table is exported: the one asked for (it must be the actor's), else the actor's own. */
function companyOf(actor: Actor | null, table: AnyExportTable, requested: string | undefined): string {
  const companyId = requested ?? activeCompany(actor)?.companyId;
  if (!companyId) {
    if (!actor) throw new UnauthenticatedError();
    throw new ForbiddenError("Cet export concerne les données d'une entreprise : il est réservé à ses membres.");
  }
  authorize(actor, table.permission, { companyId });
  return companyId;
}

const ZQuery = z.object({
  format: z.enum(["csv", "xlsx"]).catch("csv"),
  entreprise: z.uuid().optional(),
});

export async function openExport(db: Db, actor: Actor | null, key: string, search: URLSearchParams) {
  const table = findExportTable(key);
  if (!table) throw new NotFoundError("Cet export n'existe pas.");
  const query = ZQuery.safeParse({ format: search.get("format") ?? undefined, entreprise: search.get("entreprise") ?? undefined });
  if (!query.success) throw new ValidationError({ entreprise: "Identifiant d'entreprise invalide." }, "Paramètres d'export invalides.");
  let companyId: string | undefined;
  if (table.scope === "company") companyId = companyOf(actor, table, query.data.entreprise);
  else authorize(actor, table.permission);

  const columns = selectColumns(table.columns, [...search.getAll("cols"), ...search.getAll("col")]);
  const du = search.get("du") ?? undefined;
  const au = search.get("au") ?? undefined;
  const period = isMonth(du) || isMonth(au) ? parsePeriod({ du, au }) : undefined;
  await ensureDashboardTerritory(db);
  // Read from the replica if any (the territory's setting above is written on the primary).
  const pages = table.pages(await readDbFor(db), { companyId, period });
  const format = query.data.format;
  return {
    filename: `${table.key}-${parisDay(new Date())}.${format}`,
    contentType: CONTENT_TYPES[format],
    body: format === "csv" ? csvStream(columns, pages) : xlsxStream(table.title, columns, pages),
  };
}
