/**
 * Stores checked uploads: bytes to storage first, then the `files` row in the caller's transaction.
 * If the transaction rolls back, the bytes stay as an orphan with no row pointing at them (harmless;
 * never served, since every download goes through a row).
 */
import { createHash, randomUUID } from "node:crypto";
import type { DbOrTx } from "@/db/client";
import { files, fileObjectType } from "@/db/schema";
import { getStorage } from "../storage/disk-storage";
import type { CheckedUpload } from "./check-upload";

type FileObjectType = (typeof fileObjectType.enumValues)[number];

export async function storeFile(
  tx: DbOrTx,
  owner: { companyId: string; objectType: FileObjectType; objectId: string | null; uploadedBy: string | null },
  upload: CheckedUpload,
) {
  const storageKey = `${owner.companyId}/${randomUUID()}`;
  await getStorage().put(storageKey, upload.bytes);
  const [row] = await tx
    .insert(files)
    .values({
      companyId: owner.companyId,
      objectType: owner.objectType,
      objectId: owner.objectId,
      filename: upload.filename,
      mimeType: upload.mimeType,
      sizeBytes: upload.sizeBytes,
      sha256: createHash("sha256").update(upload.bytes).digest("hex"),
      storageKey,
      uploadedBy: owner.uploadedBy,
    })
    .returning();
  return row;
}
