/** The participant's printable agenda (PDF with its check-in QR code): only its own meetings (lib/events/agenda-pdf.tsx). */
import { getDb } from "@/lib/db";
import { ownAgendaPdf } from "@/lib/events/agenda-pdf";
import { contentDisposition } from "@/lib/files/content-disposition";
import { route } from "@/lib/http/route";
import { z } from "@/lib/validation/zod";

// Same rule as agenda.ics: an event the caller does not take part in answers like an unknown one.
export const GET = route({ auth: "optional", notFound: "Événement introuvable.", params: z.object({ id: z.uuid() }) }, async ({ actor, params }) => {
  const pdf = await ownAgendaPdf(getDb(), actor, params.id);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": contentDisposition("attachment", `agenda-${params.id.slice(0, 8)}.pdf`),
      "Cache-Control": "private, no-store",
    },
  });
});
