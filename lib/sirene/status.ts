/**
 * Where a staff SIRENE import stands, kept as JSON in app_meta under `sirene_import:<id>`: the upload
 * route writes "queued", the background task writes its progress and then the summary, the page polls it.
 * The uploaded file waits in .data/imports/<id>.csv until the task has read it.
 */
import path from "node:path";
import { eq, like, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { appMeta } from "@/db/schema";
import type { RejectedRow, SireneImportCounts } from "./import";

/** "interrupted": the process running it died (crash, kill); staff resume it from /cci/sirene. */
export type SireneImportState = "queued" | "running" | "done" | "failed" | "interrupted";

export interface SireneImportStatus extends SireneImportCounts {
  id: string;
  status: SireneImportState;
  fileName: string;
  startedBy: string;
  bytesTotal: number;
  bytesRead: number;
  /** First rejected rows (the summary keeps at most MAX_REJECTED_KEPT). */
  rejected: RejectedRow[];
  /** French message when status is "failed" or "interrupted". */
  error: string | null;
  queuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
}

export const MAX_SIRENE_UPLOAD_BYTES = 300 * 1024 * 1024;
const KEY_PREFIX = "sirene_import:";
const statusKey = (id: string) => `${KEY_PREFIX}${id}`;

/** Import ids are generated UUIDs: the path never comes from user input. */
export function importFilePath(id: string): string {
  if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`Invalid import id: ${id}`);
  return path.resolve(process.env.IMPORTS_DIR ?? ".data/imports", `${id}.csv`);
}

export function queuedStatus(id: string, fileName: string, bytesTotal: number, startedBy: string): SireneImportStatus {
  return {
    id,
    status: "queued",
    fileName,
    startedBy,
    bytesTotal,
    bytesRead: 0,
    read: 0,
    imported: 0,
    updated: 0,
    unchanged: 0,
    signatoriesRefreshed: 0,
    rejectedCount: 0,
    rejected: [],
    error: null,
    queuedAt: new Date().toISOString(),
    startedAt: null,
    finishedAt: null,
    durationMs: null,
  };
}

export async function writeImportStatus(db: DbOrTx, status: SireneImportStatus): Promise<void> {
  const value = JSON.stringify(status);
  await db
    .insert(appMeta)
    .values({ key: statusKey(status.id), value })
    .onConflictDoUpdate({ target: appMeta.key, set: { value, updatedAt: new Date() } });
}

/** `forUpdate` locks the row until the caller's transaction ends (a decision taken on the status read). */
export async function readImportStatus(db: DbOrTx, id: string, opts: { forUpdate?: boolean } = {}): Promise<SireneImportStatus | null> {
  const query = db
    .select({ value: appMeta.value })
    .from(appMeta)
    .where(eq(appMeta.key, statusKey(id)));
  const [row] = opts.forUpdate ? await query.for("update") : await query;
  return row ? (JSON.parse(row.value) as SireneImportStatus) : null;
}

/** The latest imports, newest first, without their rejected rows (the list page shows counts only). */
export async function recentImports(db: DbOrTx, limit = 10): Promise<Omit<SireneImportStatus, "rejected">[]> {
  const rows = await db
    .select({ value: appMeta.value })
    .from(appMeta)
    .where(like(appMeta.key, `${KEY_PREFIX}%`))
    .orderBy(sql`(${appMeta.value}::json ->> 'queuedAt') desc`)
    .limit(limit);
  return rows.map((r) => {
    const { rejected: _omit, ...rest } = JSON.parse(r.value) as SireneImportStatus;
    return rest;
  });
}
