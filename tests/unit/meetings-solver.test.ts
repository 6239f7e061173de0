import { describe, expect, it } from "vitest";
import { baselineSchedule, checkSchedule, scheduleMeetings, scheduleMeetingsWith } from "@/lib/meetings/schedule";
import { scheduleMeetingsInThread } from "@/lib/meetings/schedule/highs-thread";
import type { MeetingRequest, ScheduleParticipant, ScheduleProblem } from "@/lib/meetings/schedule/types";

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random small buyer–supplier day; `both` adds participants of role "both" meeting each other. */
function randomProblem(
  seed: number,
  size: { buyers: number; suppliers: number; meetings: number; slots: number; tables: number; both?: boolean },
): ScheduleProblem {
  const random = prng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const sessions = [
    { id: "am", slotIds: Array.from({ length: size.slots }, (_, i) => `am${i}`), tableCount: size.tables },
    { id: "pm", slotIds: Array.from({ length: size.slots }, (_, i) => `pm${i}`), tableCount: Math.max(1, size.tables - 1) },
  ];
  const attend = () => [["am"], ["pm"], ["am", "pm"], ["am", "pm"]][int(4)];
  const participants: ScheduleParticipant[] = [
    ...Array.from({ length: size.buyers }, (_, i) => ({
      id: `A${i}`,
      role: (size.both ? "both" : "buyer") as ScheduleParticipant["role"],
      sessionIds: attend(),
      maxMeetings: 1 + int(4),
    })),
    ...Array.from({ length: size.suppliers }, (_, i) => ({ id: `F${i}`, role: "supplier" as const, sessionIds: attend(), maxMeetings: 1 + int(3) })),
  ];
  const meetings: MeetingRequest[] = [];
  const pairs = new Set<string>();
  for (let guard = 0; meetings.length < size.meetings && guard < 1000; guard++) {
    const a = `A${int(size.buyers)}`;
    const b = size.both && random() < 0.3 ? `A${int(size.buyers)}` : `F${int(size.suppliers)}`;
    if (a === b || pairs.has(`${a}-${b}`)) continue;
    pairs.add(`${a}-${b}`);
    meetings.push({ id: `m${meetings.length}`, a, b, weight: 1 + int(3) });
  }
  return { participants, sessions, meetings };
}

/** Tries every slot (or none) for every meeting: the true optimum of a tiny problem. */
function bruteForce(problem: ScheduleProblem): number {
  const slots = problem.sessions.flatMap((s) => s.slotIds.map((id) => ({ id, session: s.id, tables: s.tableCount })));
  const person = new Map(problem.participants.map((p) => [p.id, p]));
  const busy = new Set<string>();
  const perSlot = new Map<string, number>();
  const perPerson = new Map<string, number>();
  let best = 0;
  const visit = (i: number, value: number) => {
    if (i === problem.meetings.length) {
      best = Math.max(best, value);
      return;
    }
    visit(i + 1, value);
    const m = problem.meetings[i];
    const a = person.get(m.a)!;
    const b = person.get(m.b)!;
    if ((perPerson.get(a.id) ?? 0) >= a.maxMeetings || (perPerson.get(b.id) ?? 0) >= b.maxMeetings) return;
    for (const slot of slots) {
      if (!a.sessionIds.includes(slot.session) || !b.sessionIds.includes(slot.session)) continue;
      if ((perSlot.get(slot.id) ?? 0) >= slot.tables || busy.has(`${a.id}@${slot.id}`) || busy.has(`${b.id}@${slot.id}`)) continue;
      busy.add(`${a.id}@${slot.id}`).add(`${b.id}@${slot.id}`);
      perSlot.set(slot.id, (perSlot.get(slot.id) ?? 0) + 1);
      for (const p of [a.id, b.id]) perPerson.set(p, (perPerson.get(p) ?? 0) + 1);
      visit(i + 1, value + m.weight);
      busy.delete(`${a.id}@${slot.id}`);
      busy.delete(`${b.id}@${slot.id}`);
      perSlot.set(slot.id, perSlot.get(slot.id)! - 1);
      for (const p of [a.id, b.id]) perPerson.set(p, perPerson.get(p)! - 1);
    }
  };
  visit(0, 0);
  return best;
}

