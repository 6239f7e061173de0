import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { loadCompanyProfile } from "@/lib/companies/reads";
import { listPublishedOffersOfCompany } from "@/lib/offers/reads";
import { companyViewer } from "@/lib/companies/access";
import { getActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { describeArea } from "@/lib/geo/describe-area";
import { territoryName } from "@/lib/geo/territory-name";
import { z } from "@/lib/validation/zod";
import { OfferPhotos } from "@/app/offres/_components/offer-photos";
import { CompanyProfileView } from "../_components/company-profile-view";

/** The profile of a publicly visible company (verified, not suspended, signatory), or null. */
const publicProfile = cache(async (rawId: string) => {
  const id = z.uuid().safeParse(rawId);
  if (!id.success) return null;
  const profile = await loadCompanyProfile(getDb(), id.data);
  return profile?.publiclyVisible ? profile : null;
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const profile = await publicProfile((await params).id);
  return { title: profile ? `${profile.name} — fiche entreprise` : "Entreprise introuvable" };
}

export default async function PublicCompanyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [actor, profile] = await Promise.all([getActor(), publicProfile(id)]);
  // Suspended, unverified, not a signatory, or unknown: the same 404.
  // publicProfile() finds a company only while it is publicly visible; the rule is lib/companies/access.ts.
  if (!profile || !(await companyViewer(actor, profile.id, async () => true))) notFound();
  const db = getDb();
  const [offers, territory] = await Promise.all([listPublishedOffersOfCompany(db, profile.id), territoryName(db)]);
  return (
    <div className="page">
      <div className="page-header company-header">
        {profile.logoFileId ? (
          // eslint-disable-next-line @next/next/no-img-element -- served by our authorized file route
          <img src={`/api/files/${profile.logoFileId}`} alt={`Logo de ${profile.name}`} className="company-logo" />
        ) : null}
        <div>
          <h1>{profile.name}</h1>
          <p>
            {profile.tradeName ? <>{profile.legalName} · </> : null}
            {profile.nafLabel} · {profile.communeName} <span className="badge badge--ok">Signataire vérifié</span>{" "}
            {profile.isLargeBuyer ? <span className="badge badge--accent">Donneur d&apos;ordre</span> : null}
          </p>
        </div>
      </div>
      <CompanyProfileView profile={profile} territoryName={territory} showContact={Boolean(actor)} signInNext={`/entreprises/${profile.id}`} />

      <h2 className="section-title" id="offres">
        Offres
      </h2>
      {offers.length === 0 ? (
        <p className="muted">Aucune offre publiée pour l&apos;instant.</p>
      ) : (
        <ul className="offer-list">
          {offers.map((o) => (
            <li key={o.id} className="card">
              <h3>{o.title}</h3>
              <p className="muted">
                {o.activities.map((a) => a.label).join(" · ")}
                {o.publishedAt ? ` · publiée le ${formatDate(o.publishedAt)}` : ""}
              </p>
              <p className="prose">{o.description}</p>
              <dl className="facts">
                <dt>Zone</dt>
                <dd>
                  {describeArea({ kind: o.areaKind, radiusKm: o.areaRadiusKm, centreName: profile.communeName, areas: o.areas, territoryName: territory })}
                </dd>
                {o.priceIndication ? (
                  <>
                    <dt>Prix</dt>
                    <dd>{o.priceIndication}</dd>
                  </>
                ) : null}
              </dl>
              <OfferPhotos photos={o.photoIds.map((pid) => ({ id: pid }))} title={o.title} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
