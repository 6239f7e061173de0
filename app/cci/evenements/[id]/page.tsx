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
import { EVENT_ROLE_LABELS, REGISTRATION_STATUS_LABELS } from "@/lib/events/schemas";
import { formatTime, sessionSlots } from "@/lib/events/times";
import { formatSiret } from "@/lib/companies/siret";
import { countOf, formatDate, formatNumber, plural } from "@/lib/format";
import { z } from "@/lib/validation/zod";
import { ActionForm } from "@/app/evenements/_components/action-form";
import { addSessionAction, checkInAction, decideRegistrationAction, publishEventAction, updateEventAction } from "../actions";
import { EventFields } from "../event-fields";
import { PlanningSection } from "./_components/planning-section";
import { RequestsSection } from "./_components/requests-section";

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

      <RequestsSection eventId={id} requests={requests} accepted={accepted} />

      <PlanningSection eventId={id} event={event} sessions={sessions} plan={plan} meetings={figures.meetings} />
    </div>
  );
}
