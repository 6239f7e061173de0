import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { findCompanyCard } from "@/lib/companies/reads";
import { requireCompanyMember } from "@/lib/auth/guard";
import { territoryName } from "@/lib/geo/territory-name";
import { createOfferAction } from "../actions";
import { OfferForm } from "../_components/offer-form";

export const metadata: Metadata = { title: "Proposer une offre" };

export default async function NewOfferPage() {
  const { company } = await requireCompanyMember("offer:create");
  const db = getDb();
  const [card, territory] = await Promise.all([findCompanyCard(db, company.companyId), territoryName(db)]);
  if (!card) notFound();
  return (
    <div className="page page--narrow">
      <div className="page-header">
        <h1>Proposer une offre</h1>
        <p>
          Décrivez un produit ou un service de {company.companyName}. Après validation par la CCI, l&apos;offre paraît sur la fiche publique de votre
          entreprise. Les champs marqués d&apos;un astérisque (*) sont obligatoires.
        </p>
      </div>
      <OfferForm
        action={createOfferAction}
        defaults={{ area: { kind: "radius", radiusKm: 30 } }}
        photos={[]}
        communeName={card.communeName}
        territoryName={territory}
        submitLabel="Enregistrer le brouillon"
      />
    </div>
  );
}
