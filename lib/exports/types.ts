/** An exportable table: who may export it, its columns (French headers), and its rows in pages. */
import type { Db } from "@/db/client";
import type { Permission } from "@/lib/auth/permissions";
import type { Period } from "@/lib/dashboards/period";

export type CellType = "text" | "integer" | "amount" | "percent" | "number" | "date" | "datetime" | "boolean";
export type CellValue = string | number | boolean | Date | null;

export interface ExportColumn<Row> {
  key: string;
  header: string;
  type: CellType;
  value: (row: Row) => CellValue;
}

export interface ExportScope {
  /** The company whose data is exported (company tables); undefined for platform-wide tables. */
  companyId?: string;
  period?: Period;
}

export interface ExportTable<Row> {
  /** URL segment: /exports/<key>. */
  key: string;
  /** File and sheet name, French. */
  title: string;
  /** Company tables are authorized on the company (members), platform tables on the actor alone (staff). */
  scope: "company" | "platform";
  permission: Permission;
  columns: ExportColumn<Row>[];
  /** Rows in pages (keyset), so that a large export never sits in memory. */
  pages: (db: Db, scope: ExportScope) => AsyncIterable<Row[]>;
}

/** Any table, for lists and lookups (row types differ per table). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- row types differ per table; each table checks its own
export type AnyExportTable = ExportTable<any>;

/** A column of a table by key, typed for the row. */
export const col = <Row>(key: string, header: string, type: CellType, value: (row: Row) => CellValue): ExportColumn<Row> => ({ key, header, type, value });
