/** What an event's calendar files and agendas share: where it takes place, and an empty iCalendar to fill. */
import ical from "ical-generator";

/** « En ligne », or the venue and commune (either may be missing). */
export const eventPlace = (e: { online: boolean; venue: string | null; commune: string | null }) =>
  e.online ? "En ligne" : [e.venue, e.commune].filter(Boolean).join(", ");

/** An iCalendar of Circuit Court (times in UTC; callers give each VEVENT a stable UID so an update replaces it). */
export const newCalendar = (name: string) => ical({ name, prodId: { company: "Circuit Court", product: "rendez-vous-affaires", language: "FR" } });
