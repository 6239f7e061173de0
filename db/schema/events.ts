/**
 * Business meetings (« rendez-vous d'affaires »): events with matchmaking sessions, company registrations,
 * meeting requests between buyers and suppliers, the computed schedule, check-ins and feedback after.
 */
import {
  pgTable,
  uuid,
  text,
  timestamp,
  boolean,
  pgEnum,
  integer,
  smallint,
  jsonb,
  varchar,
  index,
  uniqueIndex,
  primaryKey,
  check,
  real,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { communes } from "./reference";
import { companies, users } from "./accounts";

/** Staff prepare an event as a draft and publish it; a published event can be cancelled. */
export const eventStatus = pgEnum("event_status", ["draft", "published", "cancelled"]);
/** Where the event's schedule stands: none yet, computed (staff only), published to participants. */
export const eventScheduleStatus = pgEnum("event_schedule_status", ["none", "computed", "published"]);
export const eventRole = pgEnum("event_role", ["buyer", "supplier", "both"]);
export const registrationStatus = pgEnum("event_registration_status", ["pending", "accepted", "refused"]);
export const meetingRequestStatus = pgEnum("meeting_request_status", ["requested", "accepted", "declined", "vetoed", "cancelled"]);
/** Who asked for the meeting: a participant, staff, or a matching suggestion taken up. */
export const meetingRequestOrigin = pgEnum("meeting_request_origin", ["request", "staff", "suggestion"]);
export const meetingOutcome = pgEnum("meeting_outcome", ["nothing", "quote", "need", "award"]);

export interface SessionBreak {
  startsAt: string;
  endsAt: string;
}

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};

export const events = pgTable(
  "events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    /** Where it takes place; null when online only. */
    communeCode: varchar("commune_code", { length: 5 }).references(() => communes.inseeCode),
    venue: text("venue"),
    online: boolean("online").notNull().default(false),
    registrationOpensAt: timestamp("registration_opens_at", { withTimezone: true }).notNull(),
    registrationClosesAt: timestamp("registration_closes_at", { withTimezone: true }).notNull(),
    bookingOpensAt: timestamp("booking_opens_at", { withTimezone: true }).notNull(),
    bookingClosesAt: timestamp("booking_closes_at", { withTimezone: true }).notNull(),
    /** Companies admitted at most (null: no limit). */
    capacity: integer("capacity"),
    /** Registrations wait for staff acceptance when set. */
    validateRegistrations: boolean("validate_registrations").notNull().default(false),
    status: eventStatus("status").notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    scheduleStatus: eventScheduleStatus("schedule_status").notNull().default("none"),
    scheduleComputedAt: timestamp("schedule_computed_at", { withTimezone: true }),
    schedulePublishedAt: timestamp("schedule_published_at", { withTimezone: true }),
    /** Weighted value of the schedule and the solver's upper bound, shown to staff. */
    scheduleValue: real("schedule_value"),
    scheduleBound: real("schedule_bound"),
    scheduleMethod: text("schedule_method"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    // the public list: published events by date
    index("events_status_idx").on(t.status, t.registrationClosesAt),
    check("events_windows_ck", sql`${t.registrationOpensAt} < ${t.registrationClosesAt} and ${t.bookingOpensAt} < ${t.bookingClosesAt}`),
  ],
);

export const eventSessions = pgTable(
  "event_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    slotMinutes: smallint("slot_minutes").notNull(),
    /** Pauses inside the session (ISO instants); no slot overlaps one. */
    breaks: jsonb("breaks").$type<SessionBreak[]>().notNull().default([]),
    tables: smallint("tables").notNull(),
    maxMeetingsPerParticipant: smallint("max_meetings_per_participant").notNull(),
  },
  (t) => [
    // an event's sessions in time order
    index("event_sessions_event_idx").on(t.eventId, t.startsAt),
    check(
      "event_sessions_ck",
      sql`${t.startsAt} < ${t.endsAt} and ${t.slotMinutes} between 5 and 240 and ${t.tables} between 1 and 1000 and ${t.maxMeetingsPerParticipant} >= 1`,
    ),
  ],
);

export const eventRegistrations = pgTable(
  "event_registrations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    role: eventRole("role").notNull(),
    status: registrationStatus("status").notNull().default("pending"),
    /** As a buyer: the company's needs shown for the day, and purchase themes (NAF codes). */
    needIds: uuid("need_ids").array().notNull().default([]),
    themeCodes: varchar("theme_codes", { length: 6 }).array().notNull().default([]),
    /** As a supplier: the company's offers it wants to show. */
    offerIds: uuid("offer_ids").array().notNull().default([]),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    // one registration per company and event
    uniqueIndex("event_registrations_company_uq").on(t.eventId, t.companyId),
    // « Mes rendez-vous d'affaires »: a company's registrations
    index("event_registrations_company_idx").on(t.companyId),
  ],
);

/** The people a company sends. */
export const eventRegistrationPeople = pgTable(
  "event_registration_people",
  {
    registrationId: uuid("registration_id")
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.registrationId, t.userId] })],
);

