/**
 * Staff upload of a SIRENE file (POST, the raw file as body, its name in X-File-Name): streamed to disk,
 * then imported by a background job. Answers 202 { id }; the page then polls /api/cci/sirene/<id>.
 * Under /api on purpose: proxy.ts does not run here, and where it runs Next.js buffers the request body
 * in memory and cuts it at 10 MB (proxyClientMaxBodySize), which a 200 MB SIRENE extract would hit.
 * So it refuses cross-site posts itself, as the proxy does elsewhere (lib/security/origin.ts).
 */
import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { getActor } from "@/lib/auth/session";
import { ForbiddenError, isExpectedError, UnauthenticatedError } from "@/lib/errors";
import { FOREIGN_ORIGIN_MESSAGE, originCheck, ownHost, trustsProxy } from "@/lib/security/origin";
import { receiveSireneUpload, SireneUploadError } from "@/lib/sirene/upload";

const error = (message: string, status: number) => NextResponse.json({ error: message }, { status, headers: { "Cache-Control": "no-store" } });

function fileNameOf(request: Request): string {
  try {
    return decodeURIComponent(request.headers.get("x-file-name") ?? "");
  } catch {
    return "";
  }
}

export async function POST(request: Request) {
  const origin = { method: request.method, pathname: new URL(request.url).pathname, origin: request.headers.get("origin"), host: ownHost(request.headers, trustsProxy()) };
  if (originCheck(origin) === "refuse") return error(FOREIGN_ORIGIN_MESSAGE, 403);
  const length = request.headers.get("content-length");
  try {
    const id = await receiveSireneUpload(getDb(), await getActor(), {
      body: request.body,
      fileName: fileNameOf(request),
      declaredBytes: length === null ? null : Number(length),
    });
    return NextResponse.json({ id }, { status: 202, headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    if (err instanceof UnauthenticatedError) return error(err.message, 401);
    if (err instanceof ForbiddenError) return error(err.message, 403);
    if (err instanceof SireneUploadError) return error(err.message, err.status);
    if (isExpectedError(err)) return error(err.message, 400);
    console.error("[sirene upload] unexpected error", err);
    return error("Une erreur inattendue est survenue pendant l'envoi. Réessayez ; si elle persiste, contactez l'équipe technique.", 500);
  }
}
