import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { pageAccess, requirePermission } from "@/lib/auth/guard";
import { tablePlan } from "@/lib/events/agenda";
import { checkInList, eventFigures } from "@/lib/events/day";
import { staffGuestRegistrations } from "@/lib/events/guests";
import { eventPage, staffRegistrations } from "@/lib/events/reads";
import { eventMeetingRequests } from "@/lib/events/requests";
import { EVENT_ROLE_LABELS, REGISTRATION_STATUS_LABELS, REQUEST_STATUS_LABELS } from "@/lib/events/schemas";
import { formatTime, sessionSlots } from "@/lib/events/times";
import { formatSiret } from "@/lib/companies/siret";
import { countOf, formatDate, formatNumber, plural } from "@/lib/format";
import { z } from "@/lib/validation/zod";
import { ActionForm } from "@/app/evenements/_components/action-form";
import {
  addMeetingAction,
  addSessionAction,
  checkInAction,
  computeScheduleAction,
  decideRegistrationAction,
  moveMeetingAction,
  pinMeetingAction,
  publishEventAction,
  publishScheduleAction,
  updateEventAction,
  vetoAction,
} from "../actions";
import { EventFields } from "../event-fields";

export const metadata: Metadata = { title: "Événement — back-office" };

const DONE: Record<string, string> = {
  creation: "Brouillon créé : ajoutez ses sessions puis publiez-le.",
  modification: "Événement modifié.",
  session: "Session ajoutée.",
  publication: "Événement publié.",
  inscription: "Décision enregistrée.",
  ajout: "Rendez-vous ajouté.",
  veto: "Rendez-vous écarté.",
  calcul: "Planning calculé : vérifiez-le puis publiez-le.",
  planning: "Planning publié : les participants sont prévenus par e-mail.",
  deplacement: "Rendez-vous déplacé et épinglé.",
  epingle: "Épinglage mis à jour.",
  accueil: "Participant enregistré comme présent.",
};

