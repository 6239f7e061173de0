/**
 * Streaming exports (CSV for Excel-FR, xlsx) of the tables a user can see: /exports/<table>?format=csv&cols=…
 * Authorization is the page's (lib/exports/service.ts); anonymous 401, others 403, unknown table 404.
 */
import { getDb } from "@/lib/db";
import { openExport } from "@/lib/exports/service";
import { contentDisposition } from "@/lib/files/content-disposition";
import { route } from "@/lib/http/route";
import { z } from "@/lib/validation/zod";

export const GET = route(
  {
    auth: "required",
    unauthenticated: "Connectez-vous pour exporter ces données.",
    params: z.object({ table: z.string() }),
  },
  async ({ actor, params, url }) => {
    const file = await openExport(getDb(), actor, params.table, url.searchParams);
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": contentDisposition("attachment", file.filename),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
);
