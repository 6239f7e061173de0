import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { loadCompanyProfile, type CompanyProfile } from "@/lib/companies/reads";
import { can } from "@/lib/auth/actor";
import { requireCompanyMember } from "@/lib/auth/guard";
import { territoryName } from "@/lib/geo/territory-name";
import { CompanyProfileView } from "@/app/entreprises/_components/company-profile-view";
import { updateProfileAction } from "./actions";
import { ProfileForm, type ProfileFormDefaults } from "./_components/profile-form";

export const metadata: Metadata = { title: "Fiche entreprise" };

function formDefaults(p: CompanyProfile): ProfileFormDefaults {
  return {
    description: p.description ?? "",
    website: p.website ?? "",
    headcountBand: p.headcountBand,
    contactName: p.contactName ?? "",
    contactEmail: p.contactEmail ?? "",
    contactPhone: p.contactPhone ?? "",
    secondaryNafCodes: p.activities.map((a) => ({ id: a.code, label: `${a.code} — ${a.label}` })),
    certifications: p.certifications,
    serviceArea: { kind: p.serviceAreaKind, radiusKm: p.serviceRadiusKm, areas: p.areas.map((a) => ({ id: `${a.kind}:${a.code}`, label: a.name })) },
    references: p.references.map((r) => ({ clientName: r.clientName, year: String(r.year), description: r.description })),
    logoFileId: p.logoFileId,
  };
}

/** Where the company stands with the CCI, and the staff's note when they asked for changes or refused. */
function VerificationNotice({ profile: p }: { profile: CompanyProfile }) {
  if (p.suspendedAt)
    return (
      <div className="alert alert--error" role="note">
        Votre entreprise est suspendue : sa fiche n&apos;est plus visible. Contactez la CCI.
      </div>
    );
  if (p.verificationStatus === "verified") {
    return (
      <div className="alert alert--ok" role="note">
        Entreprise vérifiée par la CCI.{" "}
        {p.publiclyVisible ? <Link href={`/entreprises/${p.id}`}>Voir la fiche publique</Link> : "La fiche sera publique une fois la charte signée."}
      </div>
    );
  }
  const note = p.verificationNote ? <> Message de la CCI : « {p.verificationNote} »</> : null;
  if (p.verificationStatus === "changes_requested")
    return (
      <div className="alert alert--info" role="note">
        La CCI demande des précisions avant de vérifier votre entreprise.{note}
      </div>
    );
  if (p.verificationStatus === "rejected")
    return (
      <div className="alert alert--error" role="note">
        La CCI a refusé l&apos;inscription de votre entreprise.{note}
      </div>
    );
  return (
    <div className="alert alert--info" role="note">
      En attente de vérification par la CCI : votre fiche sera publique une fois l&apos;entreprise vérifiée.
    </div>
  );
}

export default async function CompanyProfilePage() {
  const { actor, company: membership } = await requireCompanyMember();
  const db = getDb();
  const [profile, territory] = await Promise.all([loadCompanyProfile(db, membership.companyId), territoryName(db)]);
  if (!profile) notFound();
  const canEdit = can(actor, "company:edit-profile", { companyId: profile.id });
  return (
    <div className={canEdit ? "page page--narrow" : "page"}>
      <div className="page-header">
        <h1>Fiche entreprise</h1>
        <p>
          {profile.name}
          {profile.tradeName ? ` (${profile.legalName})` : ""} · ce que les acheteurs et les autres signataires voient de votre entreprise.{" "}
          <Link href="/mon-entreprise/equipe">Équipe et invitations</Link>
        </p>
      </div>
      <VerificationNotice profile={profile} />
      {canEdit ? (
        <div style={{ marginTop: "1rem" }}>
          <ProfileForm
            action={updateProfileAction}
            defaults={formDefaults(profile)}
            mainActivity={`${profile.nafCode} — ${profile.nafLabel}`}
            communeName={profile.communeName}
            territoryName={territory}
          />
        </div>
      ) : (
        <>
          <p className="alert alert--info" role="note" style={{ marginTop: "1rem" }}>
            Seul l&apos;administrateur de l&apos;entreprise peut modifier la fiche. Demandez-lui de mettre à jour ce qui doit l&apos;être.
          </p>
          <div style={{ marginTop: "1rem" }}>
            <CompanyProfileView profile={profile} territoryName={territory} showContact />
          </div>
        </>
      )}
    </div>
  );
}