export default async function StaffEventPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const { fait } = await searchParams;
  if (!z.uuid().safeParse(id).success) notFound();
  const actor = await requirePermission("event:manage");
  const db = getDb();
  const page = await pageAccess(() => eventPage(db, actor, id));
  const { event, sessions } = page;
  const [registrations, guests, requests, plan, presence, figures] = [
    await staffRegistrations(db, actor, id),
    await staffGuestRegistrations(db, actor, id),
    await eventMeetingRequests(db, actor, id),
    await tablePlan(db, actor, id),
    await checkInList(db, actor, id),
    await eventFigures(db, actor, id),
  ];
  const present = new Set(presence.filter((p) => p.checkedInAt).map((p) => p.registrationId));
  const accepted = registrations.filter((r) => r.status === "accepted");
  const places = sessions.flatMap((s) => sessionSlots(s).map((sl) => ({ value: `${s.id}:${sl.index}`, label: `${s.label} ${formatTime(sl.startsAt)}` })));
  const gap = event.scheduleBound && event.scheduleValue !== null ? (100 * (event.scheduleBound - event.scheduleValue)) / event.scheduleBound : null;
  return (
    <div className="page">
      <div className="page-header">
        <h1>{event.title}</h1>
        <p>
          {event.status === "draft" ? (
            "Brouillon, visible de la CCI seulement."
          ) : event.status === "published" ? (
            <>
              Publié : <Link href={`/evenements/${id}`}>page publique</Link>.
            </>
          ) : (
            "Annulé."
          )}
        </p>
      </div>
      {fait && DONE[fait] ? (
        <div className="alert alert--ok" role="status">
          {DONE[fait]}
        </div>
      ) : null}
      {event.status === "draft" ? <ActionForm action={publishEventAction.bind(null, id)} submitLabel="Publier l'événement" /> : null}

      <div className="kpis">
        <p>
          <span className="stat">{formatNumber(figures.registrations)}</span> <span className="stat-label">inscriptions acceptées</span>
        </p>
        <p>
          <span className="stat">{formatNumber(figures.meetings)}</span> <span className="stat-label">rendez-vous placés</span>
        </p>
        <p>
          <span className="stat">{formatNumber(figures.checked_in)}</span> <span className="stat-label">présents</span>
        </p>
        <p>
          <span className="stat">{formatNumber(figures.held)}</span>{" "}
          <span className="stat-label">
            rendez-vous {plural(figures.held, "tenu", "tenus")} ({countOf(figures.no_shows, "non honoré", "non honorés")})
          </span>
        </p>
        <p>
          <span className="stat">{formatNumber(figures.feedback)}</span>{" "}
          <span className="stat-label">
            avis ({figures.quotes} devis, {figures.awards} marchés)
          </span>
        </p>
      </div>

      <details className="card">
        <summary>Modifier l&apos;événement</summary>
        <ActionForm action={updateEventAction.bind(null, id)} submitLabel="Enregistrer">
          <EventFields event={event} />
        </ActionForm>
      </details>

      <section aria-labelledby="sessions">
        <h2 id="sessions" className="section-title">
          Sessions
        </h2>
        <ul>
          {sessions.map((s) => (
            <li key={s.id}>
              {s.label} : {formatDate(s.startsAt)} {formatTime(s.startsAt)}–{formatTime(s.endsAt)}, {s.slotMinutes} min, {sessionSlots(s).length} créneaux,{" "}
              {s.tables} tables, {s.maxMeetingsPerParticipant} rendez-vous au plus par participant
            </li>
          ))}
        </ul>
        {event.scheduleStatus !== "published" ? (
          <details className="card">
            <summary>Ajouter une session</summary>
            <ActionForm action={addSessionAction.bind(null, id)} submitLabel="Ajouter la session">
              <div className="grid grid--3">
                <div className="field">
                  <label htmlFor="s-label">Nom</label>
                  <input id="s-label" name="label" required defaultValue="Matin" />
                </div>
                <div className="field">
                  <label htmlFor="s-day">Jour</label>
                  <input id="s-day" name="day" type="date" required />
                </div>
                <div className="field">
                  <label htmlFor="s-start">Début</label>
                  <input id="s-start" name="start" type="time" required defaultValue="09:30" />
                </div>
                <div className="field">
                  <label htmlFor="s-end">Fin</label>
                  <input id="s-end" name="end" type="time" required defaultValue="12:00" />
                </div>
                <div className="field">
                  <label htmlFor="s-slot">Durée d&apos;un rendez-vous (min)</label>
                  <input id="s-slot" name="slotMinutes" inputMode="numeric" required defaultValue="30" />
                </div>
                <div className="field">
                  <label htmlFor="s-breaks">Pauses (ex. 10:30-10:45)</label>
                  <input id="s-breaks" name="breaks" />
                </div>
                <div className="field">
                  <label htmlFor="s-tables">Tables</label>
                  <input id="s-tables" name="tables" inputMode="numeric" required defaultValue="10" />
                </div>
                <div className="field">
                  <label htmlFor="s-max">Rendez-vous au plus par participant</label>
                  <input id="s-max" name="maxMeetingsPerParticipant" inputMode="numeric" required defaultValue="6" />
                </div>
              </div>
            </ActionForm>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="inscrits">
        <h2 id="inscrits" className="section-title">
          Inscriptions
        </h2>
        {registrations.length + guests.length === 0 ? (
          <p>Aucune inscription.</p>
        ) : (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Inscriptions">
            <table>
              <caption className="visually-hidden">Inscriptions</caption>
              <thead>
                <tr>
                  <th scope="col">Entreprise</th>
                  <th scope="col">Rôle</th>
                  <th scope="col">Sessions</th>
                  <th scope="col">Statut</th>
                  <th scope="col">Accueil</th>
                </tr>
              </thead>
              <tbody>
                {registrations.map((r) => (
                  <tr key={r.id}>
                    <td>
                      {r.name}
                      {r.themeCodes.length ? <span className="muted"> — thèmes {r.themeCodes.join(", ")}</span> : null}
                    </td>
                    <td>{EVENT_ROLE_LABELS[r.role]}</td>
                    <td>
                      {sessions
                        .filter((s) => r.sessionIds.includes(s.id))
                        .map((s) => s.label)
                        .join(", ")}
                    </td>
                    <td>
                      {REGISTRATION_STATUS_LABELS[r.status]}
                      {r.status === "pending" ? (
                        <div className="actions">
                          <ActionForm action={decideRegistrationAction.bind(null, id)} submitLabel="Accepter" accessibleSuffix={r.name}>
                            <input type="hidden" name="registrationId" value={r.id} />
                            <input type="hidden" name="decision" value="accept" />
                          </ActionForm>
                          <ActionForm action={decideRegistrationAction.bind(null, id)} submitLabel="Refuser" secondary accessibleSuffix={r.name}>
                            <input type="hidden" name="registrationId" value={r.id} />
                            <input type="hidden" name="decision" value="refuse" />
                          </ActionForm>
                        </div>
                      ) : null}
                    </td>
                    <td>
                      {r.status !== "accepted" ? null : present.has(r.id) ? (
                        "Présent"
                      ) : (
                        <ActionForm action={checkInAction.bind(null, id)} submitLabel="Présent" secondary accessibleSuffix={r.name}>
                          <input type="hidden" name="registrationId" value={r.id} />
                        </ActionForm>
                      )}
                    </td>
                  </tr>
                ))}
                {guests.map((g) => (
                  <tr key={g.id} data-testid="guest-registration">
                    <td>
                      {g.companyName} <span className="badge">Non membre</span>
                      <span className="muted">
                        {" "}
                        — SIRET {formatSiret(g.siret)}, {g.firstName} {g.lastName} ({g.email})
                      </span>
                    </td>
                    <td>{EVENT_ROLE_LABELS[g.role]}</td>
                    <td>
                      <span className="muted">—</span>
                    </td>
                    <td>Invité à signer la charte</td>
                    <td>
                      <span className="muted">—</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {guests.length ? (
          <p className="muted">
            {countOf(guests.length, "entreprise non membre", "entreprises non membres")} : leur inscription devient celle de l&apos;entreprise quand elle
            rejoint la plateforme et s&apos;inscrit.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="demandes">
        <h2 id="demandes" className="section-title">
          Demandes de rendez-vous
        </h2>
        {requests.length === 0 ? (
          <p>Aucune demande.</p>
        ) : (
          <ul>
            {requests.map((r) => (
              <li key={r.id}>
                {r.fromName} → {r.toName} : {REQUEST_STATUS_LABELS[r.status]}
                {r.mutual ? " (des deux côtés)" : ""}
                {r.origin === "staff" ? " (ajouté par la CCI)" : ""}
                {r.status !== "vetoed" ? (
                  <ActionForm
                    action={vetoAction.bind(null, id)}
                    submitLabel="Écarter"
                    secondary
                    accessibleSuffix={`${r.fromName} et ${r.toName}`}
                    className="decision-form"
                  >
                    <input type="hidden" name="requestId" value={r.id} />
                  </ActionForm>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {accepted.length >= 2 ? (
          <details className="card">
            <summary>Ajouter un rendez-vous</summary>
            <ActionForm action={addMeetingAction.bind(null, id)} submitLabel="Ajouter le rendez-vous">
              <div className="field">
                <label htmlFor="m-buyer">Acheteur</label>
                <select id="m-buyer" name="buyerRegistrationId">
                  {accepted
                    .filter((r) => r.role !== "supplier")
                    .map((r) => (
                      <option key={r.id} value={r.id}>
                        {r.name}
                      </option>
                    ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="m-supplier">Fournisseur</label>
                <select id="m-supplier" name="supplierRegistrationId">
                  {accepted
                    .filter((r) => r.role !== "buyer")
                    .map((r) => (
                      <option key={r.id} value={r.id}>
                        {r.name}
                      </option>
                    ))}
                </select>
              </div>
            </ActionForm>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="planning">
        <h2 id="planning" className="section-title">
          Planning
        </h2>
        {event.scheduleComputedAt ? (
          <p>
            Calculé le {formatDate(event.scheduleComputedAt)} à {formatTime(event.scheduleComputedAt)} (
            {event.scheduleMethod === "milp" ? "solveur" : "placement glouton de secours"}) : valeur {event.scheduleValue} pour une borne de{" "}
            {event.scheduleBound}
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
        {figures.meetings > 0 ? (
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
    </div>
  );
}
