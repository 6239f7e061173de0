/**
 * No-shows: once a meeting's session is over, each side that staff did not check in is absent, and a
 * meeting with an absent side was not held. Computed from the check-ins rather than stored, so a late
 * check-in (staff catching up with the list) corrects the figures by itself.
 */
export type Side = "buyer" | "supplier";

export interface MeetingPresence {
  buyerRegistrationId: string;
  supplierRegistrationId: string;
}

/** null while the session is not over; otherwise the sides absent ([] = held). */
export function absentSides(meeting: MeetingPresence, sessionEndsAt: Date, checkedIn: ReadonlySet<string>, now: Date): Side[] | null {
  if (now < sessionEndsAt) return null;
  const absent: Side[] = [];
  if (!checkedIn.has(meeting.buyerRegistrationId)) absent.push("buyer");
  if (!checkedIn.has(meeting.supplierRegistrationId)) absent.push("supplier");
  return absent;
}
