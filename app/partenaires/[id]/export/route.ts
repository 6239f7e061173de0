/**
 * GET /partenaires/<id>/export — the network's relays as a CSV for Excel (lib/partners/dashboard.ts), for its
 * staff and CCI staff. Anyone else, another network's staff included, gets the same 404 as an unknown network.
 */
import { contentDisposition } from "@/lib/files/content-disposition";
import { route } from "@/lib/http/route";
import { relaysCsvFromSpace } from "@/lib/partners/space";
import { z } from "@/lib/validation/zod";

export const GET = route(
  {
    auth: "required",
    unauthenticated: "Connectez-vous pour exporter les relais du réseau.",
    notFound: "Réseau partenaire introuvable.",
    params: z.object({ id: z.uuid() }),
  },
  async ({ actor, params }) => {
    const { filename, text } = await relaysCsvFromSpace(actor, params.id);
    return new Response(text, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": contentDisposition("attachment", filename),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
);
