/** « Mes données » download: the signed-in user's personal data as one JSON file (RGPD articles 15 and 20). */
import { getDb } from "@/lib/db";
import { contentDisposition } from "@/lib/files/content-disposition";
import { route } from "@/lib/http/route";
import { exportFilename, exportPersonalData } from "@/lib/rgpd/export";

export const GET = route(
  {
    auth: "required",
    unauthenticated: "Connectez-vous pour exporter vos données.",
  },
  async ({ actor }) => {
    const now = new Date();
    const data = await exportPersonalData(getDb(), actor.userId, now);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": contentDisposition("attachment", exportFilename(now)),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
);
