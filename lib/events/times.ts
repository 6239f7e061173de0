/** Wall-clock times of an event, as French organisers type them (Europe/Paris), and the slots they make. */
import type { SessionBreak } from "@/db/schema";

/** Offset of Europe/Paris from UTC at an instant, in minutes. */
function parisOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Paris", timeZoneName: "longOffset" }).formatToParts(at);
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(parts.find((p) => p.type === "timeZoneName")?.value ?? "");
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 60;
}

/** "2026-12-10" + "09:30" in Paris → the instant. Correct on both sides of a DST change (the offset is re-read). */
export function parisInstant(day: string, time: string): Date {
  const naive = new Date(`${day}T${time}:00Z`);
  const first = new Date(naive.getTime() - parisOffsetMinutes(naive) * 60_000);
  return new Date(naive.getTime() - parisOffsetMinutes(first) * 60_000);
}

/** "2026-12-10T09:30" (an <input type="datetime-local">) in Paris → the instant. */
export const parisDateTime = (local: string) => parisInstant(local.slice(0, 10), local.slice(11, 16));

const hm = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" });
/** « 09:30 » in Paris. */
export const formatTime = (d: Date) => hm.format(d);

/** The value of a datetime-local input for an instant, in Paris. */
export function toParisLocal(d: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: "Europe/Paris",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

export interface Slot {
  index: number;
  startsAt: Date;
  endsAt: Date;
}

/**
 * The meeting slots of a session: back to back from its start, each `slotMinutes` long; a slot that would
 * overlap a break starts right after it instead; none runs past the end.
 */
export function sessionSlots(session: { startsAt: Date; endsAt: Date; slotMinutes: number; breaks: SessionBreak[] }): Slot[] {
  const breaks = session.breaks.map((b) => ({ start: new Date(b.startsAt).getTime(), end: new Date(b.endsAt).getTime() })).sort((a, b) => a.start - b.start);
  const len = session.slotMinutes * 60_000;
  const slots: Slot[] = [];
  let t = session.startsAt.getTime();
  while (t + len <= session.endsAt.getTime()) {
    const clash = breaks.find((b) => t < b.end && t + len > b.start);
    if (clash) {
      t = clash.end;
      continue;
    }
    slots.push({ index: slots.length, startsAt: new Date(t), endsAt: new Date(t + len) });
    t += len;
  }
  return slots;
}
