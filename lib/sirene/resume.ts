/**
 * Resumes a SIRENE import interrupted by a crash: the uploaded file is still on the server (it is deleted
 * only when an import ends), so the same job is queued again, with its status and an audit row, in one
 * transaction. The re-run reads the whole file again; rows already imported come out "unchanged".
 */
import { access } from "node:fs/promises";
import type { Db } from "@/db/client";
import { recordAudit } from "@/lib/audit/record";
import { authorize, type Actor } from "@/lib/auth/actor";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { importFilePath, queuedStatus, readImportStatus, writeImportStatus } from "./status";

export async function resumeSireneImport(db: Db, actor: Actor | null, importId: string): Promise<void> {
  authorize(actor, "staff:access");
  await db.transaction(async (tx) => {
    const status = await readImportStatus(tx, importId, { forUpdate: true });
    if (!status) throw new NotFoundError("Import introuvable.");
    if (status.status !== "interrupted") throw new ConflictError("Cet import n'est pas interrompu : il n'y a rien à reprendre.");
    try {
      await access(importFilePath(importId));
    } catch {
      throw new ConflictError("Le fichier de cet import n'est plus sur le serveur : déposez-le à nouveau.");
    }
    const fresh = queuedStatus(importId, status.fileName, status.bytesTotal, status.startedBy);
    await writeImportStatus(tx, { ...fresh, queuedAt: status.queuedAt });
    await enqueueJob(tx, "import_sirene", { importId }, { maxAttempts: 3, jobKey: `sirene_import:${importId}` });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "sirene.resume",
      objectType: "sirene_import",
      objectId: importId,
      before: { status: status.status, read: status.read },
      after: { status: "queued" },
    });
  });
}
