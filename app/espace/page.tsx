import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { companyMembers, companySignature, findCompanyCard } from "@/lib/companies/reads";
import { requireCompanyMember } from "@/lib/auth/guard";
import { formatDate } from "@/lib/format";
import { formatSiret } from "@/lib/companies/siret";
import { headcountLabel } from "@/lib/companies/headcount-bands";
import { can } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Mon espace" };

export default async function SpacePage({ searchParams }: { searchParams: Promise<{ bienvenue?: string }> }) {
  const { actor, company: membership } = await requireCompanyMember();
  const db = getDb();
  const [company, members, signature] = await Promise.all([
    findCompanyCard(db, membership.companyId),
    companyMembers(db, membership.companyId),
    companySignature(db, membership.companyId),
  ]);
  if (!company) redirect("/");
  const { bienvenue } = await searchParams;
  const name = company.tradeName ?? company.legalName;
  return (
    <div className="page">
      {bienvenue ? (
        <div className="alert alert--ok" role="status" style={{ marginBottom: "1.5rem" }}>
          Bienvenue ! Votre entreprise est inscrite et la charte est signée. L&apos;équipe de la CCI va vérifier votre entreprise.
        </div>
      ) : null}
      <div className="page-header">
        <h1>{name}</h1>
        <p>
          {company.isLargeBuyer ? <span className="badge badge--accent">Donneur d&apos;ordre</span> : null}{" "}
          {company.sector === "public" ? <span className="badge">Acheteur public</span> : null}{" "}
          {company.suspendedAt ? (
            <span className="badge badge--danger">Suspendue</span>
          ) : company.verifiedAt ? (
            <span className="badge badge--ok">Vérifiée par la CCI</span>
          ) : (
            <span className="badge badge--warn">En attente de vérification</span>
          )}
        </p>
      </div>
      <div className="grid grid--2">
        <section className="card" aria-labelledby="company-title">
          <h2 id="company-title">Votre entreprise</h2>
          <dl className="facts">
            <dt>Raison sociale</dt>
            <dd>{company.legalName}</dd>
            <dt>SIRET</dt>
            <dd>{formatSiret(company.siret)}</dd>
            <dt>Activité</dt>
            <dd>
              {company.nafCode} — {company.nafLabel}
            </dd>
            <dt>Commune</dt>
            <dd>
              {company.communeName}
              {company.postalCode ? ` (${company.postalCode})` : ""}
            </dd>
            <dt>Effectif</dt>
            <dd>{headcountLabel(company.headcountBand)}</dd>
            <dt>Charte</dt>
            <dd>{signature ? `Signée le ${formatDate(signature.signedAt)} (version ${signature.version})` : "Non signée"}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="team-title">
          <h2 id="team-title">Équipe</h2>
          {can(actor, "company:view-private", { companyId: company.id }) ? (
            <ul>
              {members.map((m) => (
                <li key={m.id}>
                  {m.firstName} {m.lastName}
                  {m.jobTitle ? `, ${m.jobTitle}` : ""} — <span className="muted">{m.role === "admin" ? "administrateur" : "membre"}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      </div>
      <section className="card" style={{ marginTop: "1rem" }} aria-labelledby="next-title">
        <h2 id="next-title">Acheteur et fournisseur</h2>
        <p>
          Sur Circuit Court, chaque entreprise est à la fois acheteuse et fournisseuse : publiez vos besoins d&apos;achat pour trouver des fournisseurs du
          territoire, et répondez aux besoins publiés par les autres signataires.
        </p>
        {company.isLargeBuyer ? (
          <p>En tant que donneur d&apos;ordre, vos besoins sont présentés aux TPE et PME locales dont l&apos;activité correspond.</p>
        ) : null}
      </section>
    </div>
  );
}
