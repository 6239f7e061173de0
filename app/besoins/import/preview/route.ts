/**
 * Preview of a purchase-plan file as JSON (POST multipart, field "file"). A route handler rather than a
 * server action so the browser can report upload progress (XMLHttpRequest upload.onprogress).
 */
import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { getActor } from "@/lib/auth/session";
import { activeCompany, can } from "@/lib/auth/actor";
import { isExpectedError } from "@/lib/errors";
import { MAX_IMPORT_BYTES } from "@/lib/needs/import/parse";
import { previewImport, previewView } from "@/lib/needs/import/service";

const error = (message: string, status: number) => NextResponse.json({ error: message }, { status });

export async function POST(request: Request) {
  const actor = await getActor();
  if (!actor) return error("Connectez-vous pour continuer.", 401);
  const company = activeCompany(actor);
  if (!company || !can(actor, "need:create", { companyId: company.companyId })) {
    return error("Seuls les membres d'une entreprise peuvent importer un plan d'achats.", 403);
  }
  // Refuse an oversized upload before reading it (the multipart envelope adds a little).
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES + 64 * 1024) {
    return error("Le fichier dépasse 5 Mo : découpez-le en plusieurs fichiers.", 413);
  }
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get("file");
  } catch {
    return error("Le fichier n'a pas pu être reçu : réessayez.", 400);
  }
  if (!(file instanceof File) || file.size === 0) return error("Choisissez un fichier CSV ou Excel (.xlsx) non vide.", 400);
  try {
    const preview = await previewImport(getDb(), actor, company.companyId, { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) });
    return NextResponse.json(previewView(file.name, preview), { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    if (isExpectedError(err)) return error(err.message, err.name === "ForbiddenError" ? 403 : 400);
    console.error("[import preview] unexpected error", err);
    return error("Une erreur inattendue est survenue pendant la vérification. Réessayez ; si elle persiste, contactez la CCI.", 500);
  }
}
