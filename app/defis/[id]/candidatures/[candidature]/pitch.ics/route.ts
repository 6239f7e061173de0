/** A pitch slot as an iCalendar file: for the applicant, the challenge's company and staff (lib/challenges/pitch.ts). */
import { getDb } from "@/lib/db";
import { pitchIcs } from "@/lib/challenges/pitch";
import { contentDisposition } from "@/lib/files/content-disposition";
import { route } from "@/lib/http/route";
import { z } from "@/lib/validation/zod";

// Another company's application answers like an unknown one (see lib/http/route.ts).
export const GET = route(
  { auth: "required", notFound: "Créneau de pitch introuvable.", params: z.object({ id: z.uuid(), candidature: z.uuid() }) },
  async ({ actor, params }) => {
    const ics = await pitchIcs(getDb(), actor, params.id, params.candidature);
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": contentDisposition("attachment", `pitch-${params.candidature.slice(0, 8)}.ics`),
        "Cache-Control": "private, no-store",
      },
    });
  },
);
