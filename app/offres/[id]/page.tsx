import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { loadOffer } from "@/lib/offers/reads";
import { requireActor } from "@/lib/auth/guard";
import { formatDate } from "@/lib/format";
import { describeArea } from "@/lib/geo/describe-area";
import { territoryName } from "@/lib/geo/territory-name";
import { offerViewer } from "@/lib/offers/access";
import { z } from "@/lib/validation/zod";
import { decideOfferAction } from "@/app/cci/moderation/actions";
import { DecisionForm } from "@/app/cci/moderation/decision-form";
import { OfferPhotos } from "../_components/offer-photos";
import { OfferStatusBadge } from "../_components/offer-status-badge";
import { OwnerActions } from "./owner-actions";

export const metadata: Metadata = { title: "Offre" };

export default async function OfferPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const db = getDb();
  const loaded = await loadOffer(db, id.data);
  if (!loaded) notFound();
  const o = loaded.offer;
  const viewer = offerViewer(actor, { companyId: o.companyId, status: o.status, companyPublic: loaded.companyPublic });
  // Not allowed to see it: answer as if it did not exist.
  if (!viewer) notFound();
  const flash = await searchParams;
  const area = describeArea({
    kind: o.areaKind,
    radiusKm: o.areaRadiusKm,
    centreName: loaded.communeName,
    areas: loaded.areas,
    territoryName: await territoryName(db),
  });
  return (
    <div className="page">
      {/* The flashes say what the draft's state is; once it is sent (?cree stays in the URL), they would mislead. */}
      {flash.cree && o.status === "draft" ? (
        <div className="alert alert--ok" role="status">
          Brouillon enregistré. Relisez-le, puis envoyez-le à la CCI pour validation.
        </div>
      ) : null}
      {flash.modifiee && (o.status === "draft" || o.status === "changes_requested") ? (
        <div className="alert alert--ok" role="status">
          Modifications enregistrées.
        </div>
      ) : null}
      <div className="page-header">
        <p className="muted">
          <Link href={`/entreprises/${o.companyId}`}>{loaded.companyName}</Link>
        </p>
        <h1>{o.title}</h1>
        <p>
          <OfferStatusBadge status={o.status} />{" "}
          {o.publishedAt && o.status === "published" ? <span className="muted">publiée le {formatDate(o.publishedAt)}</span> : null}
        </p>
      </div>
      {viewer !== "public" && o.moderationNote && (o.status === "changes_requested" || o.status === "rejected") ? (
        <div className="alert alert--info" role="note">
          Message de la CCI : « {o.moderationNote} »
        </div>
      ) : null}
      <div className="grid grid--2" style={{ alignItems: "start" }}>
        <section className="card" aria-labelledby="offer-desc">
          <h2 id="offer-desc">Description</h2>
          <p className="prose">{o.description}</p>
          <dl className="facts">
            <dt>Zone d&apos;intervention</dt>
            <dd>{area}</dd>
            <dt>Prix</dt>
            <dd>{o.priceIndication ?? "Non communiqué"}</dd>
          </dl>
          <h3 className="section-title">Activités</h3>
          <ul>
            {loaded.activities.map((a) => (
              <li key={a.code}>
                {a.code} — {a.label}
              </li>
            ))}
          </ul>
          <OfferPhotos photos={loaded.photos} title={o.title} />
        </section>
        <div className="grid">
          {viewer === "owner" ? <OwnerActions offerId={o.id} status={o.status} /> : null}
          {viewer === "staff" && o.status === "submitted" ? (
            <section className="card" aria-labelledby="decision-title">
              <h2 id="decision-title">Décision de la CCI</h2>
              <p className="muted">
                Envoyée le {o.submittedAt ? formatDate(o.submittedAt) : "—"}
                {loaded.createdByName ? ` par ${loaded.createdByName}` : ""}.
              </p>
              <DecisionForm action={decideOfferAction} objectId={o.id} objectLabel={o.title} />
            </section>
          ) : null}
          {viewer !== "public" ? (
            <section className="card" aria-labelledby="history-title">
              <h2 id="history-title">Historique</h2>
              <dl className="facts">
                <dt>Créée</dt>
                <dd>
                  {formatDate(o.createdAt)}
                  {loaded.createdByName ? ` par ${loaded.createdByName}` : ""}
                </dd>
                {o.submittedAt ? (
                  <>
                    <dt>Envoyée à la CCI</dt>
                    <dd>{formatDate(o.submittedAt)}</dd>
                  </>
                ) : null}
                {o.publishedAt ? (
                  <>
                    <dt>Publiée</dt>
                    <dd>{formatDate(o.publishedAt)}</dd>
                  </>
                ) : null}
                {o.archivedAt ? (
                  <>
                    <dt>Archivée</dt>
                    <dd>{formatDate(o.archivedAt)}</dd>
                  </>
                ) : null}
              </dl>
            </section>
          ) : null}
        </div>
      </div>
    </div>
  );
}
