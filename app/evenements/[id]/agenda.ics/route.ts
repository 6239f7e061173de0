/** The participant's agenda as an iCalendar file: only its own announced meetings (lib/events/agenda.ts). */
import { getDb } from "@/lib/db";
import { ownAgendaIcs } from "@/lib/events/agenda";
import { contentDisposition } from "@/lib/files/content-disposition";
import { route } from "@/lib/http/route";
import { z } from "@/lib/validation/zod";

// An event the caller does not take part in answers like an unknown one (see lib/http/route.ts).
export const GET = route({ auth: "optional", notFound: "Événement introuvable.", params: z.object({ id: z.uuid() }) }, async ({ actor, params }) => {
  const ics = await ownAgendaIcs(getDb(), actor, params.id);
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": contentDisposition("attachment", `rendez-vous-${params.id.slice(0, 8)}.ics`),
      "Cache-Control": "private, no-store",
    },
  });
});
