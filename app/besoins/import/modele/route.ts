/** The purchase-plan template (xlsx), for signed-in members of a company that may create needs. */
import { getActor } from "@/lib/auth/session";
import { activeCompany, can } from "@/lib/auth/actor";
import { buildTemplate } from "@/lib/needs/import/columns";

export async function GET() {
  const actor = await getActor();
  if (!actor) return new Response("Connectez-vous pour télécharger le modèle.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const company = activeCompany(actor);
  if (!company || !can(actor, "need:create", { companyId: company.companyId })) {
    return new Response("Seuls les membres d'une entreprise peuvent importer un plan d'achats.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const bytes = await buildTemplate();
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": "attachment; filename=\"modele-plan-achats.xlsx\"",
      // Example dates are computed from today: never serve a stale copy.
      "Cache-Control": "private, no-store",
    },
  });
}
