/**
 * Demo data of business meetings, so the events pages show something on first start: an upcoming published
 * day in Aubagne (two sessions, registration and booking open) where the demo group comes as a buyer and the
 * two demo SMEs as suppliers, with one accepted and one pending meeting request; and a past morning in
 * Marseille whose schedule was published, with check-ins and feedback. Bulk inserts in the loader's
 * transaction, as the other demo files do (no e-mails, no solver run), written to obey the services' rules:
 * published with sessions, registrations within their window, requests between a buyer and a supplier
 * during booking, meetings on real slots, one per table and participant. Fixed texts, dates relative to `now`.
 */
import type { Tx } from "../client";
import {
  eventCheckIns,
  eventMeetings,
  eventRegistrationPeople,
  eventRegistrationSessions,
  eventRegistrations,
  events,
  eventSessions,
  meetingFeedback,
  meetingRequests,
} from "../schema";
import { parisInstant, sessionSlots } from "../../lib/events/times";

export interface EventsDemoParties {
  /** The large group, registered as a buyer, and its admin. */
  buyer: { companyId: string; userId: string };
  /** The two demo SMEs, registered as suppliers. */
  suppliers: [{ companyId: string; userId: string }, { companyId: string; userId: string }];
  /** The CCI staff member who organises the events. */
  staffUserId: string;
}

const DAY = 86_400_000;
/** The Paris calendar day of an instant, « 2027-02-04 ». */
const parisDay = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(d);

/** Purchase themes of the group (NAF): carpentry and cleaning, the trades of the two demo SMEs. */
const BUYER_THEMES = ["43.32A", "81.21Z"];

