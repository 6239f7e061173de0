/**
 * Meeting requests between participants during the booking window: send with a message, accept, decline;
 * a request to someone who already asked you makes the first one mutual. Staff add meetings or veto them.
 * A participant only ever reads the requests its own registration sent or received.
 */
import { and, eq, inArray, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db, DbOrTx, Tx } from "@/db/client";
import { companies, eventMeetings, eventRegistrations, meetingRequests, type EventRow, type MeetingRequestRow } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { authorized, requireOwnRegistration } from "./access";
import { displayName } from "./company-name";
import { emailRegistrations, EVENT_EMAILS } from "./emails";
import { pairRoles, type EventRole as EventRegistrationRole } from "./pairs";
import type { MeetingRequestInput } from "./schemas";
import { lockEvent } from "./service";

function checkBookingOpen(event: EventRow, now: Date) {
  if (event.status !== "published") throw new NotFoundError("Événement introuvable.");
  if (now < event.bookingOpensAt || now > event.bookingClosesAt) throw new ConflictError("La prise de rendez-vous n'est pas ouverte pour cet événement.");
}

async function registrationOf(tx: DbOrTx, eventId: string, registrationId: string) {
  const [reg] = await tx
    .select({
      id: eventRegistrations.id,
      role: eventRegistrations.role,
      status: eventRegistrations.status,
      companyId: eventRegistrations.companyId,
      name: displayName(),
    })
    .from(eventRegistrations)
    .innerJoin(companies, eq(companies.id, eventRegistrations.companyId))
    .where(and(eq(eventRegistrations.id, registrationId), eq(eventRegistrations.eventId, eventId)));
  return reg ?? null;
}

export async function sendMeetingRequest(
  db: Db,
  actor: Actor | null,
  eventId: string,
  input: MeetingRequestInput,
  now = new Date(),
): Promise<MeetingRequestRow> {
  return db.transaction(async (tx) => {
    const own = await requireOwnRegistration(tx, actor, eventId, { accepted: true });
    const member = authorized(actor, "event:register", { companyId: own.companyId });
    const event = await lockEvent(tx, eventId);
    checkBookingOpen(event, now);
    const target = await registrationOf(tx, eventId, input.toRegistrationId);
    if (!target || target.status !== "accepted" || target.id === own.id)
      throw new ValidationError({ toRegistrationId: "Participant inconnu : rechargez la page." });
    if (!pairRoles<{ id: string; role: EventRegistrationRole }>({ id: own.id, role: own.role }, target)) {
      throw new ValidationError({ toRegistrationId: "Les rendez-vous réunissent un acheteur et un fournisseur." });
    }
    const [same] = await tx
      .select()
      .from(meetingRequests)
      .where(and(eq(meetingRequests.fromRegistrationId, own.id), eq(meetingRequests.toRegistrationId, target.id)));
    if (same && same.status !== "cancelled") throw new ConflictError("Vous avez déjà demandé ce rendez-vous.");
    const [reverse] = await tx
      .select()
      .from(meetingRequests)
      .where(and(eq(meetingRequests.fromRegistrationId, target.id), eq(meetingRequests.toRegistrationId, own.id)));
    if (reverse?.status === "vetoed") throw new ConflictError("La CCI a écarté ce rendez-vous.");
    const ownName = (await registrationOf(tx, eventId, own.id))?.name ?? "";
    if (reverse && (reverse.status === "requested" || reverse.status === "accepted")) {
      // Both asked: one mutual meeting, not two requests.
      const [after] = await tx
        .update(meetingRequests)
        .set({ status: "accepted", mutual: true, decidedAt: now })
        .where(eq(meetingRequests.id, reverse.id))
        .returning();
      await recordAudit(tx, {
        actorUserId: member.userId,
        action: "meeting_request.mutual",
        objectType: "meeting_request",
        objectId: after.id,
        companyId: own.companyId,
        before: { status: reverse.status },
        after: { status: after.status, mutual: true },
      });
      await emailRegistrations(tx, [target.id], "event.request_accepted", `Rendez-vous accepté : ${event.title}`, () =>
        EVENT_EMAILS.requestAnswered(event.title, ownName, true, eventId),
      );
      return after;
    }
    const values = {
      eventId,
      fromRegistrationId: own.id,
      toRegistrationId: target.id,
      message: input.message,
      status: "requested" as const,
      origin: "request" as const,
      createdBy: member.userId,
      decidedAt: null,
      mutual: false,
    };
    const [row] = same
      ? await tx.update(meetingRequests).set(values).where(eq(meetingRequests.id, same.id)).returning()
      : await tx.insert(meetingRequests).values(values).returning();
    await recordAudit(tx, {
      actorUserId: member.userId,
      action: "meeting_request.send",
      objectType: "meeting_request",
      objectId: row.id,
      companyId: own.companyId,
      after: { to: target.id },
    });
    await emailRegistrations(tx, [target.id], "event.request_received", `Demande de rendez-vous : ${event.title}`, () =>
      EVENT_EMAILS.requestReceived(event.title, ownName, input.message, eventId),
    );
    return row;
  });
}

