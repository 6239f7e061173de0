import Link from "next/link";
import type { PitchPlace } from "@/lib/challenges/pitch";
import { formatDateTime } from "@/lib/format";

/** When and where an applicant pitches, with the event it is held at and its calendar file. */
export function PitchSlot({
  challengeId,
  applicationId,
  pitchAt,
  place,
  companyName,
}: {
  challengeId: string;
  applicationId: string;
  pitchAt: Date;
  place: PitchPlace | null;
  companyName?: string;
}) {
  return (
    <p data-testid="pitch-slot">
      Pitch le {formatDateTime(pitchAt)}
      {place ? (
        <>
          , pendant <Link href={`/evenements/${place.eventId}`}>{place.eventTitle}</Link> (session « {place.sessionLabel} »)
          {place.place ? ` — ${place.place}` : ""}
          {place.cancelled ? <strong> — cet événement est annulé, le porteur du défi vous proposera un autre créneau</strong> : null}
        </>
      ) : null}
      {" · "}
      <a href={`/defis/${challengeId}/candidatures/${applicationId}/pitch.ics`}>
        Ajouter à l&apos;agenda{companyName ? <span className="visually-hidden"> : pitch de {companyName}</span> : null} (.ics)
      </a>
    </p>
  );
}
