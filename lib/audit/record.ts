/** Writes one audit row, inside the caller's transaction so the log and the change commit together. */
import type { DbOrTx } from "@/db/client";
import { auditLog } from "@/db/schema";
import { invalidateFigures } from "@/lib/cache/figures";

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  objectType: string;
  objectId: string;
  companyId?: string | null;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(tx: DbOrTx, entry: AuditEntry) {
  await tx.insert(auditLog).values({
    actorUserId: entry.actorUserId,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId,
    companyId: entry.companyId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
  // Every audited write may move a territory figure (home, barometer, statistics): drop the cached ones.
  invalidateFigures();
}
