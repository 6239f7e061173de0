/**
 * Indexes a ScheduleProblem once for every algorithm (FCFS, greedy, MILP, checker): slots in time order
 * with their session, participants by id, and for each meeting the slots where it may take place. Meetings
 * that can never be placed get their reason here, so every algorithm reports the same ones.
 */
import type { MeetingRequest, ScheduleParticipant, ScheduleProblem, UnscheduledReason } from "./types";

export interface SlotInfo {
  id: string;
  /** Position in event time order (sessions in the given order, slots in their order). */
  index: number;
  sessionId: string;
  tableCount: number;
}

export interface MeetingInfo {
  meeting: MeetingRequest;
  /** Position in problem.meetings (the request order). */
  order: number;
  /** The participant who keeps a table: the buyer side, else `a`. */
  host: string;
  guest: string;
  /** Slot indexes (SlotInfo.index) of the sessions both sides attend, in time order. */
  candidateSlots: number[];
  /** Set when the meeting can never be placed; pinned meetings with a valid pin have none. */
  impossible?: UnscheduledReason;
  /** Slot index and table of a valid pin. */
  pinnedSlot?: number;
  pinnedTable?: number;
}

export interface IndexedProblem {
  problem: ScheduleProblem;
  slots: SlotInfo[];
  slotIndexById: Map<string, number>;
  breakSlotIds: Set<string>;
  participants: Map<string, ScheduleParticipant>;
  meetings: MeetingInfo[];
  meetingById: Map<string, MeetingInfo>;
}

export function indexProblem(problem: ScheduleProblem): IndexedProblem {
  const slots: SlotInfo[] = [];
  const slotIndexById = new Map<string, number>();
  const breakSlotIds = new Set<string>();
  const slotsBySession = new Map<string, number[]>();
  for (const session of problem.sessions) {
    const indexes: number[] = [];
    for (const id of session.slotIds) {
      if (slotIndexById.has(id)) continue; // a duplicated slot id is ignored rather than double-booked
      const index = slots.length;
      slots.push({ id, index, sessionId: session.id, tableCount: Math.max(0, Math.floor(session.tableCount)) });
      slotIndexById.set(id, index);
      indexes.push(index);
    }
    for (const id of session.breakSlotIds ?? []) breakSlotIds.add(id);
    slotsBySession.set(session.id, indexes);
  }

  const participants = new Map(problem.participants.map((p) => [p.id, p]));
  const meetings: MeetingInfo[] = [];
  const meetingById = new Map<string, MeetingInfo>();
  problem.meetings.forEach((meeting, order) => {
    const a = participants.get(meeting.a);
    const b = participants.get(meeting.b);
    const bHosts = b?.role === "buyer" && a?.role !== "buyer";
    const info: MeetingInfo = {
      meeting,
      order,
      host: bHosts ? meeting.b : meeting.a,
      guest: bHosts ? meeting.a : meeting.b,
      candidateSlots: [],
    };
    if (!a || !b || meeting.a === meeting.b || meetingById.has(meeting.id)) {
      info.impossible = "unknown-participant";
    } else {
      const bSessions = new Set(b.sessionIds);
      for (const sessionId of new Set(a.sessionIds)) {
        if (bSessions.has(sessionId)) info.candidateSlots.push(...(slotsBySession.get(sessionId) ?? []));
      }
      info.candidateSlots.sort((x, y) => x - y);
      if (info.candidateSlots.length === 0 || a.maxMeetings < 1 || b.maxMeetings < 1) {
        info.impossible = "no-common-session";
      }
      if (meeting.pinned && !info.impossible) {
        const slot = slotIndexById.get(meeting.pinned.slotId);
        const table = meeting.pinned.table;
        const valid = slot !== undefined && info.candidateSlots.includes(slot) && Number.isInteger(table) && table >= 1 && table <= slots[slot].tableCount;
        if (valid) {
          info.pinnedSlot = slot;
          info.pinnedTable = table;
        } else {
          info.impossible = "invalid-pin";
        }
      }
    }
    meetings.push(info);
    if (!meetingById.has(meeting.id)) meetingById.set(meeting.id, info);
  });
  rejectClashingPins(meetings, participants, slots);
  return { problem, slots, slotIndexById, breakSlotIds, participants, meetings, meetingById };
}

/**
 * Two pins on the same person and slot, or the same table and slot, cannot both hold: the later one in
 * request order is rejected as an invalid pin, as is a pin beyond a participant's maximum (event or session).
 */
function rejectClashingPins(meetings: MeetingInfo[], participants: Map<string, ScheduleParticipant>, slots: SlotInfo[]): void {
  const busy = new Set<string>();
  const count = new Map<string, number>();
  for (const info of meetings) {
    if (info.pinnedSlot === undefined) continue;
    const { a, b } = info.meeting;
    const keys = [`p:${a}:${info.pinnedSlot}`, `p:${b}:${info.pinnedSlot}`, `t:${info.pinnedTable}:${info.pinnedSlot}`];
    const session = slots[info.pinnedSlot].sessionId;
    const overMax = [a, b].some(
      (p) =>
        (count.get(p) ?? 0) >= (participants.get(p)?.maxMeetings ?? 0) || (count.get(`${p}\u0000${session}`) ?? 0) >= sessionCap(participants.get(p), session),
    );
    if (overMax || keys.some((k) => busy.has(k))) {
      info.impossible = "invalid-pin";
      info.pinnedSlot = undefined;
      info.pinnedTable = undefined;
      continue;
    }
    for (const k of keys) busy.add(k);
    for (const p of [a, b]) {
      count.set(p, (count.get(p) ?? 0) + 1);
      count.set(`${p}\u0000${session}`, (count.get(`${p}\u0000${session}`) ?? 0) + 1);
    }
  }
}

/** A participant's maximum of meetings in one session (Infinity when the session has no cap of its own). */
export function sessionCap(participant: ScheduleParticipant | undefined, sessionId: string): number {
  const cap = participant?.maxPerSession?.[sessionId];
  return cap === undefined ? Number.POSITIVE_INFINITY : cap;
}

/** Compares ids so that ties are broken the same way on every run. */
export function compareIds(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
