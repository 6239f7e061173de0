/**
 * Streaming exports (CSV for Excel-FR, xlsx) of the tables a user can see: /exports/<table>?format=csv&cols=…
 * Authorization is the page's (lib/exports/service.ts); anonymous 401, others 403, unknown table 404.
 */
import { getDb } from "@/db/client";
import { getActor } from "@/lib/auth/session";
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { openExport } from "@/lib/exports/service";
import { contentDisposition } from "@/lib/files/content-disposition";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });

export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const { table } = await params;
  try {
    const file = await openExport(getDb(), await getActor(), table, new URL(request.url).searchParams);
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": contentDisposition("attachment", file.filename),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (err) {
    if (err instanceof UnauthenticatedError) return text("Connectez-vous pour exporter ces données.", 401);
    if (err instanceof ForbiddenError) return text(err.message, 403);
    if (err instanceof NotFoundError) return text(err.message, 404);
    if (err instanceof ValidationError) return text(Object.values(err.fieldErrors).join(" ") || err.message, 400);
    throw err;
  }
}
