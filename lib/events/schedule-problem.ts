/**
 * The scheduler's problem built from an event's rows: accepted registrations and the sessions they attend,
 * the meetings worth placing (requests by weight, suggestions if asked), pins and the places already
 * announced; and how a slot id the scheduler returns maps back to a session's slot.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { eventMeetings, eventRegistrationSessions, eventRegistrations, meetingRequests } from "@/db/schema";
import type { Assignment, MeetingRequest, ScheduleProblem } from "@/lib/meetings/schedule/types";
import { MEETING_WEIGHTS, pairRoles, requestWeight } from "./pairs";
import type { ComputeOptions } from "./schedule";
import { listSessions } from "./service";
import { eventSuggestions } from "./suggestions";
import { sessionSlots, type Slot } from "./times";

const slotId = (sessionId: string, index: number) => `${sessionId}:${index}`;
export const pairKey = (buyerId: string, supplierId: string) => `${buyerId}|${supplierId}`;

interface Pair {
  buyerId: string;
  supplierId: string;
  weight: number;
  requestId: string | null;
}

/** The meetings worth placing: requests by weight (one per pair, the strongest), then suggestions if asked. */
async function wantedPairs(db: Db, eventId: string, regs: { id: string; role: "buyer" | "supplier" | "both" }[], opts: ComputeOptions): Promise<Pair[]> {
  const byId = new Map(regs.map((r) => [r.id, r]));
  const requests = await db.select().from(meetingRequests).where(eq(meetingRequests.eventId, eventId));
  const vetoed = new Set<string>();
  const pairs = new Map<string, Pair>();
  for (const r of requests) {
    const from = byId.get(r.fromRegistrationId);
    const to = byId.get(r.toRegistrationId);
    if (!from || !to) continue;
    const roles = pairRoles(from, to);
    if (!roles) continue;
    const key = pairKey(roles.buyer.id, roles.supplier.id);
    if (r.status === "vetoed" || r.status === "declined") {
      vetoed.add(key);
      continue;
    }
    const weight = requestWeight(r);
    if (weight === null) continue;
    const current = pairs.get(key);
    if (!current || current.weight < weight) pairs.set(key, { buyerId: roles.buyer.id, supplierId: roles.supplier.id, weight, requestId: r.id });
  }
  for (const key of vetoed) pairs.delete(key);
  if (opts.fillWithSuggestions) {
    const perBuyer = new Map<string, number>();
    for (const s of await eventSuggestions(db, eventId)) {
      const key = pairKey(s.buyerRegistrationId, s.supplierRegistrationId);
      const taken = perBuyer.get(s.buyerRegistrationId) ?? 0;
      if (pairs.has(key) || vetoed.has(key) || taken >= (opts.suggestionsPerBuyer ?? 5)) continue;
      perBuyer.set(s.buyerRegistrationId, taken + 1);
      pairs.set(key, { buyerId: s.buyerRegistrationId, supplierId: s.supplierRegistrationId, weight: MEETING_WEIGHTS.suggestion, requestId: null });
    }
  }
  return [...pairs.values()];
}

/** Builds the scheduler's problem from the database: accepted registrations, their sessions, wanted pairs, pins. */
export async function buildProblem(db: Db, eventId: string, opts: ComputeOptions) {
  const sessions = await listSessions(db, eventId);
  const regs = await db
    .select({ id: eventRegistrations.id, role: eventRegistrations.role })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, "accepted")));
  const attend = regs.length
    ? await db
        .select()
        .from(eventRegistrationSessions)
        .where(
          inArray(
            eventRegistrationSessions.registrationId,
            regs.map((r) => r.id),
          ),
        )
    : [];
  const current = await db.select().from(eventMeetings).where(eq(eventMeetings.eventId, eventId));
  const pairs = await wantedPairs(db, eventId, regs, opts);
  const slotsOf = new Map(sessions.map((s) => [s.id, sessionSlots(s)]));
  const maxOf = new Map(sessions.map((s) => [s.id, s.maxMeetingsPerParticipant]));
  const currentByPair = new Map(current.map((m) => [pairKey(m.buyerRegistrationId, m.supplierRegistrationId), m]));
  // A pinned meeting stays even if its request was withdrawn: staff placed it by hand.
  for (const m of current) {
    const key = pairKey(m.buyerRegistrationId, m.supplierRegistrationId);
    if (m.pinned && !pairs.some((p) => pairKey(p.buyerId, p.supplierId) === key)) {
      pairs.push({ buyerId: m.buyerRegistrationId, supplierId: m.supplierRegistrationId, weight: m.weight, requestId: m.requestId });
    }
  }
  const problem: ScheduleProblem = {
    participants: regs.map((r) => {
      const sessionIds = attend.filter((a) => a.registrationId === r.id).map((a) => a.sessionId);
      // Each session's maximum holds in that session; over the event, their sum.
      return {
        id: r.id,
        role: r.role,
        sessionIds,
        maxMeetings: sessionIds.reduce((n, id) => n + (maxOf.get(id) ?? 0), 0),
        maxPerSession: Object.fromEntries(sessionIds.map((id) => [id, maxOf.get(id) ?? 0])),
      };
    }),
    sessions: sessions.map((s) => ({ id: s.id, slotIds: (slotsOf.get(s.id) ?? []).map((sl) => slotId(s.id, sl.index)), tableCount: s.tables })),
    meetings: pairs.map((p): MeetingRequest => {
      const placed = currentByPair.get(pairKey(p.buyerId, p.supplierId));
      return {
        id: pairKey(p.buyerId, p.supplierId),
        a: p.buyerId,
        b: p.supplierId,
        weight: p.weight,
        ...(placed?.pinned ? { pinned: { slotId: slotId(placed.sessionId, placed.slotIndex), table: placed.tableNumber } } : {}),
      };
    }),
  };
  const previous: Assignment[] = current
    .filter((m) => m.announcedAt)
    .map((m) => ({ meetingId: pairKey(m.buyerRegistrationId, m.supplierRegistrationId), slotId: slotId(m.sessionId, m.slotIndex), table: m.tableNumber }));
  return { problem, previous, pairs, sessions, slotsOf, current };
}

/** The session and slot a scheduler slot id (`sessionId:index`) stands for. */
export function placeOf(slotsOf: Map<string, Slot[]>, id: string): { sessionId: string; slot: Slot } {
  const cut = id.lastIndexOf(":");
  const sessionId = id.slice(0, cut);
  const slot = slotsOf.get(sessionId)?.[Number(id.slice(cut + 1))];
  if (!slot) throw new Error(`Créneau inconnu renvoyé par le planificateur : ${id}`);
  return { sessionId, slot };
}
