import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { pageAccess, requireActor } from "@/lib/auth/guard";
import { ownRegistration } from "@/lib/events/access";
import { ownAgenda } from "@/lib/events/agenda";
import { checkInQr } from "@/lib/events/check-in-qr";
import { eventPage, meetableParticipants } from "@/lib/events/reads";
import { ownMeetingRequests } from "@/lib/events/requests";
import { EVENT_ROLE_LABELS, OUTCOME_LABELS, REGISTRATION_STATUS_LABELS, REQUEST_STATUS_LABELS } from "@/lib/events/schemas";
import { ownSuggestions, type Suggestion } from "@/lib/events/suggestions";
import { formatTime } from "@/lib/events/times";
import { formatDate } from "@/lib/format";
import { z } from "@/lib/validation/zod";
import { answerRequestAction, feedbackAction, requestMeetingAction } from "../../actions";
import { ActionForm } from "../../_components/action-form";
import { cancelRequestAction } from "../../cancel-action";

export const metadata: Metadata = { title: "Mon espace participant" };

const DONE: Record<string, string> = {
  inscription: "Inscription enregistrée.",
  demande: "Demande de rendez-vous envoyée.",
  acceptee: "Rendez-vous accepté.",
  declinee: "Demande déclinée.",
  avis: "Merci pour votre avis.",
  annulee: "Rendez-vous annulé : l'autre entreprise est prévenue.",
};