export async function seedEventsDemo(tx: Tx, p: EventsDemoParties, now: Date) {
  const days = (n: number) => new Date(now.getTime() + n * DAY);

  // Upcoming: in three weeks, registration open since two weeks, booking open since a week.
  const upcomingDay = parisDay(days(21));
  const [upcoming] = await tx
    .insert(events)
    .values({
      title: "Rencontres acheteurs – fournisseurs du BTP et de l'entretien des bâtiments",
      description:
        "Une journée de rendez-vous de vingt minutes entre les acheteurs des grands comptes du territoire et les entreprises " +
        "du bâtiment, de la menuiserie et de la propreté. Inscrivez-vous, demandez vos rendez-vous : la CCI établit le planning " +
        "une semaine avant et l'envoie à chaque participant. Café d'accueil dès 8 h 30.",
      communeCode: "13005",
      venue: "Espace des Libertés, avenue Antide-Boyer",
      online: false,
      registrationOpensAt: days(-14),
      registrationClosesAt: days(14),
      bookingOpensAt: days(-7),
      bookingClosesAt: days(18),
      capacity: 60,
      validateRegistrations: false,
      status: "published",
      publishedAt: days(-14),
      createdBy: p.staffUserId,
      createdAt: days(-16),
      updatedAt: days(-14),
    })
    .returning({ id: events.id });
  const upcomingSessions = await tx
    .insert(eventSessions)
    .values([
      {
        eventId: upcoming.id,
        label: "Matin",
        startsAt: parisInstant(upcomingDay, "09:00"),
        endsAt: parisInstant(upcomingDay, "12:20"),
        slotMinutes: 20,
        breaks: [{ startsAt: parisInstant(upcomingDay, "10:40").toISOString(), endsAt: parisInstant(upcomingDay, "11:00").toISOString() }],
        tables: 12,
        maxMeetingsPerParticipant: 6,
      },
      {
        eventId: upcoming.id,
        label: "Après-midi",
        startsAt: parisInstant(upcomingDay, "14:00"),
        endsAt: parisInstant(upcomingDay, "16:40"),
        slotMinutes: 20,
        breaks: [],
        tables: 12,
        maxMeetingsPerParticipant: 6,
      },
    ])
    .returning({ id: eventSessions.id });
  const [buyerReg, joinerReg, cleanerReg] = await register(
    tx,
    upcoming.id,
    upcomingSessions.map((s) => s.id),
    p,
    [days(-12), days(-9), days(-6)],
  );
  await tx.insert(meetingRequests).values([
    {
      eventId: upcoming.id,
      fromRegistrationId: joinerReg,
      toRegistrationId: buyerReg,
      status: "accepted",
      origin: "request",
      createdBy: p.suppliers[0].userId,
      message:
        "Bonjour, nous fabriquons et posons des menuiseries bois et alu. Nous aimerions vous présenter nos réalisations pour vos agences du pays d'Aubagne.",
      createdAt: days(-5),
      updatedAt: days(-3),
      decidedAt: days(-3),
    },
    {
      eventId: upcoming.id,
      fromRegistrationId: cleanerReg,
      toRegistrationId: buyerReg,
      status: "requested",
      origin: "request",
      createdBy: p.suppliers[1].userId,
      message: "Nous assurons le nettoyage de bureaux et de sites techniques entre Marseille et La Ciotat. Un échange sur vos besoins de l'an prochain ?",
      createdAt: days(-2),
      updatedAt: days(-2),
    },
  ]);

  // Past: six weeks ago, one morning in Marseille; the schedule was published, two meetings placed.
  const pastDay = parisDay(days(-42));
  const [past] = await tx
    .insert(events)
    .values({
      title: "Matinée achats responsables de la métropole",
      description:
        "Une matinée de rendez-vous d'affaires pour rapprocher les acheteurs des grands groupes et des établissements " +
        "publics des TPE et PME locales : trente minutes par rendez-vous, un planning envoyé à chacun la veille.",
      communeCode: "13055",
      venue: "Palais de la Bourse, 9 La Canebière",
      online: false,
      registrationOpensAt: days(-80),
      registrationClosesAt: days(-50),
      bookingOpensAt: days(-60),
      bookingClosesAt: days(-45),
      capacity: 40,
      validateRegistrations: false,
      status: "published",
      publishedAt: days(-80),
      createdBy: p.staffUserId,
      scheduleStatus: "published",
      scheduleComputedAt: days(-44),
      schedulePublishedAt: days(-44),
      scheduleValue: 4,
      scheduleBound: 4,
      scheduleMethod: "milp",
      createdAt: days(-82),
      updatedAt: days(-44),
    })
    .returning({ id: events.id });
  const session = { startsAt: parisInstant(pastDay, "09:00"), endsAt: parisInstant(pastDay, "12:00"), slotMinutes: 30, breaks: [] };
  const [pastSession] = await tx
    .insert(eventSessions)
    .values({ eventId: past.id, label: "Matin", ...session, tables: 8, maxMeetingsPerParticipant: 5 })
    .returning({ id: eventSessions.id });
  const [pBuyer, pJoiner, pCleaner] = await register(tx, past.id, [pastSession.id], p, [days(-75), days(-70), days(-66)]);
  const requests = await tx
    .insert(meetingRequests)
    .values([
      {
        eventId: past.id,
        fromRegistrationId: pJoiner,
        toRegistrationId: pBuyer,
        status: "accepted",
        origin: "request",
        createdBy: p.suppliers[0].userId,
        message: "Nous refaisons les menuiseries de bâtiments tertiaires : portes, fenêtres, agencements. Vos sites de Marseille nous intéressent.",
        createdAt: days(-58),
        updatedAt: days(-55),
        decidedAt: days(-55),
      },
      {
        eventId: past.id,
        fromRegistrationId: pCleaner,
        toRegistrationId: pBuyer,
        status: "accepted",
        origin: "request",
        createdBy: p.suppliers[1].userId,
        message: "Nous cherchons à entretenir des sites techniques : nettoyage industriel, vitrerie, remise en état après travaux.",
        createdAt: days(-57),
        updatedAt: days(-54),
        decidedAt: days(-54),
      },
    ])
    .returning({ id: meetingRequests.id });
  const slots = sessionSlots(session);
  const meetings = await tx
    .insert(eventMeetings)
    .values(
      [pJoiner, pCleaner].map((supplier, i) => ({
        eventId: past.id,
        requestId: requests[i].id,
        buyerRegistrationId: pBuyer,
        supplierRegistrationId: supplier,
        sessionId: pastSession.id,
        slotIndex: slots[i].index,
        tableNumber: 1,
        startsAt: slots[i].startsAt,
        endsAt: slots[i].endsAt,
        weight: 2,
        announcedAt: days(-44),
      })),
    )
    .returning({ id: eventMeetings.id });
  await tx.insert(eventCheckIns).values(
    [pBuyer, pJoiner, pCleaner].map((registrationId, i) => ({
      registrationId,
      eventId: past.id,
      checkedInAt: new Date(session.startsAt.getTime() - (25 - 5 * i) * 60_000),
      checkedInBy: p.staffUserId,
    })),
  );
  await tx.insert(meetingFeedback).values([
    {
      meetingId: meetings[0].id,
      registrationId: pBuyer,
      rating: 5,
      outcome: "quote",
      createdBy: p.buyer.userId,
      createdAt: days(-41),
      updatedAt: days(-41),
      comment: "Échange concret ; nous leur avons demandé un devis pour les portes de l'agence d'Aubagne.",
    },
    {
      meetingId: meetings[0].id,
      registrationId: pJoiner,
      rating: 5,
      outcome: "quote",
      createdBy: p.suppliers[0].userId,
      createdAt: days(-40),
      updatedAt: days(-40),
      comment: "Acheteur à l'écoute, devis envoyé dans la semaine.",
    },
    {
      meetingId: meetings[1].id,
      registrationId: pBuyer,
      rating: 4,
      outcome: "nothing",
      createdBy: p.buyer.userId,
      createdAt: days(-41),
      updatedAt: days(-41),
      comment: "Entreprise sérieuse ; rien à lancer avant le renouvellement de notre contrat de propreté.",
    },
  ]);
}

/** The buyer, then the two suppliers, accepted at once (the events do not validate registrations). */
async function register(tx: Tx, eventId: string, sessionIds: string[], p: EventsDemoParties, at: [Date, Date, Date]): Promise<string[]> {
  const parties = [{ ...p.buyer, role: "buyer" as const }, ...p.suppliers.map((s) => ({ ...s, role: "supplier" as const }))];
  const rows = await tx
    .insert(eventRegistrations)
    .values(
      parties.map((party, i) => ({
        eventId,
        companyId: party.companyId,
        role: party.role,
        status: "accepted" as const,
        themeCodes: party.role === "buyer" ? BUYER_THEMES : [],
        createdBy: party.userId,
        decidedAt: at[i],
        createdAt: at[i],
        updatedAt: at[i],
      })),
    )
    .returning({ id: eventRegistrations.id, companyId: eventRegistrations.companyId });
  // returning() keeps the insertion order only by convention: map back by company.
  const ids = parties.map((party) => rows.find((r) => r.companyId === party.companyId)!.id);
  await tx.insert(eventRegistrationPeople).values(parties.map((party, i) => ({ registrationId: ids[i], userId: party.userId })));
  await tx.insert(eventRegistrationSessions).values(ids.flatMap((registrationId) => sessionIds.map((sessionId) => ({ registrationId, sessionId }))));
  return ids;
}