/** The receiver accepts or declines a request it received, while booking is open. */
export async function answerMeetingRequest(db: Db, actor: Actor | null, requestId: string, accept: boolean, now = new Date()): Promise<MeetingRequestRow> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(meetingRequests).where(eq(meetingRequests.id, requestId)).for("update");
    if (!before) throw new NotFoundError("Demande introuvable.");
    const own = await requireOwnRegistration(tx, actor, before.eventId);
    // Only the receiver answers; for anyone else (the sender included) the request is « introuvable » here.
    if (own.id !== before.toRegistrationId) throw new NotFoundError("Demande introuvable.");
    const member = authorized(actor, "event:register", { companyId: own.companyId });
    const event = await lockEvent(tx, before.eventId);
    checkBookingOpen(event, now);
    if (before.status !== "requested") throw new ConflictError("Cette demande a déjà reçu une réponse.");
    const [after] = await tx
      .update(meetingRequests)
      .set({ status: accept ? "accepted" : "declined", decidedAt: now })
      .where(eq(meetingRequests.id, requestId))
      .returning();
    await recordAudit(tx, {
      actorUserId: member.userId,
      action: accept ? "meeting_request.accept" : "meeting_request.decline",
      objectType: "meeting_request",
      objectId: requestId,
      companyId: own.companyId,
      before: { status: before.status },
      after: { status: after.status },
    });
    const toName = (await registrationOf(tx, before.eventId, own.id))?.name ?? "";
    await emailRegistrations(
      tx,
      [before.fromRegistrationId],
      accept ? "event.request_accepted" : "event.request_declined",
      `${accept ? "Rendez-vous accepté" : "Rendez-vous décliné"} : ${event.title}`,
      () => EVENT_EMAILS.requestAnswered(event.title, toName, accept, event.id),
    );
    return after;
  });
}

/**
 * A participant withdraws its own request (either side of a mutual one), asked or already accepted, until
 * the meeting starts. A meeting already placed is removed and nothing else moves: its slot is simply
 * free (staff may recompute to fill it). The other side is told by e-mail. Staff-added meetings are
 * staff's to veto.
 */
