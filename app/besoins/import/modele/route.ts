/** The purchase-plan template (xlsx), for signed-in members of a company that may create needs. */
import { contentDisposition } from "@/lib/files/content-disposition";
import { route } from "@/lib/http/route";
import { buildTemplate } from "@/lib/needs/import/columns";

export const GET = route(
  {
    auth: "required",
    permission: "need:create",
    unauthenticated: "Connectez-vous pour télécharger le modèle.",
    forbidden: "Seuls les membres d'une entreprise peuvent importer un plan d'achats.",
  },
  async () => {
    const bytes = await buildTemplate();
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": contentDisposition("attachment", "modele-plan-achats.xlsx"),
        // Example dates are computed from today: never serve a stale copy.
        "Cache-Control": "private, no-store",
      },
    });
  },
);
