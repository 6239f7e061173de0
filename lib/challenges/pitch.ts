/**
 * Where and when a shortlisted applicant pitches: a time the poster offers, free or taken within a session
 * of a business-meetings event (lib/events) — then shown with the event's name and place — and the pitch's
 * calendar file, for the applicant, the poster and staff only.
 */
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { challengeApplications, challenges, companies } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { NotFoundError, ValidationError } from "../errors";
import { eventPlace, newCalendar } from "../events/calendar";
import { displayName } from "../events/company-name";
import { sessionsWithEvent, upcomingSessions, type SessionWithEvent } from "../events/reads";
import { formatTime } from "../events/times";
import { formatDate } from "../format";
import { absoluteUrl } from "../mail/render";
import { authorized, challengeViewer, mayReadApplication } from "./access";

/** How long a pitch outside any session lasts in calendars; within a session, one of its slots. */
export const FREE_PITCH_MINUTES = 30;

export interface PitchPlace {
  sessionId: string;
  sessionLabel: string;
  eventId: string;
  eventTitle: string;
  /** « En ligne », or the venue and commune. */
  place: string;
  cancelled: boolean;
  minutes: number;
}

const placeOf = (s: SessionWithEvent): PitchPlace => ({
  sessionId: s.id,
  sessionLabel: s.label,
  eventId: s.eventId,
  eventTitle: s.eventTitle,
  place: eventPlace(s),
  cancelled: s.eventStatus === "cancelled",
  minutes: s.slotMinutes,
});

/** The sessions the poster may hold a pitch in: those of published events that are not over. */
export async function pitchSessionChoices(db: DbOrTx, actor: Actor | null, challengeCompanyId: string, now = new Date()) {
  authorized(actor, "challenge:post", { companyId: challengeCompanyId });
  return upcomingSessions(db, now);
}

/**
 * The session a pitch at `at` is held in, checked: a published event's, not over, the pitch (one slot long)
 * inside it, clear of its breaks and still to come. Refusals name the field to correct.
 */
export async function checkPitchSession(db: DbOrTx, sessionId: string, at: Date, now = new Date()): Promise<PitchPlace> {
  const s = (await sessionsWithEvent(db, [sessionId])).get(sessionId);
  if (!s || s.eventStatus !== "published" || s.endsAt <= now) {
    throw new ValidationError({ pitchSessionId: "Choisissez une session à venir d'un événement publié, ou aucune session." });
  }
  const start = at.getTime();
  const end = start + s.slotMinutes * 60_000;
  const inBreak = s.breaks.some((b) => start < Date.parse(b.endsAt) && end > Date.parse(b.startsAt));
  if (start < s.startsAt.getTime() || end > s.endsAt.getTime() || inBreak) {
    throw new ValidationError({
      pitchAt: `Choisissez une heure dans la session « ${s.label} » (le ${formatDate(s.startsAt)}, de ${formatTime(s.startsAt)} à ${formatTime(s.endsAt)}), en dehors des pauses : le pitch y dure ${s.slotMinutes} minutes.`,
    });
  }
  if (at <= now) throw new ValidationError({ pitchAt: "Choisissez une heure à venir." });
  return placeOf(s);
}

/** The places of pitches held in sessions, by session id. */
export async function pitchPlaces(db: DbOrTx, sessionIds: (string | null)[]): Promise<Map<string, PitchPlace>> {
  const sessions = await sessionsWithEvent(
    db,
    sessionIds.filter((id): id is string => id !== null),
  );
  return new Map([...sessions].map(([id, s]) => [id, placeOf(s)]));
}

/** The pitch as an iCalendar file (one VEVENT, a stable UID so a new slot replaces the old one). Others find none. */
export async function pitchIcs(db: DbOrTx, actor: Actor | null, challengeId: string, applicationId: string): Promise<string> {
  const [row] = await db
    .select({ app: challengeApplications, c: challenges, posterName: displayName(), companySuspended: sql<boolean>`${companies.suspendedAt} is not null` })
    .from(challengeApplications)
    .innerJoin(challenges, eq(challenges.id, challengeApplications.challengeId))
    .innerJoin(companies, eq(companies.id, challenges.companyId))
    .where(and(eq(challengeApplications.id, applicationId), eq(challengeApplications.challengeId, challengeId)));
  const viewer = row ? challengeViewer(actor, { ...row.c, companySuspended: row.companySuspended }) : null;
  // The applicant (while it may see the challenge), the poster and staff; never another applicant.
  if (!row || !viewer || !mayReadApplication(actor, row.c.companyId, row.app.companyId) || !row.app.pitchAt)
    throw new NotFoundError("Créneau de pitch introuvable.");
  const place = row.app.pitchSessionId ? ((await pitchPlaces(db, [row.app.pitchSessionId])).get(row.app.pitchSessionId) ?? null) : null;
  const cal = newCalendar(`Pitch : ${row.c.title}`);
  cal.createEvent({
    id: `pitch-${row.app.id}@circuit-court`,
    start: row.app.pitchAt,
    end: new Date(row.app.pitchAt.getTime() + (place?.minutes ?? FREE_PITCH_MINUTES) * 60_000),
    summary: `Pitch : ${row.c.title}`,
    description: place
      ? `Défi d'innovation de ${row.posterName}. Pitch pendant « ${place.eventTitle} », session « ${place.sessionLabel} ».`
      : `Défi d'innovation de ${row.posterName}.`,
    location: place?.place || null,
    url: absoluteUrl(place ? `/evenements/${place.eventId}` : `/defis/${challengeId}`),
  });
  return cal.toString();
}