export async function cancelMeetingRequest(db: Db, actor: Actor | null, requestId: string, now = new Date()): Promise<MeetingRequestRow> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(meetingRequests).where(eq(meetingRequests.id, requestId)).for("update");
    if (!before) throw new NotFoundError("Demande introuvable.");
    const own = await requireOwnRegistration(tx, actor, before.eventId);
    const mine = own.id === before.fromRegistrationId || (before.mutual && own.id === before.toRegistrationId);
    if (!mine || before.origin !== "request") throw new NotFoundError("Demande introuvable.");
    const member = authorized(actor, "event:register", { companyId: own.companyId });
    const event = await lockEvent(tx, before.eventId);
    if (before.status !== "requested" && before.status !== "accepted") throw new ConflictError("Cette demande n'est plus active.");
    const pair = [before.fromRegistrationId, before.toRegistrationId];
    const [placed] = await tx
      .select()
      .from(eventMeetings)
      .where(and(eq(eventMeetings.eventId, event.id), inArray(eventMeetings.buyerRegistrationId, pair), inArray(eventMeetings.supplierRegistrationId, pair)));
    if (placed && placed.startsAt <= now) throw new ConflictError("Ce rendez-vous a déjà commencé : il ne peut plus être annulé.");
    if (placed) await tx.delete(eventMeetings).where(eq(eventMeetings.id, placed.id));
    const [after] = await tx.update(meetingRequests).set({ status: "cancelled", decidedAt: now }).where(eq(meetingRequests.id, requestId)).returning();
    await recordAudit(tx, {
      actorUserId: member.userId,
      action: "meeting_request.cancel",
      objectType: "meeting_request",
      objectId: requestId,
      companyId: own.companyId,
      before: { status: before.status, meetingId: placed?.id ?? null },
      after: { status: "cancelled" },
    });
    const other = own.id === before.fromRegistrationId ? before.toRegistrationId : before.fromRegistrationId;
    const ownName = (await registrationOf(tx, event.id, own.id))?.name ?? "";
    const told = Boolean(placed?.announcedAt);
    await emailRegistrations(tx, [other], "event.request_cancelled", `Rendez-vous annulé : ${event.title}`, () =>
      EVENT_EMAILS.cancelled(event.title, ownName, told, event.id),
    );
    return after;
  });
}

/** Staff add a meeting between a buyer and a supplier (accepted at once), whatever the booking window. */
export async function addMeetingByStaff(
  db: Db,
  actor: Actor | null,
  eventId: string,
  buyerRegistrationId: string,
  supplierRegistrationId: string,
): Promise<MeetingRequestRow> {
  const staff = authorized(actor, "event:manage");
  return db.transaction(async (tx) => {
    await lockEvent(tx, eventId);
    const [buyer, supplier] = [await registrationOf(tx, eventId, buyerRegistrationId), await registrationOf(tx, eventId, supplierRegistrationId)];
    if (!buyer || !supplier || buyer.id === supplier.id) throw new ValidationError({ supplierRegistrationId: "Participant inconnu." });
    if (buyer.role === "supplier" || supplier.role === "buyer")
      throw new ValidationError({ supplierRegistrationId: "Un rendez-vous réunit un acheteur et un fournisseur." });
    const existing = await pairRequests(tx, buyer.id, supplier.id);
    const row = existing[0]
      ? (await tx.update(meetingRequests).set({ status: "accepted", decidedAt: new Date() }).where(eq(meetingRequests.id, existing[0].id)).returning())[0]
      : (
          await tx
            .insert(meetingRequests)
            .values({
              eventId,
              fromRegistrationId: buyer.id,
              toRegistrationId: supplier.id,
              status: "accepted",
              origin: "staff",
              createdBy: staff.userId,
              decidedAt: new Date(),
            })
            .returning()
        )[0];
    await recordAudit(tx, {
      actorUserId: staff.userId,
      action: "meeting_request.staff_add",
      objectType: "meeting_request",
      objectId: row.id,
      after: { buyer: buyer.id, supplier: supplier.id },
    });
    return row;
  });
}

const pairRequests = (tx: Tx, a: string, b: string) =>
  tx
    .select()
    .from(meetingRequests)
    .where(
      or(
        and(eq(meetingRequests.fromRegistrationId, a), eq(meetingRequests.toRegistrationId, b)),
        and(eq(meetingRequests.fromRegistrationId, b), eq(meetingRequests.toRegistrationId, a)),
      ),
    );

