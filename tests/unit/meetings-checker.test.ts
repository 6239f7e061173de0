import { describe, expect, it } from "vitest";
import { checkSchedule, type ViolationCode } from "@/lib/meetings/schedule/checker";
import type { Assignment, ScheduleProblem } from "@/lib/meetings/schedule/types";

/**
 * A small day: two sessions of two slots, two tables in the morning, one in the afternoon. Buyer A1 attends
 * both sessions, A2 the morning only; suppliers F1 (both), F2 (morning), F3 (afternoon, at most 1 meeting).
 */
const problem: ScheduleProblem = {
  participants: [
    { id: "A1", role: "buyer", sessionIds: ["am", "pm"], maxMeetings: 4 },
    { id: "A2", role: "buyer", sessionIds: ["am"], maxMeetings: 2 },
    { id: "F1", role: "supplier", sessionIds: ["am", "pm"], maxMeetings: 4 },
    { id: "F2", role: "supplier", sessionIds: ["am"], maxMeetings: 2 },
    { id: "F3", role: "supplier", sessionIds: ["pm"], maxMeetings: 1 },
  ],
  sessions: [
    { id: "am", slotIds: ["am1", "am2"], breakSlotIds: ["am-pause"], tableCount: 2 },
    { id: "pm", slotIds: ["pm1", "pm2"], tableCount: 1 },
  ],
  meetings: [
    { id: "m1", a: "A1", b: "F1", weight: 3 },
    { id: "m2", a: "A2", b: "F2", weight: 2 },
    { id: "m3", a: "A1", b: "F2", weight: 2 },
    { id: "m4", a: "A2", b: "F1", weight: 1 },
    { id: "m5", a: "F3", b: "A1", weight: 1 },
    { id: "m6", a: "A1", b: "F1", weight: 1, pinned: { slotId: "pm2", table: 1 } },
  ],
};

const valid: Assignment[] = [
  { meetingId: "m1", slotId: "am1", table: 1 },
  { meetingId: "m2", slotId: "am1", table: 2 },
  { meetingId: "m3", slotId: "am2", table: 1 },
  { meetingId: "m4", slotId: "am2", table: 2 },
  { meetingId: "m5", slotId: "pm1", table: 1 },
  { meetingId: "m6", slotId: "pm2", table: 1 },
];

function codes(assignments: Assignment[], p: ScheduleProblem = problem): ViolationCode[] {
  return checkSchedule(p, assignments).map((v) => v.code);
}

function replace(meetingId: string, change: Partial<Assignment>): Assignment[] {
  return valid.map((a) => (a.meetingId === meetingId ? { ...a, ...change } : a));
}

describe("schedule checker", () => {
  it("accepts a schedule that keeps every rule", () => {
    expect(checkSchedule(problem, valid)).toEqual([]);
  });

  it("catches a person with two meetings in the same slot", () => {
    // m3 (A1–F2) moved to am1, where A1 already meets F1 and F2 meets A2.
    const violations = checkSchedule(problem, replace("m3", { slotId: "am1", table: 2 }));
    const doubles = violations.filter((v) => v.code === "person-double-booked");
    expect(doubles.map((v) => v.meetingIds.sort())).toEqual(
      expect.arrayContaining([
        ["m1", "m3"],
        ["m2", "m3"],
      ]),
    );
    expect(doubles[0].message).toMatch(/a 2\u00a0rendez-vous au même créneau/);
  });

  it("catches a meeting in a session one side does not attend", () => {
    // m2 is A2–F2, both morning only.
    const violations = checkSchedule(
      problem,
      replace("m2", { slotId: "pm1", table: 1 }).filter((a) => a.meetingId !== "m5"),
    );
    expect(violations.map((v) => v.code)).toEqual(["session-not-attended", "session-not-attended"]);
    expect(violations[0].message).toContain("ne participe pas à la session");
  });

  it("catches more meetings than tables in a slot, and a table used twice", () => {
    // The afternoon has one table: m5 and m1 both in pm1.
    const found = codes([...replace("m1", { slotId: "pm1", table: 1 })]);
    expect(found).toContain("slot-over-capacity");
    expect(found).toContain("table-double-booked");
  });

  it("catches a table number the session does not have", () => {
    expect(codes(replace("m5", { table: 2 }))).toEqual(["table-out-of-range"]);
    expect(codes(replace("m1", { table: 0 }))).toEqual(["table-out-of-range"]);
  });

  it("catches a participant beyond their maximum", () => {
    const tight: ScheduleProblem = {
      ...problem,
      participants: problem.participants.map((p) => (p.id === "A1" ? { ...p, maxMeetings: 3 } : p)),
    };
    const violations = checkSchedule(tight, valid);
    expect(violations.map((v) => v.code)).toEqual(["over-max"]);
    expect(violations[0].message).toContain("au-delà de son maximum de 3");
  });

  it("catches a participant beyond its maximum in one session", () => {
    // A1 meets twice in the morning (m1, m3): fine without a session cap, refused with a morning cap of 1.
    const capped: ScheduleProblem = {
      ...problem,
      participants: problem.participants.map((p) => (p.id === "A1" ? { ...p, maxPerSession: { am: 1 } } : p)),
    };
    const violations = checkSchedule(capped, valid);
    expect(violations.map((v) => v.code)).toEqual(["over-session-max"]);
    expect(violations[0].meetingIds).toEqual(["m1", "m3"]);
    expect(violations[0].message).toContain("au-delà de son maximum de 1 pour cette session");
  });

  it("catches a meeting placed in a break", () => {
    expect(codes(replace("m1", { slotId: "am-pause" }))).toEqual(["break-slot"]);
  });

  it("catches a pinned meeting moved or left out", () => {
    expect(codes(replace("m6", { table: 2 }))).toContain("pin-moved");
    expect(codes(replace("m6", { slotId: "pm1" }))).toContain("pin-moved");
    expect(codes(valid.filter((a) => a.meetingId !== "m6"))).toEqual(["pin-moved"]);
  });

  it("catches a meeting placed twice, and unknown meetings or slots", () => {
    expect(codes([...valid, { meetingId: "m4", slotId: "pm1", table: 1 }])).toContain("duplicate-meeting");
    expect(codes([...valid, { meetingId: "m99", slotId: "am1", table: 1 }])).toEqual(["unknown-meeting"]);
    expect(codes(replace("m4", { slotId: "nowhere" }))).toEqual(["unknown-slot"]);
  });
});
