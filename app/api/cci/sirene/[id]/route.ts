/** Where a staff SIRENE import stands (JSON, polled every 2 s by /cci/sirene). Staff only. */
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { readImportStatus } from "@/lib/sirene/status";
import { z } from "@/lib/validation/zod";

export const GET = route(
  {
    auth: "required",
    permission: "staff:access",
    forbidden: "Réservé à l'équipe de la CCI.",
    notFound: "Import introuvable.",
    params: z.object({ id: z.uuid() }),
  },
  async ({ params }) => {
    const status = await readImportStatus(getDb(), params.id);
    if (!status) throw new NotFoundError();
    return Response.json(status, { headers: { "Cache-Control": "no-store" } });
  },
);
