/**
 * Serves a stored file (logo, offer photo, need attachment) after checking who may see it. Unknown and
 * forbidden files both answer 404, so the existence of a private file does not leak.
 */
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { files } from "@/db/schema";
import { getActor } from "@/lib/auth/session";
import { contentDisposition } from "@/lib/files/content-disposition";
import { canDownloadFile } from "@/lib/files/download-access";
import { getStorage } from "@/lib/storage/disk-storage";
import { z } from "@/lib/validation/zod";

const notFound = () => new Response("Fichier introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return notFound();
  const db = getDb();
  const [file] = await db.select().from(files).where(eq(files.id, id.data));
  if (!file) return notFound();
  const actor = await getActor();
  if (!(await canDownloadFile(db, actor, file))) return notFound();
  let bytes: Buffer;
  try {
    bytes = await getStorage().get(file.storageKey);
  } catch {
    return notFound();
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
}