/** Staff veto a request: it is never scheduled, and a placed meeting for it is removed. */
export async function vetoMeetingRequest(db: Db, actor: Actor | null, requestId: string): Promise<MeetingRequestRow> {
  const staff = authorized(actor, "event:manage");
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(meetingRequests).where(eq(meetingRequests.id, requestId)).for("update");
    if (!before) throw new NotFoundError("Demande introuvable.");
    const [after] = await tx.update(meetingRequests).set({ status: "vetoed", decidedAt: new Date() }).where(eq(meetingRequests.id, requestId)).returning();
    const pair = [before.fromRegistrationId, before.toRegistrationId];
    await tx
      .delete(eventMeetings)
      .where(
        and(eq(eventMeetings.eventId, before.eventId), inArray(eventMeetings.buyerRegistrationId, pair), inArray(eventMeetings.supplierRegistrationId, pair)),
      );
    await recordAudit(tx, {
      actorUserId: staff.userId,
      action: "meeting_request.veto",
      objectType: "meeting_request",
      objectId: requestId,
      before: { status: before.status },
      after: { status: "vetoed" },
    });
    return after;
  });
}

export interface RequestView {
  id: string;
  direction: "sent" | "received";
  otherRegistrationId: string;
  otherName: string;
  message: string;
  status: MeetingRequestRow["status"];
  origin: MeetingRequestRow["origin"];
  mutual: boolean;
  createdAt: Date;
}

/** The requests the actor's company sent or received for this event — never anyone else's. */
export async function ownMeetingRequests(db: DbOrTx, actor: Actor | null, eventId: string): Promise<RequestView[]> {
  const own = await requireOwnRegistration(db, actor, eventId);
  const fromReg = alias(eventRegistrations, "from_reg");
  const toReg = alias(eventRegistrations, "to_reg");
  const fromCo = alias(companies, "from_co");
  const toCo = alias(companies, "to_co");
  const rows = await db
    .select({ r: meetingRequests, fromName: displayName(fromCo), toName: displayName(toCo) })
    .from(meetingRequests)
    .innerJoin(fromReg, eq(fromReg.id, meetingRequests.fromRegistrationId))
    .innerJoin(fromCo, eq(fromCo.id, fromReg.companyId))
    .innerJoin(toReg, eq(toReg.id, meetingRequests.toRegistrationId))
    .innerJoin(toCo, eq(toCo.id, toReg.companyId))
    .where(and(eq(meetingRequests.eventId, eventId), or(eq(meetingRequests.fromRegistrationId, own.id), eq(meetingRequests.toRegistrationId, own.id))))
    .orderBy(meetingRequests.createdAt);
  return rows.map(({ r, fromName, toName }) => {
    const sent = r.fromRegistrationId === own.id;
    return {
      id: r.id,
      direction: sent ? "sent" : "received",
      otherRegistrationId: sent ? r.toRegistrationId : r.fromRegistrationId,
      otherName: sent ? toName : fromName,
      message: r.message,
      status: r.status,
      origin: r.origin,
      mutual: r.mutual,
      createdAt: r.createdAt,
    };
  });
}

/** Every request of the event, for staff. */
export async function eventMeetingRequests(db: DbOrTx, actor: Actor | null, eventId: string) {
  authorized(actor, "event:manage");
  const fromReg = alias(eventRegistrations, "from_reg");
  const toReg = alias(eventRegistrations, "to_reg");
  const fromCo = alias(companies, "from_co");
  const toCo = alias(companies, "to_co");
  return db
    .select({
      id: meetingRequests.id,
      status: meetingRequests.status,
      origin: meetingRequests.origin,
      mutual: meetingRequests.mutual,
      message: meetingRequests.message,
      fromName: displayName(fromCo),
      toName: displayName(toCo),
    })
    .from(meetingRequests)
    .innerJoin(fromReg, eq(fromReg.id, meetingRequests.fromRegistrationId))
    .innerJoin(fromCo, eq(fromCo.id, fromReg.companyId))
    .innerJoin(toReg, eq(toReg.id, meetingRequests.toRegistrationId))
    .innerJoin(toCo, eq(toCo.id, toReg.companyId))
    .where(eq(meetingRequests.eventId, eventId))
    .orderBy(meetingRequests.createdAt);
}
