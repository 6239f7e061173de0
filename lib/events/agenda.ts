/**
 * What participants and staff read of a schedule: a participant's agenda (its own meetings, once the
 * schedule is published, as announced), its iCalendar file, and the staff's table plan (every meeting).
 */
import { and, asc, eq, isNotNull, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import { communes, companies, eventCheckIns, eventMeetings, eventRegistrations, eventSessions, events } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { absoluteUrl } from "../mail/render";
import { authorized, requireOwnRegistration } from "./access";
import { absentSides, type Side } from "./attendance";
import { eventPlace, newCalendar } from "./calendar";
import { displayName } from "./company-name";
import { listSessions } from "./service";
import { sessionSlots } from "./times";

export interface AgendaItem {
  meetingId: string;
  startsAt: Date;
  endsAt: Date;
  table: number;
  sessionLabel: string;
  /** The company met, and whether we are the buyer in this meeting. */
  otherName: string;
  asBuyer: boolean;
}

function meetingsQuery(db: DbOrTx) {
  const buyerReg = alias(eventRegistrations, "buyer_reg");
  const supplierReg = alias(eventRegistrations, "supplier_reg");
  const buyerCo = alias(companies, "buyer_co");
  const supplierCo = alias(companies, "supplier_co");
  return db
    .select({ m: eventMeetings, sessionLabel: eventSessions.label, buyerName: displayName(buyerCo), supplierName: displayName(supplierCo) })
    .from(eventMeetings)
    .innerJoin(eventSessions, eq(eventSessions.id, eventMeetings.sessionId))
    .innerJoin(buyerReg, eq(buyerReg.id, eventMeetings.buyerRegistrationId))
    .innerJoin(buyerCo, eq(buyerCo.id, buyerReg.companyId))
    .innerJoin(supplierReg, eq(supplierReg.id, eventMeetings.supplierRegistrationId))
    .innerJoin(supplierCo, eq(supplierCo.id, supplierReg.companyId))
    .$dynamic();
}

/** The actor's company's announced meetings, in time order; empty until staff publish the schedule. */
export async function ownAgenda(db: DbOrTx, actor: Actor | null, eventId: string): Promise<AgendaItem[]> {
  const own = await requireOwnRegistration(db, actor, eventId, { accepted: true });
  authorized(actor, "event:register", { companyId: own.companyId });
  const [event] = await db.select({ published: events.schedulePublishedAt }).from(events).where(eq(events.id, eventId));
  if (!event?.published) return [];
  const rows = await meetingsQuery(db)
    .where(
      and(
        eq(eventMeetings.eventId, eventId),
        isNotNull(eventMeetings.announcedAt),
        or(eq(eventMeetings.buyerRegistrationId, own.id), eq(eventMeetings.supplierRegistrationId, own.id)),
      ),
    )
    .orderBy(asc(eventMeetings.startsAt));
  return rows.map(({ m, sessionLabel, buyerName, supplierName }) => ({
    meetingId: m.id,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    table: m.tableNumber,
    sessionLabel,
    asBuyer: m.buyerRegistrationId === own.id,
    otherName: m.buyerRegistrationId === own.id ? supplierName : buyerName,
  }));
}

export interface AgendaSheet {
  eventId: string;
  title: string;
  location: string;
  companyName: string;
  role: "buyer" | "supplier" | "both";
  /** Signs the check-in link printed as a QR code (check-in-token.ts). */
  registrationId: string;
  items: AgendaItem[];
}

/** What the printable agenda shows: the event, the participant, its announced meetings. */
export async function ownAgendaSheet(db: DbOrTx, actor: Actor | null, eventId: string): Promise<AgendaSheet> {
  const items = await ownAgenda(db, actor, eventId);
  const own = await requireOwnRegistration(db, actor, eventId, { accepted: true });
  const [event] = await db
    .select({ title: events.title, venue: events.venue, online: events.online, commune: communes.name })
    .from(events)
    .leftJoin(communes, eq(communes.inseeCode, events.communeCode))
    .where(eq(events.id, eventId));
  const [company] = await db.select({ name: displayName() }).from(companies).where(eq(companies.id, own.companyId));
  return {
    eventId,
    title: event.title,
    location: eventPlace(event),
    companyName: company?.name ?? "",
    role: own.role,
    registrationId: own.id,
    items,
  };
}

/** The agenda as an iCalendar file (one VEVENT per meeting, times in UTC, stable UIDs so updates replace). */
export async function ownAgendaIcs(db: DbOrTx, actor: Actor | null, eventId: string): Promise<string> {
  const items = await ownAgenda(db, actor, eventId);
  const [event] = await db
    .select({ title: events.title, venue: events.venue, online: events.online, commune: communes.name })
    .from(events)
    .leftJoin(communes, eq(communes.inseeCode, events.communeCode))
    .where(eq(events.id, eventId));
  const location = eventPlace(event);
  const cal = newCalendar(event.title);
  for (const item of items) {
    cal.createEvent({
      id: `${item.meetingId}@circuit-court`,
      start: item.startsAt,
      end: item.endsAt,
      summary: `Rendez-vous avec ${item.otherName} (table ${item.table})`,
      description: `${event.title} — ${item.sessionLabel}. Table ${item.table}.`,
      location: location || null,
      url: absoluteUrl(`/evenements/${eventId}/espace`),
    });
  }
  return cal.toString();
}

export interface TablePlanSession {
  sessionId: string;
  label: string;
  tables: number;
  slots: { index: number; startsAt: Date; endsAt: Date; meetings: TablePlanMeeting[] }[];
}

export interface TablePlanMeeting {
  meetingId: string;
  table: number;
  buyerName: string;
  supplierName: string;
  pinned: boolean;
  announced: boolean;
  /** null until the session is over; then the sides not checked in (no-show), [] when held. */
  absent: Side[] | null;
}

/** Staff's table plan: each session's slots with the meeting at each table (announced or not). */
export async function tablePlan(db: DbOrTx, actor: Actor | null, eventId: string, now = new Date()): Promise<TablePlanSession[]> {
  authorized(actor, "event:manage");
  const sessions = await listSessions(db, eventId);
  const rows = await meetingsQuery(db).where(eq(eventMeetings.eventId, eventId)).orderBy(asc(eventMeetings.startsAt), asc(eventMeetings.tableNumber));
  const present = new Set(
    (await db.select({ id: eventCheckIns.registrationId }).from(eventCheckIns).where(eq(eventCheckIns.eventId, eventId))).map((c) => c.id),
  );
  return sessions.map((s) => ({
    sessionId: s.id,
    label: s.label,
    tables: s.tables,
    slots: sessionSlots(s).map((slot) => ({
      ...slot,
      meetings: rows
        .filter((r) => r.m.sessionId === s.id && r.m.slotIndex === slot.index)
        .map(({ m, buyerName, supplierName }) => ({
          meetingId: m.id,
          table: m.tableNumber,
          buyerName,
          supplierName,
          pinned: m.pinned,
          announced: m.announcedAt !== null,
          absent: m.announcedAt ? absentSides(m, s.endsAt, present, now) : null,
        })),
    })),
  }));
}