describe("meeting scheduler", () => {
  it("finds the optimum of tiny problems (checked by brute force), above or equal to both greedy placements", async () => {
    for (let seed = 1; seed <= 8; seed++) {
      const problem = randomProblem(seed, { buyers: 3, suppliers: 4, meetings: 6, slots: 2, tables: 2, both: seed % 3 === 0 });
      const result = await scheduleMeetings(problem, { mipRelGap: 0 });
      expect(checkSchedule(problem, result.assignments)).toEqual([]);
      expect(result.method).toBe("milp");
      expect(result.value, `seed ${seed}`).toBe(bruteForce(problem));
      expect(result.bound).toBeGreaterThanOrEqual(result.value - 1e-6);
      expect(result.value).toBeGreaterThanOrEqual(baselineSchedule(problem, "greedy").value);
      expect(result.value).toBeGreaterThanOrEqual(baselineSchedule(problem, "fcfs").value);
    }
  }, 30_000);

  it("beats first come first served when early requests block better ones", async () => {
    // One slot, one table: FCFS places the light request that arrived first.
    const problem: ScheduleProblem = {
      participants: [
        { id: "A", role: "buyer", sessionIds: ["s"], maxMeetings: 5 },
        { id: "F", role: "supplier", sessionIds: ["s"], maxMeetings: 5 },
        { id: "G", role: "supplier", sessionIds: ["s"], maxMeetings: 5 },
      ],
      sessions: [{ id: "s", slotIds: ["s1"], tableCount: 1 }],
      meetings: [
        { id: "light", a: "A", b: "F", weight: 1 },
        { id: "heavy", a: "G", b: "A", weight: 3 },
      ],
    };
    expect(baselineSchedule(problem, "fcfs").assignments.map((a) => a.meetingId)).toEqual(["light"]);
    const result = await scheduleMeetings(problem);
    expect(result.assignments).toEqual([{ meetingId: "heavy", slotId: "s1", table: 1 }]);
    expect(result.unscheduled).toEqual([{ meetingId: "light", reason: "not-selected" }]);
  });

  it("keeps each participant within its maximum per session, in the solver and both baselines", async () => {
    // Buyer A may meet once in the morning (2 slots, 3 suppliers asking) and without a cap of its own in the afternoon.
    const problem: ScheduleProblem = {
      participants: [
        { id: "A", role: "buyer", sessionIds: ["am", "pm"], maxMeetings: 4, maxPerSession: { am: 1 } },
        ...["F1", "F2", "F3"].map((id) => ({ id, role: "supplier" as const, sessionIds: ["am"], maxMeetings: 2 })),
        { id: "F4", role: "supplier", sessionIds: ["pm"], maxMeetings: 2 },
      ],
      sessions: [
        { id: "am", slotIds: ["am1", "am2"], tableCount: 2 },
        { id: "pm", slotIds: ["pm1"], tableCount: 2 },
      ],
      meetings: [
        { id: "m1", a: "A", b: "F1", weight: 2 },
        { id: "m2", a: "A", b: "F2", weight: 3 },
        { id: "m3", a: "A", b: "F3", weight: 2 },
        { id: "m4", a: "A", b: "F4", weight: 2 },
      ],
    };
    for (const opts of [{}, { directColumnLimit: 0 }]) {
      const result = await scheduleMeetings(problem, opts);
      expect(result.assignments.map((a) => a.meetingId).sort()).toEqual(["m2", "m4"]);
      expect(checkSchedule(problem, result.assignments)).toEqual([]);
    }
    for (const kind of ["fcfs", "greedy"] as const) {
      const result = baselineSchedule(problem, kind);
      expect(result.assignments.filter((a) => a.slotId.startsWith("am"))).toHaveLength(1);
      expect(checkSchedule(problem, result.assignments)).toEqual([]);
    }
  });

  it("explains meetings that can never take place", async () => {
    const problem: ScheduleProblem = {
      participants: [
        { id: "A", role: "buyer", sessionIds: ["am"], maxMeetings: 5 },
        { id: "F", role: "supplier", sessionIds: ["pm"], maxMeetings: 5 },
      ],
      sessions: [
        { id: "am", slotIds: ["am1"], tableCount: 1 },
        { id: "pm", slotIds: ["pm1"], tableCount: 1 },
      ],
      meetings: [
        { id: "apart", a: "A", b: "F", weight: 2 },
        { id: "ghost", a: "A", b: "X", weight: 2 },
        { id: "bad-pin", a: "A", b: "F", weight: 2, pinned: { slotId: "am1", table: 1 } },
      ],
    };
    const result = await scheduleMeetings(problem);
    expect(result.assignments).toEqual([]);
    expect(result.unscheduled).toEqual([
      { meetingId: "apart", reason: "no-common-session" },
      { meetingId: "ghost", reason: "unknown-participant" },
      { meetingId: "bad-pin", reason: "no-common-session" },
    ]);
  });

  it("keeps pinned meetings at their slot and table", async () => {
    const problem = randomProblem(7, { buyers: 4, suppliers: 6, meetings: 14, slots: 3, tables: 2 });
    const target = problem.meetings.find((m) => {
      const a = problem.participants.find((p) => p.id === m.a)!;
      const b = problem.participants.find((p) => p.id === m.b)!;
      return a.sessionIds.includes("pm") && b.sessionIds.includes("pm");
    })!;
    target.pinned = { slotId: "pm2", table: 1 };
    const result = await scheduleMeetings(problem);
    expect(result.assignments).toContainEqual({ meetingId: target.id, slotId: "pm2", table: 1 });
    expect(checkSchedule(problem, result.assignments)).toEqual([]);
  });

  it("gives the same schedule for the same input", async () => {
    const problem = randomProblem(11, { buyers: 6, suppliers: 12, meetings: 40, slots: 4, tables: 3 });
    const first = await scheduleMeetings(problem);
    const second = await scheduleMeetings(structuredClone(problem));
    expect(second.assignments).toEqual(first.assignments);
    expect(second.value).toBe(first.value);
  });

  it("lets a buyer keep one table across its slots when tables allow", async () => {
    const problem: ScheduleProblem = {
      participants: [
        { id: "A", role: "buyer", sessionIds: ["s"], maxMeetings: 3 },
        { id: "B", role: "buyer", sessionIds: ["s"], maxMeetings: 3 },
        ...["F1", "F2", "F3", "F4", "F5", "F6"].map((id) => ({ id, role: "supplier" as const, sessionIds: ["s"], maxMeetings: 1 })),
      ],
      sessions: [{ id: "s", slotIds: ["s1", "s2", "s3"], tableCount: 3 }],
      meetings: ["F1", "F2", "F3", "F4", "F5", "F6"].map((f, i) => ({ id: `m${i}`, a: f, b: i < 3 ? "A" : "B", weight: 2 })),
    };
    const result = await scheduleMeetings(problem);
    expect(result.value).toBe(12);
    const tablesOf = (buyer: string) =>
      new Set(result.assignments.filter((a) => problem.meetings.find((m) => m.id === a.meetingId)!.b === buyer).map((a) => a.table));
    expect(tablesOf("A").size).toBe(1);
    expect(tablesOf("B").size).toBe(1);
    expect(tablesOf("A")).not.toEqual(tablesOf("B"));
  });

  it("falls back to the greedy schedule when the solver cannot load", async () => {
    const problem = randomProblem(3, { buyers: 5, suppliers: 10, meetings: 30, slots: 3, tables: 3 });
    const result = await scheduleMeetingsWith(problem, {}, () => Promise.reject(new Error("wasm absent")));
    expect(result.method).toBe("greedy-fallback");
    expect(result.fallbackReason).toContain("wasm absent");
    expect(result.value).toBe(baselineSchedule(problem, "greedy").value);
    expect(result.bound).toBeGreaterThanOrEqual(result.value);
    expect(checkSchedule(problem, result.assignments)).toEqual([]);
  });

  it("uses the session model on larger events and still reaches the direct model's optimum", async () => {
    const problem = randomProblem(5, { buyers: 10, suppliers: 30, meetings: 120, slots: 4, tables: 5 });
    const direct = await scheduleMeetings(problem, { mipRelGap: 0 });
    const sessions = await scheduleMeetings(problem, { mipRelGap: 0, directColumnLimit: 0 });
    expect([direct.formulation, sessions.formulation]).toEqual(["slots", "sessions"]);
    expect(checkSchedule(problem, sessions.assignments)).toEqual([]);
    expect(sessions.value).toBe(direct.value);
  });
});

