/**
 * A stored file for download, after checking who may see it (./download-access.ts). A file the actor may
 * not see is a ForbiddenError, which the route answers like an unknown one (404, lib/http/route.ts).
 */
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { files } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getStorage } from "@/lib/storage/disk-storage";
import { canDownloadFile } from "./download-access";

export async function openDownload(db: Db, actor: Actor | null, fileId: string) {
  const [file] = await db.select().from(files).where(eq(files.id, fileId));
  if (!file) throw new NotFoundError();
  if (!(await canDownloadFile(db, actor, file))) throw new ForbiddenError();
  let bytes: Buffer;
  try {
    bytes = await getStorage().get(file.storageKey);
  } catch {
    // Listed but gone from storage: nothing to serve.
    throw new NotFoundError();
  }
  return { filename: file.filename, mimeType: file.mimeType, bytes };
}
