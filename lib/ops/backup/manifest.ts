/**
 * A backup is one folder:
 *   manifest.json                    what is inside, with the checks a restore verifies
 *   data/<schema>.<table>.copy.gz    each table's rows in PostgreSQL's COPY text format, gzipped
 *   files/<storage key>              the uploaded files (STORAGE_DIR), byte for byte
 * COPY text is the data section of pg_dump's plain format: `gunzip -c … | psql -c "\copy t from stdin"`
 * loads it without this code.
 */
export const BACKUP_FORMAT = "circuit-court-backup/1";

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  serverVersion: string;
  /** Must equal the target's (restore with the release that made the backup, then upgrade). */
  schemaVersions: { app: string[]; queue: string[] };
  /** In load order (parents before children). */
  tables: { name: string; file: string; columns: string[]; rows: number; digest: string }[];
  sequences: { name: string; lastValue: string | null }[];
  files: { key: string; bytes: number; sha256: string }[];
  /** Storage keys the `files` table names but the storage folder lacked when the backup ran. */
  missingFiles: string[];
}
