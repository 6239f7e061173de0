/**
 * Serves a stored file (logo, offer photo, need attachment) after checking who may see it. Unknown and
 * forbidden files both answer 404 (`notFound`), so the existence of a private file does not leak.
 */
import { getDb } from "@/lib/db";
import { contentDisposition } from "@/lib/files/content-disposition";
import { openDownload } from "@/lib/files/download";
import { route } from "@/lib/http/route";
import { z } from "@/lib/validation/zod";

export const GET = route({ auth: "optional", notFound: "Fichier introuvable.", params: z.object({ id: z.uuid() }) }, async ({ actor, params }) => {
  const file = await openDownload(getDb(), actor, params.id);
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": contentDisposition(file.mimeType.startsWith("image/") ? "inline" : "attachment", file.filename),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private",
    },
  });
});
