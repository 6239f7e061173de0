/**
 * Staff upload of a SIRENE file (POST, the raw file as body, its name in X-File-Name): streamed to disk,
 * then imported by a background job. Answers 202 { id }; the page then polls /api/cci/sirene/<id>.
 * Under /api on purpose: proxy.ts does not run here, and where it runs Next.js buffers the request body
 * in memory and cuts it at 10 MB (proxyClientMaxBodySize), which a 200 MB SIRENE extract would hit.
 * So it refuses cross-site posts itself (`sameOrigin`), as the proxy does elsewhere (lib/security/origin.ts).
 */
import { getDb } from "@/lib/db";
import { route } from "@/lib/http/route";
import { receiveSireneUpload } from "@/lib/sirene/upload";

function fileNameOf(request: Request): string {
  try {
    return decodeURIComponent(request.headers.get("x-file-name") ?? "");
  } catch {
    return "";
  }
}

// The service checks who uploads (401, 403) and refuses bad files with their status (SireneUploadError).
export const POST = route({ auth: "optional", sameOrigin: true }, async ({ request, actor }) => {
  const length = request.headers.get("content-length");
  const id = await receiveSireneUpload(getDb(), actor, {
    body: request.body,
    fileName: fileNameOf(request),
    declaredBytes: length === null ? null : Number(length),
  });
  return Response.json({ id }, { status: 202, headers: { "Cache-Control": "no-store" } });
});
