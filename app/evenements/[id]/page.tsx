import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { activeCompany, can } from "@/lib/auth/actor";
import { pageAccess } from "@/lib/auth/guard";
import { getActor } from "@/lib/auth/session";
import { ownRegistration } from "@/lib/events/access";
import { eventPage, registrationChoices } from "@/lib/events/reads";
import { EVENT_ROLE_LABELS } from "@/lib/events/schemas";
import { formatTime, sessionSlots } from "@/lib/events/times";
import { formatDate, formatDateTime } from "@/lib/format";
import { z } from "@/lib/validation/zod";
import { registerAction } from "../actions";
import { registerGuestAction } from "../guest-action";
import { ActionForm } from "../_components/action-form";
import { GuestRegistrationForm } from "./guest-form";

export const metadata: Metadata = { title: "Rendez-vous d'affaires" };

async function load(id: string) {
  if (!z.uuid().safeParse(id).success) notFound();
  const actor = await getActor();
  return { actor, ...(await pageAccess(() => eventPage(getDb(), actor, id))) };
}

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, event, communeName, sessions } = await load(id);
  const company = activeCompany(actor);
  const mayRegister = company !== null && can(actor, "event:register", { companyId: company.companyId });
  const registration = mayRegister ? await ownRegistration(getDb(), actor, id) : null;
  const now = new Date();
  const open = event.status === "published" && now >= event.registrationOpensAt && now <= event.registrationClosesAt;
  const choices = mayRegister && open && !registration ? await registrationChoices(getDb(), actor, company.companyId) : null;
  return (
    <div className="page">
      <div className="page-header">
        <h1>{event.title}</h1>
        <p>
          {event.online ? "En ligne" : [event.venue, communeName].filter(Boolean).join(", ")}
          {event.status === "cancelled" ? " — événement annulé" : ""}
        </p>
      </div>
      <div className="card prose">
        <p style={{ whiteSpace: "pre-line" }}>{event.description}</p>
      </div>
      <h2 className="section-title">Sessions de rendez-vous</h2>
      <ul>
        {sessions.map((s) => (
          <li key={s.id}>
            <strong>{s.label}</strong> : {formatDate(s.startsAt)}, de {formatTime(s.startsAt)} à {formatTime(s.endsAt)} — rendez-vous de {s.slotMinutes} min,{" "}
            {sessionSlots(s).length} créneaux, {s.tables} tables
          </li>
        ))}
      </ul>
      <p>
        Inscriptions du {formatDateTime(event.registrationOpensAt)} au {formatDateTime(event.registrationClosesAt)} ; prise de rendez-vous du{" "}
        {formatDateTime(event.bookingOpensAt)} au {formatDateTime(event.bookingClosesAt)}.{event.capacity ? ` ${event.capacity} entreprises au plus.` : ""}
        {event.validateRegistrations ? " Les inscriptions sont validées par la CCI." : ""}
      </p>
      {registration ? (
        <p>
          <Link className="button" href={`/evenements/${id}/espace`}>
            Mon espace participant
          </Link>
        </p>
      ) : !actor ? (
        <>
          <p>
            <Link href={`/connexion?next=/evenements/${id}`}>Connectez-vous</Link> pour inscrire votre entreprise.
          </p>
          {open ? (
            <section aria-labelledby="sans-compte">
              <h2 id="sans-compte" className="section-title">
                Votre entreprise n&apos;est pas encore sur Circuit Court ?
              </h2>
              <p>
                Inscrivez-la avec son SIRET, sans compte : votre place est réservée et nous vous invitons par e-mail à signer la charte pour prendre vos
                rendez-vous.
              </p>
              <GuestRegistrationForm action={registerGuestAction.bind(null, id)} />
            </section>
          ) : (
            <p className="muted">Les inscriptions ne sont pas ouvertes.</p>
          )}
        </>
      ) : choices && company ? (
        <section aria-labelledby="inscription">
          <h2 id="inscription" className="section-title">
            Inscrire {company.companyName}
          </h2>
          <ActionForm action={registerAction.bind(null, id)} submitLabel="M'inscrire">
            <fieldset className="radios">
              <legend>Vous venez comme</legend>
              {(["buyer", "supplier", "both"] as const).map((r) => (
                <label key={r}>
                  <input type="radio" name="role" value={r} required defaultChecked={r === "supplier"} /> {EVENT_ROLE_LABELS[r]}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>Sessions</legend>
              {sessions.map((s) => (
                <label key={s.id} className="checkbox">
                  <input type="checkbox" name="sessionIds" value={s.id} defaultChecked /> {s.label}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>Personnes inscrites</legend>
              {choices.people.map((p) => (
                <label key={p.id} className="checkbox">
                  <input type="checkbox" name="personIds" value={p.id} defaultChecked={p.id === actor.userId} /> {p.firstName} {p.lastName}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>En tant qu&apos;acheteur : vos besoins et thèmes d&apos;achat</legend>
              {choices.needs.map((n) => (
                <label key={n.id} className="checkbox">
                  <input type="checkbox" name="needIds" value={n.id} /> {n.title}
                </label>
              ))}
              {[1, 2, 3].map((i) => (
                <div className="field field--short" key={i}>
                  <label htmlFor={`theme-${i}`}>Thème d&apos;achat {i} (code NAF, ex. 43.32A)</label>
                  <input id={`theme-${i}`} name="themeCodes" pattern="\d{2}\.\d{2}[A-Z]" />
                </div>
              ))}
            </fieldset>
            <fieldset>
              <legend>En tant que fournisseur : les offres à présenter</legend>
              {choices.offers.length === 0 ? <p className="muted">Aucune offre publiée.</p> : null}
              {choices.offers.map((o) => (
                <label key={o.id} className="checkbox">
                  <input type="checkbox" name="offerIds" value={o.id} defaultChecked /> {o.title}
                </label>
              ))}
            </fieldset>
          </ActionForm>
        </section>
      ) : open ? null : (
        <p className="muted">Les inscriptions ne sont pas ouvertes.</p>
      )}
      {actor && !company && !can(actor, "staff:access") ? <p className="muted">Rattachez votre compte à une entreprise pour vous inscrire.</p> : null}
    </div>
  );
}
