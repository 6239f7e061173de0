/**
 * Staff's hand edits to a computed schedule: pin a meeting where it is (later computations keep it there)
 * or move it to another slot and table, checked against both sides' sessions and the places already taken.
 */
import { and, eq, inArray, or } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { eventMeetings, eventRegistrationSessions, type EventMeetingRow as MeetingRow, type EventSessionRow as SessionRow } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { authorized } from "./access";
import { listSessions, lockEvent } from "./service";
import { sessionSlots } from "./times";

/** Staff pin a meeting (kept at its place by later computations) or release it. */
export async function pinMeeting(db: Db, actor: Actor | null, meetingId: string, pinned: boolean): Promise<MeetingRow> {
  const staff = authorized(actor, "event:manage");
  return db.transaction(async (tx) => {
    const [after] = await tx.update(eventMeetings).set({ pinned }).where(eq(eventMeetings.id, meetingId)).returning();
    if (!after) throw new NotFoundError("Rendez-vous introuvable.");
    await recordAudit(tx, {
      actorUserId: staff.userId,
      action: pinned ? "event.pin_meeting" : "event.unpin_meeting",
      objectType: "event_meeting",
      objectId: meetingId,
    });
    return after;
  });
}

async function busyIn(tx: Tx, registrationIds: string[], sessionId: string, slotIndex: number, exceptId: string) {
  const rows = await tx
    .select({ id: eventMeetings.id })
    .from(eventMeetings)
    .where(
      and(
        eq(eventMeetings.sessionId, sessionId),
        eq(eventMeetings.slotIndex, slotIndex),
        or(inArray(eventMeetings.buyerRegistrationId, registrationIds), inArray(eventMeetings.supplierRegistrationId, registrationIds)),
      ),
    );
  return rows.some((r) => r.id !== exceptId);
}

/**
 * Staff move a meeting to another slot and table by hand: both sides must attend that session and be free
 * then, the table must be free. The meeting is pinned there and will be announced again.
 */
export async function moveMeeting(
  db: Db,
  actor: Actor | null,
  meetingId: string,
  to: { sessionId: string; slotIndex: number; table: number },
): Promise<MeetingRow> {
  const staff = authorized(actor, "event:manage");
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(eventMeetings).where(eq(eventMeetings.id, meetingId)).for("update");
    if (!before) throw new NotFoundError("Rendez-vous introuvable.");
    await lockEvent(tx, before.eventId);
    const session: SessionRow | undefined = (await listSessions(tx, before.eventId)).find((s) => s.id === to.sessionId);
    if (!session) throw new ValidationError({ sessionId: "Session inconnue." });
    const slot = sessionSlots(session)[to.slotIndex];
    if (!slot) throw new ValidationError({ slotIndex: "Créneau inconnu dans cette session." });
    if (to.table < 1 || to.table > session.tables) throw new ValidationError({ table: `Table entre 1 et ${session.tables}.` });
    const pair = [before.buyerRegistrationId, before.supplierRegistrationId];
    const attending = await tx
      .select()
      .from(eventRegistrationSessions)
      .where(and(eq(eventRegistrationSessions.sessionId, session.id), inArray(eventRegistrationSessions.registrationId, pair)));
    if (attending.length < 2) throw new ValidationError({ sessionId: "Les deux participants n'assistent pas à cette session." });
    if (await busyIn(tx, pair, session.id, slot.index, meetingId)) throw new ConflictError("Un des deux participants a déjà un rendez-vous à ce créneau.");
    const [taken] = await tx
      .select({ id: eventMeetings.id })
      .from(eventMeetings)
      .where(and(eq(eventMeetings.sessionId, session.id), eq(eventMeetings.slotIndex, slot.index), eq(eventMeetings.tableNumber, to.table)));
    if (taken && taken.id !== meetingId) throw new ConflictError("Cette table est déjà occupée à ce créneau.");
    const [after] = await tx
      .update(eventMeetings)
      .set({
        sessionId: session.id,
        slotIndex: slot.index,
        tableNumber: to.table,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        pinned: true,
        announcedAt: null,
      })
      .where(eq(eventMeetings.id, meetingId))
      .returning();
    await recordAudit(tx, {
      actorUserId: staff.userId,
      action: "event.move_meeting",
      objectType: "event_meeting",
      objectId: meetingId,
      before: { sessionId: before.sessionId, slotIndex: before.slotIndex, table: before.tableNumber },
      after: { sessionId: session.id, slotIndex: slot.index, table: to.table },
    });
    return after;
  });
}
