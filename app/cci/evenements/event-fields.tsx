/** The fields of the event form (creation and edition), filled with the event's values when editing. */
import type { EventRow } from "@/lib/events/service";
import { toParisLocal } from "@/lib/events/times";

export function EventFields({ event }: { event?: EventRow }) {
  const dt = (d: Date | undefined) => (d ? toParisLocal(d) : undefined);
  return (
    <>
      <div className="field">
        <label htmlFor="ev-title">Titre</label>
        <input id="ev-title" name="title" required minLength={5} maxLength={150} defaultValue={event?.title} />
      </div>
      <div className="field">
        <label htmlFor="ev-description">Description</label>
        <textarea id="ev-description" name="description" rows={4} required minLength={20} defaultValue={event?.description} />
      </div>
      <div className="grid grid--2">
        <div className="field">
          <label htmlFor="ev-commune">Commune (code INSEE, ex. 13005)</label>
          <input id="ev-commune" name="communeCode" defaultValue={event?.communeCode ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="ev-venue">Lieu</label>
          <input id="ev-venue" name="venue" defaultValue={event?.venue ?? ""} />
        </div>
      </div>
      <label className="checkbox">
        <input type="checkbox" name="online" defaultChecked={event?.online} /> En ligne
      </label>
      <div className="grid grid--2">
        <div className="field">
          <label htmlFor="ev-ro">Ouverture des inscriptions</label>
          <input id="ev-ro" type="datetime-local" name="registrationOpensAt" required defaultValue={dt(event?.registrationOpensAt)} />
        </div>
        <div className="field">
          <label htmlFor="ev-rc">Clôture des inscriptions</label>
          <input id="ev-rc" type="datetime-local" name="registrationClosesAt" required defaultValue={dt(event?.registrationClosesAt)} />
        </div>
        <div className="field">
          <label htmlFor="ev-bo">Ouverture des prises de rendez-vous</label>
          <input id="ev-bo" type="datetime-local" name="bookingOpensAt" required defaultValue={dt(event?.bookingOpensAt)} />
        </div>
        <div className="field">
          <label htmlFor="ev-bc">Clôture des prises de rendez-vous</label>
          <input id="ev-bc" type="datetime-local" name="bookingClosesAt" required defaultValue={dt(event?.bookingClosesAt)} />
        </div>
      </div>
      <div className="field field--short">
        <label htmlFor="ev-capacity">Capacité (entreprises, facultatif)</label>
        <input id="ev-capacity" name="capacity" inputMode="numeric" defaultValue={event?.capacity ?? ""} />
      </div>
      <label className="checkbox">
        <input type="checkbox" name="validateRegistrations" defaultChecked={event?.validateRegistrations} /> Les inscriptions sont validées par la CCI
      </label>
    </>
  );
}
