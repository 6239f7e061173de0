/**
 * Preview of a purchase-plan file as JSON (POST multipart, field "file"). A route handler rather than a
 * server action so the browser can report upload progress (XMLHttpRequest upload.onprogress).
 */
import { getDb } from "@/lib/db";
import { activeCompany } from "@/lib/auth/actor";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { BadRequestError, PayloadTooLargeError } from "@/lib/http/errors";
import { route } from "@/lib/http/route";
import { formatMegabytes, MAX_IMPORT_BYTES } from "@/lib/files/limits";
import { previewImport, previewView } from "@/lib/needs/import/service";

const MEMBERS_ONLY = "Seuls les membres d'une entreprise peuvent importer un plan d'achats.";

export const POST = route({ auth: "required", permission: "need:create", forbidden: MEMBERS_ONLY }, async ({ request, actor }) => {
  const company = activeCompany(actor);
  if (!company) throw new ForbiddenError(MEMBERS_ONLY);
  // Refuse an oversized upload before reading it (the multipart envelope adds a little).
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES + 64 * 1024) {
    throw new PayloadTooLargeError(`Le fichier dépasse ${formatMegabytes(MAX_IMPORT_BYTES)} : découpez-le en plusieurs fichiers.`);
  }
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get("file");
  } catch {
    throw new BadRequestError("Le fichier n'a pas pu être reçu : réessayez.");
  }
  if (!(file instanceof File) || file.size === 0) throw new ValidationError({ file: "Choisissez un fichier CSV ou Excel (.xlsx) non vide." });
  const preview = await previewImport(getDb(), actor, company.companyId, { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) });
  return Response.json(previewView(file.name, preview), { headers: { "Cache-Control": "no-store" } });
});
