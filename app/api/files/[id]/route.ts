/**
 * Serves a stored file (logo, offer photo, need attachment) after checking who may see it. Unknown and
 * forbidden files both answer 404 (`notFound`), so the existence of a private file does not leak.
 */
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { files } from "@/db/schema";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { contentDisposition } from "@/lib/files/content-disposition";
import { canDownloadFile } from "@/lib/files/download-access";
import { route } from "@/lib/http/route";
import { getStorage } from "@/lib/storage/disk-storage";
import { z } from "@/lib/validation/zod";

export const GET = route({ auth: "optional", notFound: "Fichier introuvable.", params: z.object({ id: z.uuid() }) }, async ({ actor, params }) => {
  const db = getDb();
  const [file] = await db.select().from(files).where(eq(files.id, params.id));
  if (!file) throw new NotFoundError();
  if (!(await canDownloadFile(db, actor, file))) throw new ForbiddenError();
  let bytes: Buffer;
  try {
    bytes = await getStorage().get(file.storageKey);
  } catch {
    throw new NotFoundError();
  }
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(bytes.length),
      "Content-Disposition": contentDisposition(file.mimeType.startsWith("image/") ? "inline" : "attachment", file.filename),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private",
    },
  });
});
