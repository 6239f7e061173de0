/** The staff's planning of an event: compute (the solver's value against its bound), publish, and move or pin each meeting in the table plan. */
import Link from "next/link";
import type { EventRow } from "@/lib/events/service";
import type { tablePlan } from "@/lib/events/agenda";
import type { eventPage } from "@/lib/events/reads";
import { formatTime, sessionSlots } from "@/lib/events/times";
import { formatDate } from "@/lib/format";
import { ActionForm } from "@/app/evenements/_components/action-form";
import { computeScheduleAction, moveMeetingAction, pinMeetingAction, publishScheduleAction } from "../../actions";

type Sessions = Awaited<ReturnType<typeof eventPage>>["sessions"];
type Plan = Awaited<ReturnType<typeof tablePlan>>;

export function PlanningSection({
  eventId: id,
  event,
  sessions,
  plan,
  meetings,
}: {
  eventId: string;
  event: EventRow;
  sessions: Sessions;
  plan: Plan;
  meetings: number;
}) {
  const places = sessions.flatMap((s) => sessionSlots(s).map((sl) => ({ value: `${s.id}:${sl.index}`, label: `${s.label} ${formatTime(sl.startsAt)}` })));
  const gap = event.scheduleBound && event.scheduleValue !== null ? (100 * (event.scheduleBound - event.scheduleValue)) / event.scheduleBound : null;
  return (
    <section aria-labelledby="planning">
      <h2 id="planning" className="section-title">
        Planning
      </h2>
      {event.scheduleComputedAt ? (
        <p>
          Calculé le {formatDate(event.scheduleComputedAt)} à {formatTime(event.scheduleComputedAt)} (
          {event.scheduleMethod === "milp" ? "solveur" : "placement glouton de secours"}) : valeur {event.scheduleValue} pour une borne de {event.scheduleBound}
          {gap !== null ? ` (écart ${gap.toFixed(1).replace(".", ",")} %)` : ""}. {event.scheduleStatus === "published" ? "Publié." : "Non publié."}
        </p>
      ) : (
        <p>Pas encore calculé.</p>
      )}
      <div className="actions">
        <ActionForm action={computeScheduleAction.bind(null, id)} submitLabel="Calculer le planning">
          <label className="checkbox">
            <input type="checkbox" name="fillWithSuggestions" /> Compléter avec les meilleures suggestions
          </label>
        </ActionForm>
        {event.scheduleStatus === "computed" ? <ActionForm action={publishScheduleAction.bind(null, id)} submitLabel="Publier le planning" /> : null}
      </div>
      {meetings > 0 ? (
        <p>
          <Link href={`/cci/evenements/${id}/plan-de-tables`}>Plan de tables à imprimer</Link>
        </p>
      ) : null}
      {plan.map((s) => (
        <div key={s.sessionId} className="table-wrap" tabIndex={0} role="region" aria-label={`Plan de tables : ${s.label}`}>
          <table>
            <caption>Plan de tables — {s.label}</caption>
            <thead>
              <tr>
                <th scope="col">Créneau</th>
                <th scope="col">Rendez-vous (table : acheteur / fournisseur)</th>
              </tr>
            </thead>
            <tbody>
              {s.slots.map((sl) => (
                <tr key={sl.index}>
                  <th scope="row">{formatTime(sl.startsAt)}</th>
                  <td>
                    {sl.meetings.length === 0 ? (
                      <span className="muted">—</span>
                    ) : (
                      <ul>
                        {sl.meetings.map((m) => (
                          <li key={m.meetingId}>
                            Table {m.table} : {m.buyerName} / {m.supplierName}
                            {m.pinned ? " (épinglé)" : ""}
                            {m.announced ? "" : " (non annoncé)"}
                            {m.absent?.length
                              ? ` — non honoré : ${m.absent.map((side) => (side === "buyer" ? "acheteur absent" : "fournisseur absent")).join(", ")}`
                              : ""}
                            <details>
                              <summary>
                                Déplacer
                                <span className="visually-hidden">
                                  {" "}
                                  : {m.buyerName} / {m.supplierName}
                                </span>
                              </summary>
                              <ActionForm
                                action={moveMeetingAction.bind(null, id)}
                                submitLabel="Déplacer"
                                accessibleSuffix={`${m.buyerName} / ${m.supplierName}`}
                              >
                                <input type="hidden" name="meetingId" value={m.meetingId} />
                                <div className="field">
                                  <label htmlFor={`p-${m.meetingId}`}>Créneau</label>
                                  <select id={`p-${m.meetingId}`} name="place" defaultValue={`${s.sessionId}:${sl.index}`}>
                                    {places.map((p) => (
                                      <option key={p.value} value={p.value}>
                                        {p.label}
                                      </option>
                                    ))}
                                  </select>
                                </div>
                                <div className="field field--short">
                                  <label htmlFor={`t-${m.meetingId}`}>Table</label>
                                  <input id={`t-${m.meetingId}`} name="table" inputMode="numeric" defaultValue={m.table} />
                                </div>
                              </ActionForm>
                            </details>
                            <ActionForm
                              action={pinMeetingAction.bind(null, id)}
                              submitLabel={m.pinned ? "Désépingler" : "Épingler"}
                              secondary
                              accessibleSuffix={`${m.buyerName} / ${m.supplierName}`}
                              className="decision-form"
                            >
                              <input type="hidden" name="meetingId" value={m.meetingId} />
                              <input type="hidden" name="pinned" value={m.pinned ? "false" : "true"} />
                            </ActionForm>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
