/** The participant's agenda as an iCalendar file: only its own announced meetings (lib/events/agenda.ts). */
import { getDb } from "@/db/client";
import { getActor } from "@/lib/auth/session";
import { ownAgendaIcs } from "@/lib/events/agenda";
import { isExpectedError, UnauthenticatedError } from "@/lib/errors";
import { z } from "@/lib/validation/zod";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return new Response("Événement introuvable.", { status: 404 });
  try {
    const ics = await ownAgendaIcs(getDb(), await getActor(), id);
    return new Response(ics, {
      headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": `attachment; filename="rendez-vous-${id.slice(0, 8)}.ics"`, "cache-control": "private, no-store" },
    });
  } catch (err) {
    if (err instanceof UnauthenticatedError) return new Response(err.message, { status: 401 });
    if (isExpectedError(err)) return new Response(err.message, { status: 404 });
    throw err;
  }
}