/** The sessions a company attends: meetings are only placed there. */
export const eventRegistrationSessions = pgTable(
  "event_registration_sessions",
  {
    registrationId: uuid("registration_id")
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => eventSessions.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.registrationId, t.sessionId] })],
);

export const meetingRequests = pgTable(
  "meeting_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    fromRegistrationId: uuid("from_registration_id")
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: "cascade" }),
    toRegistrationId: uuid("to_registration_id")
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: "cascade" }),
    message: text("message").notNull().default(""),
    status: meetingRequestStatus("status").notNull().default("requested"),
    origin: meetingRequestOrigin("origin").notNull().default("request"),
    /** Both sides asked for it (the other side's request was folded into this one). */
    mutual: boolean("mutual").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    // one request per ordered pair; the reverse request is folded into it (mutual)
    uniqueIndex("meeting_requests_pair_uq").on(t.eventId, t.fromRegistrationId, t.toRegistrationId),
    // a participant's received and sent requests
    index("meeting_requests_to_idx").on(t.toRegistrationId),
    index("meeting_requests_from_idx").on(t.fromRegistrationId),
    check("meeting_requests_not_self_ck", sql`${t.fromRegistrationId} <> ${t.toRegistrationId}`),
  ],
);

/** The schedule: one row per placed meeting. Recomputing replaces the rows that are not pinned. */
export const eventMeetings = pgTable(
  "event_meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    requestId: uuid("request_id").references(() => meetingRequests.id, { onDelete: "set null" }),
    buyerRegistrationId: uuid("buyer_registration_id")
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: "cascade" }),
    supplierRegistrationId: uuid("supplier_registration_id")
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => eventSessions.id, { onDelete: "cascade" }),
    slotIndex: smallint("slot_index").notNull(),
    tableNumber: smallint("table_number").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    weight: real("weight").notNull(),
    pinned: boolean("pinned").notNull().default(false),
    /** When participants were told of this slot (schedule published); a move after that is announced again. */
    announcedAt: timestamp("announced_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    // a table holds one meeting per slot
    uniqueIndex("event_meetings_table_uq").on(t.sessionId, t.slotIndex, t.tableNumber),
    // one meeting per participant per slot, on either side (a « both » company is checked by the service)
    uniqueIndex("event_meetings_buyer_slot_uq").on(t.sessionId, t.slotIndex, t.buyerRegistrationId),
    uniqueIndex("event_meetings_supplier_slot_uq").on(t.sessionId, t.slotIndex, t.supplierRegistrationId),
    // a pair meets once
    uniqueIndex("event_meetings_pair_uq").on(t.eventId, t.buyerRegistrationId, t.supplierRegistrationId),
    // agendas of one participant
    index("event_meetings_supplier_idx").on(t.supplierRegistrationId),
  ],
);

export const eventCheckIns = pgTable(
  "event_check_ins",
  {
    registrationId: uuid("registration_id")
      .primaryKey()
      .references(() => eventRegistrations.id, { onDelete: "cascade" }),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    checkedInAt: timestamp("checked_in_at", { withTimezone: true }).notNull().defaultNow(),
    checkedInBy: uuid("checked_in_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("event_check_ins_event_idx").on(t.eventId)],
);

export const meetingFeedback = pgTable(
  "meeting_feedback",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => eventMeetings.id, { onDelete: "cascade" }),
    registrationId: uuid("registration_id")
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: "cascade" }),
    rating: smallint("rating").notNull(),
    outcome: meetingOutcome("outcome").notNull(),
    comment: text("comment").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    // each side rates each meeting once
    primaryKey({ columns: [t.meetingId, t.registrationId] }),
    check("meeting_feedback_rating_ck", sql`${t.rating} between 1 and 5`),
  ],
);

/**
 * A non-member's registration, made without an account from the public event page (migration 0024): the
 * establishment by SIRET (the directory's company when known), the person, the consent. Staff see it as
 * « non membre »; the member registration that follows the company's sign-up replaces it.
 */
export const eventGuestRegistrations = pgTable(
  "event_guest_registrations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    siret: varchar("siret", { length: 14 }).notNull(),
    companyId: uuid("company_id").references(() => companies.id, { onDelete: "set null" }),
    companyName: text("company_name").notNull(),
    role: eventRole("role").notNull(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    email: varchar("email", { length: 254 }).notNull(),
    consentedAt: timestamp("consented_at", { withTimezone: true }).notNull(),
    ...timestamps,
  },
  (t) => [
    // one registration per establishment and event (the duplicate check's last word under a race)
    uniqueIndex("event_guest_registrations_siret_uq").on(t.eventId, t.siret),
    check("event_guest_registrations_siret_ck", sql`${t.siret} ~ '^[0-9]{14}$'`),
  ],
);

// Row types, written once here: lib takes them from "@/db/schema".
export type EventRow = typeof events.$inferSelect;
export type EventSessionRow = typeof eventSessions.$inferSelect;
export type EventRegistrationRow = typeof eventRegistrations.$inferSelect;
export type MeetingRequestRow = typeof meetingRequests.$inferSelect;
export type EventMeetingRow = typeof eventMeetings.$inferSelect;
export type GuestRegistrationRow = typeof eventGuestRegistrations.$inferSelect;
