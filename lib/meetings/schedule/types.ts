/**
 * Public interface of the meeting scheduler (issue 18, « The schedule »): pure data in, pure data out, no
 * database. The events feature loads registrations and accepted requests, builds a ScheduleProblem, calls
 *
 *   import { scheduleMeetings } from "@/lib/meetings/schedule";
 *   const result = await scheduleMeetings(problem, { timeLimitSeconds: 20, previous, moveCost: 0.1 });
 *
 * and stores result.assignments. Every id is an opaque string chosen by the caller (database ids are fine);
 * ties are broken by comparing ids, so the same problem always gives the same schedule.
 */

/** A buyer hosts: it keeps its table across slots where possible. "both" may host or visit. */
export type ParticipantRole = "buyer" | "supplier" | "both";

export interface ScheduleParticipant {
  id: string;
  role: ParticipantRole;
  /** Ids of the sessions this participant attends: it can only meet in their slots. */
  sessionIds: string[];
  /** Per-participant maximum number of meetings over the whole event (the event's setting, or less). */
  maxMeetings: number;
  /** Optional maximum per session (session id → meetings); a session absent here has no cap of its own. */
  maxPerSession?: Record<string, number>;
}

export interface ScheduleSession {
  id: string;
  /**
   * Meeting slot ids in time order, breaks excluded. Slot ids are unique across the whole event
   * (e.g. the slot's database id or "s1-0930").
   */
  slotIds: string[];
  /** Break slot ids of this session (optional): never usable; listed so the checker can name them. */
  breakSlotIds?: string[];
  /** Number of tables in the room during this session: tables are numbered 1..tableCount. */
  tableCount: number;
}

export interface PinnedPlace {
  slotId: string;
  table: number;
}

export interface MeetingRequest {
  id: string;
  /** The two participants (order irrelevant for the model; `a` hosts when neither or both are buyers). */
  a: string;
  b: string;
  /**
   * Value of holding this meeting, > 0. Suggested scale: mutual request 3, accepted one-sided 2,
   * suggestion of the matching engine 1 (the caller may refine it, e.g. by relevance score).
   */
  weight: number;
  /** Placed by staff by hand: the scheduler keeps it exactly here (and counts it as scheduled). */
  pinned?: PinnedPlace;
}

export interface ScheduleProblem {
  participants: ScheduleParticipant[];
  sessions: ScheduleSession[];
  meetings: MeetingRequest[];
}

export interface Assignment {
  meetingId: string;
  slotId: string;
  /** 1-based table number within the slot's session. */
  table: number;
}

export interface ScheduleOptions {
  /** Wall-clock limit given to the MILP solver (default 20 s); on timeout without a solution: greedy. */
  timeLimitSeconds?: number;
  /** Relative MIP gap at which the solver may stop (default 0.002 = 0.2 %). */
  mipRelGap?: number;
  /**
   * The schedule already announced. Re-optimisation keeps these meetings at their slot where possible:
   * each announced meeting that is moved (another slot) or dropped costs `moveCost`.
   */
  previous?: Assignment[];
  /** Cost of moving one announced meeting; must be below every weight (default 0.1 × the smallest weight). */
  moveCost?: number;
  /**
   * Tuning: above this many meeting×slot variables the solver chooses each meeting's session first and its
   * slot afterwards (docs/MEETINGS-SCHEDULER.md). Default 6,000; 0 forces the session model.
   */
  directColumnLimit?: number;
  /** Force a method (tests, bench): "greedy" skips the solver. Default "milp". */
  method?: "milp" | "greedy";
}

export type UnscheduledReason =
  /** a or b is not a participant of the problem, or a meeting with oneself. */
  | "unknown-participant"
  /** a and b attend no common session. */
  | "no-common-session"
  /** The pinned place is invalid (unknown slot, table out of range, outside the participants' sessions, clash). */
  | "invalid-pin"
  /** Feasible alone, but not chosen: capacity, agendas or maxima are taken by better meetings. */
  | "not-selected";

export interface Unscheduled {
  meetingId: string;
  reason: UnscheduledReason;
}

export interface ScheduleResult {
  /** One per scheduled meeting, sorted by slot order then table. */
  assignments: Assignment[];
  /** Sum of the weights of the scheduled meetings. */
  value: number;
  /**
   * Upper bound on the weighted value any valid schedule can reach: the MILP dual bound, or the LP
   * relaxation when the solver was not run to a bound (greedy fallback).
   */
  bound: number;
  /** 100 × (bound − value) / bound, 0 when bound is 0. */
  gapPct: number;
  method: "milp" | "greedy-fallback";
  /** Which MILP was solved when method is "milp": meeting×slot, or meeting×session then slots by colouring. */
  formulation?: "slots" | "sessions";
  /** Why the solver was not used, when method is "greedy-fallback". */
  fallbackReason?: string;
  /** Wall-clock seconds of the whole call. */
  seconds: number;
  /** Announced meetings (options.previous) whose slot changed or that were dropped. */
  moved: string[];
  unscheduled: Unscheduled[];
}

/** Signature of scheduleMeetings, implemented in ./index.ts. */
export type ScheduleMeetings = (problem: ScheduleProblem, opts?: ScheduleOptions) => Promise<ScheduleResult>;