export default async function ParticipantSpace({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const { fait } = await searchParams;
  if (!z.uuid().safeParse(id).success) notFound();
  const actor = await requireActor();
  const db = getDb();
  const page = await pageAccess(() => eventPage(db, actor, id));
  const registration = await ownRegistration(db, actor, id);
  if (!registration) notFound();
  const accepted = registration.status === "accepted";
  const [requests, suggestions, agenda, others] = accepted
    ? [await ownMeetingRequests(db, actor, id), await ownSuggestions(db, actor, id), await ownAgenda(db, actor, id), await meetableParticipants(db, actor, id)]
    : [[], { asBuyer: [], asSupplier: [] }, [], []];
  const qr = accepted && agenda.length ? await checkInQr(registration.id) : null;
  const asked = new Set(requests.filter((r) => r.status !== "cancelled").map((r) => r.otherRegistrationId));
  const received = requests.filter((r) => r.direction === "received");
  const sent = requests.filter((r) => r.direction === "sent");
  const suggested = new Set([...suggestions.asBuyer.map((s) => s.supplierRegistrationId), ...suggestions.asSupplier.map((s) => s.buyerRegistrationId)]);
  const unsuggested = others.filter((o) => !suggested.has(o.id) && !asked.has(o.id));
  const now = new Date();
  const bookingOpen = now >= page.event.bookingOpensAt && now <= page.event.bookingClosesAt;

  // Its own request (either side of a mutual one), still active: the participant may withdraw it.
  const cancelForm = (r: (typeof requests)[number]) =>
    r.origin === "request" && (r.status === "requested" || r.status === "accepted") && (r.direction === "sent" || r.mutual) ? (
      <ActionForm action={cancelRequestAction} submitLabel="Annuler" secondary accessibleSuffix={r.otherName} className="decision-form">
        <input type="hidden" name="requestId" value={r.id} />
        <input type="hidden" name="eventId" value={id} />
      </ActionForm>
    ) : null;

  const requestForm = (otherId: string, otherName: string) => (
    <ActionForm action={requestMeetingAction.bind(null, id)} submitLabel="Demander un rendez-vous" accessibleSuffix={otherName}>
      <input type="hidden" name="toRegistrationId" value={otherId} />
      <div className="field">
        <label htmlFor={`msg-${otherId}`}>Votre message à {otherName}</label>
        <textarea id={`msg-${otherId}`} name="message" rows={2} required minLength={10} maxLength={1000} />
      </div>
    </ActionForm>
  );

  const suggestionList = (list: Suggestion[], side: "buyer" | "supplier") => (
    <ul className="results">
      {list.map((s) => {
        const otherId = side === "buyer" ? s.supplierRegistrationId : s.buyerRegistrationId;
        const otherName = side === "buyer" ? s.supplierName : s.buyerName;
        return (
          <li key={otherId} className="card">
            <h3>
              {otherName} <span className="score-badge">{Math.round(s.score * 100)} %</span>
            </h3>
            <ul>
              {s.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            {asked.has(otherId) ? <p className="muted">Demande déjà échangée.</p> : bookingOpen ? requestForm(otherId, otherName) : null}
          </li>
        );
      })}
    </ul>
  );

  return (
    <div className="page">
      <div className="page-header">
        <h1>Mon espace participant</h1>
        <p>
          <Link href={`/evenements/${id}`}>{page.event.title}</Link> — {EVENT_ROLE_LABELS[registration.role]}, inscription «{" "}
          {REGISTRATION_STATUS_LABELS[registration.status]} »
        </p>
      </div>
      {fait && DONE[fait] ? (
        <div className="alert alert--ok" role="status">
          {DONE[fait]}
        </div>
      ) : null}
      {!accepted ? (
        <div className="card">
          <p>Votre inscription doit être acceptée par la CCI avant de prendre des rendez-vous.</p>
        </div>
      ) : (
        <>
          <section aria-labelledby="agenda">
            <h2 id="agenda" className="section-title">
              Mon agenda
            </h2>
            {agenda.length === 0 ? (
              <p>Le planning n&apos;est pas encore publié, ou aucun rendez-vous ne vous est attribué.</p>
            ) : (
              <>
                <p className="actions">
                  <a className="button button--secondary" href={`/evenements/${id}/agenda.ics`} download>
                    Ajouter à mon calendrier (ICS)
                  </a>
                  <a className="button button--secondary" href={`/evenements/${id}/agenda.pdf`} download>
                    Agenda à imprimer (PDF)
                  </a>
                </p>
                {qr ? (
                  <figure className="card">
                    {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server, nothing to optimise */}
                    <img src={qr.qrDataUrl} width={160} height={160} alt="QR code d'accueil de votre entreprise, à présenter à l'entrée" />
                    <figcaption>À présenter à l&apos;accueil le jour de l&apos;événement (aussi imprimé sur l&apos;agenda PDF).</figcaption>
                  </figure>
                ) : null}
                <div className="table-wrap" tabIndex={0} role="region" aria-label="Tableau de mes rendez-vous">
                  <table>
                    <caption className="visually-hidden">Mes rendez-vous</caption>
                    <thead>
                      <tr>
                        <th scope="col">Heure</th>
                        <th scope="col">Table</th>
                        <th scope="col">Avec</th>
                        <th scope="col">Après le rendez-vous</th>
                      </tr>
                    </thead>
                    <tbody>
                      {agenda.map((a) => (
                        <tr key={a.meetingId}>
                          <td>
                            {formatDate(a.startsAt)}, {formatTime(a.startsAt)}–{formatTime(a.endsAt)}
                          </td>
                          <td>{a.table}</td>
                          <td>
                            {a.otherName} <span className="muted">({a.asBuyer ? "fournisseur" : "acheteur"})</span>
                          </td>
                          <td>
                            {a.startsAt > now ? (
                              <span className="muted">à venir</span>
                            ) : (
                              <ActionForm action={feedbackAction.bind(null, a.meetingId)} submitLabel="Donner mon avis" accessibleSuffix={a.otherName}>
                                <input type="hidden" name="eventId" value={id} />
                                <div className="field field--short">
                                  <label htmlFor={`r-${a.meetingId}`}>Note (1 à 5)</label>
                                  <input id={`r-${a.meetingId}`} name="rating" type="number" min={1} max={5} required />
                                </div>
                                <div className="field">
                                  <label htmlFor={`o-${a.meetingId}`}>Suite donnée</label>
                                  <select id={`o-${a.meetingId}`} name="outcome">
                                    {Object.entries(OUTCOME_LABELS).map(([k, v]) => (
                                      <option key={k} value={k}>
                                        {v}
                                      </option>
                                    ))}
                                  </select>
                                </div>
                              </ActionForm>
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </section>
          <section aria-labelledby="recues">
            <h2 id="recues" className="section-title">
              Demandes reçues
            </h2>
            {received.length === 0 ? (
              <p>Aucune demande reçue.</p>
            ) : (
              <ul className="results">
                {received.map((r) => (
                  <li key={r.id} className="card">
                    <h3>
                      {r.otherName} — {REQUEST_STATUS_LABELS[r.status]}
                    </h3>
                    {r.message ? <p>« {r.message} »</p> : null}
                    {cancelForm(r)}
                    {r.status === "requested" && bookingOpen ? (
                      <div className="actions">
                        <ActionForm action={answerRequestAction} submitLabel="Accepter" accessibleSuffix={r.otherName}>
                          <input type="hidden" name="requestId" value={r.id} />
                          <input type="hidden" name="eventId" value={id} />
                          <input type="hidden" name="answer" value="accept" />
                        </ActionForm>
                        <ActionForm action={answerRequestAction} submitLabel="Décliner" secondary accessibleSuffix={r.otherName}>
                          <input type="hidden" name="requestId" value={r.id} />
                          <input type="hidden" name="eventId" value={id} />
                          <input type="hidden" name="answer" value="decline" />
                        </ActionForm>
                      </div>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="envoyees">
            <h2 id="envoyees" className="section-title">
              Demandes envoyées
            </h2>
            {sent.length === 0 ? (
              <p>Aucune demande envoyée.</p>
            ) : (
              <ul>
                {sent.map((r) => (
                  <li key={r.id}>
                    {r.otherName} — {REQUEST_STATUS_LABELS[r.status]}
                    {r.mutual ? " (souhaité des deux côtés)" : ""}
                    {cancelForm(r)}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {registration.role !== "supplier" ? (
            <section aria-labelledby="fournisseurs">
              <h2 id="fournisseurs" className="section-title">
                Fournisseurs proposés
              </h2>
              <p className="muted">Les fournisseurs inscrits, classés comme pour vos besoins publiés, avec les raisons du classement.</p>
              {suggestions.asBuyer.length === 0 ? (
                <p>Aucun fournisseur inscrit ne correspond encore à vos besoins ou thèmes.</p>
              ) : (
                suggestionList(suggestions.asBuyer, "buyer")
              )}
            </section>
          ) : null}
          {registration.role !== "buyer" ? (
            <section aria-labelledby="acheteurs">
              <h2 id="acheteurs" className="section-title">
                Acheteurs dont les besoins vous correspondent
              </h2>
              {suggestions.asSupplier.length === 0 ? (
                <p>Aucun acheteur inscrit n&apos;a encore de besoin ou de thème qui vous corresponde.</p>
              ) : (
                suggestionList(suggestions.asSupplier, "supplier")
              )}
            </section>
          ) : null}
          {unsuggested.length ? (
            <section aria-labelledby="autres">
              <h2 id="autres" className="section-title">
                Autres participants
              </h2>
              <ul className="results">
                {unsuggested.map((o) => (
                  <li key={o.id} className="card">
                    <h3>
                      {o.name} <span className="muted">({EVENT_ROLE_LABELS[o.role]})</span>
                    </h3>
                    {bookingOpen ? requestForm(o.id, o.name) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
