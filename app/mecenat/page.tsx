import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { activeCompany, can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/guard";
import { MISSION_STATUS_LABELS, POST_STATUS_LABELS, SENIORITY_LABELS, WORK_MODE_LABELS } from "@/lib/skills/labels";
import { companySkills, openOffers, openRequests } from "@/lib/skills/reads";
import { countOf, formatDate } from "@/lib/format";
import { ActionForm } from "@/app/evenements/_components/action-form";
import { createOfferAction, createRequestAction } from "./actions";

export const metadata: Metadata = { title: "Mécénat de compétences" };

function ModeField({ id }: { id: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>Sur site ou à distance</label>
      <select id={id} name="workMode" required defaultValue="hybrid">
        {Object.entries(WORK_MODE_LABELS).map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

function Rhythm({ prefix, dateName, dateLabel }: { prefix: string; dateName: string; dateLabel: string }) {
  return (
    <>
      <div className="field field--short">
        <label htmlFor={`${prefix}-days`}>Jours par semaine (1 à 5)</label>
        <input id={`${prefix}-days`} name="daysPerWeek" type="number" min={1} max={5} required />
      </div>
      <div className="field field--short">
        <label htmlFor={`${prefix}-weeks`}>Durée en semaines</label>
        <input id={`${prefix}-weeks`} name="durationWeeks" type="number" min={1} max={104} required />
      </div>
      <div className="field field--short">
        <label htmlFor={`${prefix}-date`}>{dateLabel}</label>
        <input id={`${prefix}-date`} name={dateName} type="date" required />
      </div>
      <ModeField id={`${prefix}-mode`} />
      <div className="field field--short">
        <label htmlFor={`${prefix}-commune`}>Commune (code INSEE, ex. 13005)</label>
        <input id={`${prefix}-commune`} name="communeCode" pattern="[0-9][0-9AB][0-9]{3}" required />
      </div>
    </>
  );
}

export default async function SkillsPage() {
  const actor = await requireActor();
  const db = getDb();
  const company = activeCompany(actor);
  const mine = company && can(actor, "skills:post", { companyId: company.companyId }) ? company : null;
  const [offers, requests, own] = await Promise.all([
    openOffers(db, actor),
    openRequests(db, actor),
    mine ? companySkills(db, actor, mine.companyId) : Promise.resolve(null),
  ]);
  return (
    <div className="page">
      <div className="page-header">
        <h1>Mécénat de compétences</h1>
        <p>
          Les grandes entreprises prêtent le temps d&apos;un expert à une TPE ou PME pour une mission courte ; la CCI valide chaque mise en relation. Les
          experts sont présentés par leur métier, jamais par leur nom.
        </p>
      </div>
      {own ? (
        <section aria-labelledby="mes-annonces">
          <h2 id="mes-annonces" className="section-title">
            Les annonces et missions de {mine?.companyName}
          </h2>
          <ul>
            {own.offers.map((o) => (
              <li key={o.id}>
                Expert proposé : {o.skill} ({POST_STATUS_LABELS[o.status]}) —{" "}
                <Link href={`/mecenat/rapprochements?offre=${o.id}`}>
                  demandes correspondantes<span className="visually-hidden"> : {o.skill}</span>
                </Link>
              </li>
            ))}
            {own.requests.map((r) => (
              <li key={r.id}>
                Compétence demandée : {r.skill} ({POST_STATUS_LABELS[r.status]}) —{" "}
                <Link href={`/mecenat/rapprochements?demande=${r.id}`}>
                  experts correspondants<span className="visually-hidden"> : {r.skill}</span>
                </Link>
              </li>
            ))}
            {own.missions.map((m) => (
              <li key={m.id}>
                <Link href={`/mecenat/missions/${m.id}`}>Mission : {m.skill}</Link> — {MISSION_STATUS_LABELS[m.status]}
              </li>
            ))}
          </ul>
          {own.offers.length + own.requests.length + own.missions.length === 0 ? <p className="muted">Aucune annonce pour l&apos;instant.</p> : null}
          <details>
            <summary>Proposer un expert (grande entreprise)</summary>
            <ActionForm action={createOfferAction} submitLabel="Publier l'offre d'expertise">
              <div className="field">
                <label htmlFor="o-skill">Compétence</label>
                <input id="o-skill" name="skill" required />
              </div>
              <div className="field">
                <label htmlFor="o-profession">Métier</label>
                <input id="o-profession" name="profession" required />
              </div>
              <div className="field">
                <label htmlFor="o-seniority">Séniorité</label>
                <select id="o-seniority" name="seniority" required defaultValue="senior">
                  {Object.entries(SENIORITY_LABELS).map(([v, l]) => (
                    <option key={v} value={v}>
                      {l}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="o-description">Ce que l&apos;expert peut apporter</label>
                <textarea id="o-description" name="description" rows={3} />
              </div>
              <Rhythm prefix="o" dateName="availableFrom" dateLabel="Disponible à partir du" />
              <div className="field field--short">
                <label htmlFor="o-cost">Coût d&apos;une journée (€, pour la valorisation, non publié)</label>
                <input id="o-cost" name="dailyCostEur" inputMode="numeric" required />
              </div>
            </ActionForm>
          </details>
          <details>
            <summary>Demander une compétence (TPE, PME)</summary>
            <ActionForm action={createRequestAction} submitLabel="Publier la demande">
              <div className="field">
                <label htmlFor="r-skill">Compétence recherchée</label>
                <input id="r-skill" name="skill" required />
              </div>
              <div className="field">
                <label htmlFor="r-purpose">Pour quoi faire</label>
                <textarea id="r-purpose" name="purpose" rows={3} required />
              </div>
              <Rhythm prefix="r" dateName="startFrom" dateLabel="Début souhaité" />
            </ActionForm>
          </details>
        </section>
      ) : null}
      <h2 className="section-title">{countOf(offers.length, "expert proposé", "experts proposés")}</h2>
      <ul className="results">
        {offers.map((o) => (
          <li key={o.id} id={`offre-${o.id}`} className="card">
            <h3>{o.skill}</h3>
            <p className="muted">
              {o.profession}, {SENIORITY_LABELS[o.seniority].toLowerCase()} · {o.companyName} · {o.daysPerWeek} j/semaine pendant {o.durationWeeks} semaines,
              dès le {formatDate(o.availableFrom)} · {WORK_MODE_LABELS[o.workMode]}, {o.commune}
            </p>
          </li>
        ))}
      </ul>
      <h2 className="section-title">{countOf(requests.length, "compétence demandée", "compétences demandées")}</h2>
      <ul className="results">
        {requests.map((r) => (
          <li key={r.id} id={`demande-${r.id}`} className="card">
            <h3>{r.skill}</h3>
            <p>{r.purpose}</p>
            <p className="muted">
              {r.companyName} · {r.daysPerWeek} j/semaine pendant {r.durationWeeks} semaines, dès le {formatDate(r.startFrom)} · {WORK_MODE_LABELS[r.workMode]},{" "}
              {r.commune}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