describe("HiGHS in a worker thread (request handlers)", () => {
  it("gives the same schedule and bound as in the calling thread, direct and session models alike", async () => {
    const problem = randomProblem(5, { buyers: 10, suppliers: 30, meetings: 120, slots: 4, tables: 5 });
    for (const opts of [{ mipRelGap: 0 }, { mipRelGap: 0, directColumnLimit: 0 }]) {
      const here = await scheduleMeetings(problem, opts);
      const there = await scheduleMeetingsInThread(problem, opts);
      expect(there.method).toBe("milp");
      expect(there.assignments).toEqual(here.assignments);
      expect(there.bound).toBe(here.bound);
    }
  }, 30_000);
});

describe("re-optimisation after late changes", () => {
  const base = () => randomProblem(21, { buyers: 8, suppliers: 20, meetings: 60, slots: 4, tables: 4 });

  it("moves no announced meeting when one is cancelled", async () => {
    const problem = base();
    const announced = await scheduleMeetings(problem);
    const cancelled = announced.assignments[0].meetingId;
    const changed = { ...problem, meetings: problem.meetings.filter((m) => m.id !== cancelled) };
    const result = await scheduleMeetings(changed, { previous: announced.assignments });
    expect(result.moved).toEqual([]);
    for (const a of announced.assignments.filter((x) => x.meetingId !== cancelled)) {
      expect(result.assignments.find((x) => x.meetingId === a.meetingId)?.slotId).toBe(a.slotId);
    }
    expect(checkSchedule(changed, result.assignments)).toEqual([]);
  });

  it("places a new acceptance with fewer moves than a schedule from scratch, at the same value", async () => {
    const problem = base();
    const announced = await scheduleMeetings(problem, { mipRelGap: 0 });
    const changed = { ...problem, meetings: [...problem.meetings, { id: "late", a: "A0", b: "F19", weight: 3 }] };
    const scratch = await scheduleMeetings(changed, { mipRelGap: 0 });
    const reopt = await scheduleMeetings(changed, { mipRelGap: 0, previous: announced.assignments });
    const movesFromScratch = announced.assignments.filter((a) => scratch.assignments.find((x) => x.meetingId === a.meetingId)?.slotId !== a.slotId).length;
    expect(reopt.moved.length).toBeLessThanOrEqual(2);
    expect(reopt.moved.length).toBeLessThan(movesFromScratch);
    expect(reopt.value).toBe(scratch.value);
    expect(checkSchedule(changed, reopt.assignments)).toEqual([]);
  });
});
