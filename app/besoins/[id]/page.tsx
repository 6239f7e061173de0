import { needForPage } from "@/app/besoins/_components/need-for-page";
import type { Metadata } from "next";
import Link from "next/link";
import { formatDate, formatEuros } from "@/lib/format";
import { csrLabel, needKindLabel } from "@/lib/needs/csr";
import { decideNeedAction } from "@/app/cci/moderation/actions";
import { DecisionForm } from "@/app/cci/moderation/decision-form";
import { NeedStatusBadge } from "../_components/need-status-badge";
import { OwnerActions } from "./owner-actions";
import { AnswerPanel } from "./_answers/answer-panel";
import { QuestionsPanel } from "./_answers/questions-panel";
import { MatchSummary } from "./match-summary";
import { markInvitationOpened } from "@/lib/matching/invitations";
import { activeCompany } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Besoin" };

function perimeterText(n: { perimeterKind: string; perimeterRadiusKm: number | null }, commune: string, areas: { name: string }[]) {
  if (n.perimeterKind === "radius") return `Fournisseurs dans un rayon de ${n.perimeterRadiusKm} km autour de ${commune}`;
  if (n.perimeterKind === "territory") return "Fournisseurs de tout le territoire";
  return `Fournisseurs de : ${areas.map((a) => a.name).join(", ")}`;
}

function budgetText(min: number | null, max: number | null) {
  if (min != null && max != null) return `${formatEuros(min)} à ${formatEuros(max)} HT`;
  if (min != null) return `à partir de ${formatEuros(min)} HT`;
  if (max != null) return `jusqu'à ${formatEuros(max)} HT`;
  return "Non communiqué";
}

export default async function NeedPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { actor, db, loaded, need: n, viewer } = await needForPage(params);
  const flash = await searchParams;
  const supplierCompany = viewer === "supplier" ? activeCompany(actor) : null;
  if (supplierCompany) await markInvitationOpened(db, n.id, supplierCompany.companyId);
  return (
    <div className="page">
      {/* The flashes say what the draft's state is; once it is sent (?cree stays in the URL), they would mislead. */}
      {flash.cree && n.status === "draft" ? (
        <div className="alert alert--ok" role="status">
          Brouillon enregistré. Relisez-le, puis envoyez-le à la CCI pour validation.
        </div>
      ) : null}
      {flash.modifie && (n.status === "draft" || n.status === "changes_requested") ? (
        <div className="alert alert--ok" role="status">
          Modifications enregistrées.
        </div>
      ) : null}
      <div className="page-header">
        <p className="muted">
          {loaded.companyName} · {needKindLabel(n.kind)}
        </p>
        <h1>{n.title}</h1>
        <p>
          <NeedStatusBadge status={n.status} />{" "}
          {n.publishedAt ? (
            <span className="muted">
              {n.status === "published" ? "depuis le" : "publié le"} {formatDate(n.publishedAt)}
            </span>
          ) : null}
        </p>
      </div>
      {viewer === "owner" && n.moderationNote && (n.status === "changes_requested" || n.status === "rejected") ? (
        <div className="alert alert--info" role="note">
          Message de la CCI : « {n.moderationNote} »
        </div>
      ) : null}
      {n.outcomeNote && n.status === "cancelled" ? (
        <div className="alert alert--info" role="note">
          Annulé : « {n.outcomeNote} »
        </div>
      ) : null}
      <div className="grid grid--2" style={{ alignItems: "start" }}>
        <section className="card" aria-labelledby="need-desc">
          <h2 id="need-desc">Description</h2>
          <p className="prose">{n.description}</p>
          {n.quantities ? (
            <p>
              <strong>Quantités :</strong> {n.quantities}
            </p>
          ) : null}
          <h3>Activités recherchées</h3>
          <ul>
            {loaded.activities.map((a) => (
              <li key={a.code}>
                {a.code} — {a.label}
              </li>
            ))}
          </ul>
          {n.csrCriteria.length || n.csrNotes ? (
            <>
              <h3>Achats durables</h3>
              <ul>
                {n.csrCriteria.map((c) => (
                  <li key={c}>{csrLabel(c)}</li>
                ))}
              </ul>
              {n.csrNotes ? <p className="prose">{n.csrNotes}</p> : null}
            </>
          ) : null}
          {loaded.attachments.length ? (
            <>
              <h3>Pièces jointes</h3>
              <ul className="attachments">
                {loaded.attachments.map((f) => (
                  <li key={f.id}>
                    <a href={`/api/files/${f.id}`}>{f.filename}</a> <span className="muted">({Math.ceil(f.sizeBytes / 1024)} Ko)</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
        <section className="card" aria-labelledby="need-facts">
          <h2 id="need-facts">En bref</h2>
          <dl className="facts">
            <dt>Lieu</dt>
            <dd>
              {loaded.communeName}
              {loaded.postalCode ? ` (${loaded.postalCode})` : ""}
            </dd>
            <dt>Périmètre</dt>
            <dd>{perimeterText(n, loaded.communeName, loaded.areas)}</dd>
            <dt>Budget estimé</dt>
            <dd>{budgetText(n.budgetMinEur, n.budgetMaxEur)}</dd>
            <dt>Réponses jusqu&apos;au</dt>
            <dd>{formatDate(n.responseDeadline)}</dd>
            {n.expectedStartDate ? (
              <>
                <dt>Démarrage prévu</dt>
                <dd>{formatDate(n.expectedStartDate)}</dd>
              </>
            ) : null}
            <dt>Visibilité</dt>
            <dd>{n.visibility === "all_signatories" ? "Toutes les entreprises signataires vérifiées" : "Fournisseurs invités"}</dd>
            {viewer !== "supplier" || n.status === "published" ? (
              <>
                <dt>Contact</dt>
                <dd>
                  {loaded.contactName ?? "—"}
                  {loaded.contactEmail ? (
                    <>
                      <br />
                      <a href={`mailto:${loaded.contactEmail}`}>{loaded.contactEmail}</a>
                    </>
                  ) : null}
                </dd>
              </>
            ) : null}
          </dl>
        </section>
      </div>
      <div style={{ marginTop: "1rem" }}>
        {viewer === "owner" ? <OwnerActions needId={n.id} status={n.status} /> : null}
        {(viewer === "owner" && n.status !== "draft") || (viewer === "staff" && ["submitted", "published"].includes(n.status)) ? (
          <MatchSummary actor={actor} need={n} forStaff={viewer === "staff"} />
        ) : null}
        {viewer === "staff" && n.status === "submitted" ? (
          <section className="card" aria-labelledby="moderate-title">
            <h2 id="moderate-title">Décision de la CCI</h2>
            <DecisionForm action={decideNeedAction} objectId={n.id} objectLabel={n.title} approveLabel="Approuver et publier" />
          </section>
        ) : null}
        {viewer === "staff" ? (
          <p>
            <Link href={`/cci/journal?objet=need:${n.id}`}>Journal de ce besoin</Link>
          </p>
        ) : null}
      </div>
      <AnswerPanel need={n} viewer={viewer} actor={actor} />
      <QuestionsPanel need={n} viewer={viewer} actor={actor} />
    </div>
  );
}
