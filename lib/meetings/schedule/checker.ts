/**
 * Independent check of a schedule against every rule of issue 18: it re-derives everything from the problem,
 * sharing no code with the algorithms beyond the index, so a bug in a solver shows up here. Messages are in
 * French because staff see them when they move a meeting by hand.
 */
import { indexProblem, sessionCap } from "./problem";
import type { Assignment, ScheduleProblem } from "./types";
import { present } from "../../invariant";

export type ViolationCode =
  | "unknown-meeting"
  | "unknown-participant"
  | "duplicate-meeting"
  | "unknown-slot"
  | "break-slot"
  | "session-not-attended"
  | "person-double-booked"
  | "table-out-of-range"
  | "table-double-booked"
  | "slot-over-capacity"
  | "over-max"
  | "over-session-max"
  | "pin-moved";

export interface Violation {
  code: ViolationCode;
  /** French sentence for staff. */
  message: string;
  meetingIds: string[];
}

const NBSP = "\u00a0";
const q = (s: string) => `«${NBSP}${s}${NBSP}»`;
const list = (ids: string[]) => ids.map(q).join(", ");

export function checkSchedule(problem: ScheduleProblem, assignments: Assignment[]): Violation[] {
  const ip = indexProblem(problem);
  const violations: Violation[] = [];
  const add = (code: ViolationCode, message: string, meetingIds: string[]) => violations.push({ code, message, meetingIds });

  const seen = new Set<string>();
  const valid: { a: Assignment; slot: number }[] = [];
  for (const a of assignments) {
    const info = ip.meetingById.get(a.meetingId);
    if (!info) {
      add("unknown-meeting", `Rendez-vous inconnu${NBSP}: ${q(a.meetingId)}.`, [a.meetingId]);
      continue;
    }
    if (seen.has(a.meetingId)) {
      add("duplicate-meeting", `Le rendez-vous ${q(a.meetingId)} est placé plusieurs fois.`, [a.meetingId]);
      continue;
    }
    seen.add(a.meetingId);
    const { meeting } = info;
    for (const p of [meeting.a, meeting.b]) {
      if (!ip.participants.has(p)) {
        add("unknown-participant", `Le rendez-vous ${q(meeting.id)} concerne un participant inconnu (${q(p)}).`, [meeting.id]);
      }
    }
    if (ip.breakSlotIds.has(a.slotId)) {
      add("break-slot", `Le rendez-vous ${q(meeting.id)} est placé pendant une pause (${q(a.slotId)}).`, [meeting.id]);
      continue;
    }
    const slot = ip.slotIndexById.get(a.slotId);
    if (slot === undefined) {
      add("unknown-slot", `Le rendez-vous ${q(meeting.id)} est placé sur un créneau inconnu (${q(a.slotId)}).`, [meeting.id]);
      continue;
    }
    const { sessionId, tableCount } = ip.slots[slot];
    for (const p of [meeting.a, meeting.b]) {
      const participant = ip.participants.get(p);
      if (participant && !participant.sessionIds.includes(sessionId)) {
        add("session-not-attended", `${q(p)} ne participe pas à la session ${q(sessionId)}, où est placé le rendez-vous ${q(meeting.id)}.`, [meeting.id]);
      }
    }
    if (!Number.isInteger(a.table) || a.table < 1 || a.table > tableCount) {
      add(
        "table-out-of-range",
        `La table ${a.table} n’existe pas au créneau ${q(a.slotId)} (la session compte ${tableCount}${NBSP}tables)${NBSP}: rendez-vous ${q(meeting.id)}.`,
        [meeting.id],
      );
    }
    const pinned = info.pinnedSlot !== undefined ? meeting.pinned : undefined;
    if (pinned && (pinned.slotId !== a.slotId || pinned.table !== a.table)) {
      add("pin-moved", `Le rendez-vous épinglé ${q(meeting.id)} a quitté sa place (créneau ${q(pinned.slotId)}, table ${pinned.table}).`, [meeting.id]);
    }
    valid.push({ a, slot });
  }
  for (const info of ip.meetings) {
    if (info.pinnedSlot !== undefined && !seen.has(info.meeting.id)) {
      add("pin-moved", `Le rendez-vous épinglé ${q(info.meeting.id)} n’est plus au planning.`, [info.meeting.id]);
    }
  }

  const byPersonSlot = new Map<string, string[]>();
  const byTableSlot = new Map<string, string[]>();
  const bySlot = new Map<number, string[]>();
  const byPerson = new Map<string, string[]>();
  const byPersonSession = new Map<string, string[]>();
  const push = <K>(map: Map<K, string[]>, key: K, id: string) => map.set(key, [...(map.get(key) ?? []), id]);
  for (const { a, slot } of valid) {
    const { meeting } = present(ip.meetingById.get(a.meetingId), `meeting ${a.meetingId}`);
    for (const p of [meeting.a, meeting.b]) {
      push(byPersonSlot, `${p}\u0000${slot}`, meeting.id);
      push(byPerson, p, meeting.id);
      push(byPersonSession, `${p}\u0000${ip.slots[slot].sessionId}`, meeting.id);
    }
    push(byTableSlot, `${a.table}\u0000${slot}`, meeting.id);
    push(bySlot, slot, meeting.id);
  }
  for (const [key, ids] of byPersonSlot) {
    if (ids.length < 2) continue;
    const [p, slot] = key.split("\u0000");
    add("person-double-booked", `${q(p)} a ${ids.length}${NBSP}rendez-vous au même créneau ${q(ip.slots[Number(slot)].id)}${NBSP}: ${list(ids)}.`, ids);
  }
  for (const [key, ids] of byTableSlot) {
    if (ids.length < 2) continue;
    const [table, slot] = key.split("\u0000");
    add(
      "table-double-booked",
      `La table ${table} accueille ${ids.length}${NBSP}rendez-vous au créneau ${q(ip.slots[Number(slot)].id)}${NBSP}: ${list(ids)}.`,
      ids,
    );
  }
  for (const [slot, ids] of bySlot) {
    const { id, tableCount } = ip.slots[slot];
    if (ids.length > tableCount) {
      add("slot-over-capacity", `Le créneau ${q(id)} compte ${ids.length}${NBSP}rendez-vous pour ${tableCount}${NBSP}tables.`, ids);
    }
  }
  for (const [p, ids] of byPerson) {
    const max = ip.participants.get(p)?.maxMeetings;
    if (max !== undefined && ids.length > max) {
      add("over-max", `${q(p)} a ${ids.length}${NBSP}rendez-vous, au-delà de son maximum de ${max}.`, ids);
    }
  }
  for (const [key, ids] of byPersonSession) {
    const [p, session] = key.split("\u0000");
    const cap = sessionCap(ip.participants.get(p), session);
    if (ids.length > cap) {
      add(
        "over-session-max",
        `${q(p)} a ${ids.length}${NBSP}rendez-vous dans la session ${q(session)}, au-delà de son maximum de ${cap} pour cette session.`,
        ids,
      );
    }
  }
  return violations;
}
