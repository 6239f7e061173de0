import type { Metadata } from "next";
import { getDb } from "@/lib/db";
import { companyMembers } from "@/lib/companies/reads";
import { findEpci } from "@/lib/geo/reads";
import { requireCompanyMember } from "@/lib/auth/guard";
import { territoryConfig } from "@/lib/config/territory";
import { createNeedAction } from "../actions";
import { NeedForm } from "../_components/need-form";

export const metadata: Metadata = { title: "Publier un besoin" };

export default async function NewNeedPage() {
  const { actor, company } = await requireCompanyMember("need:create");
  const db = getDb();
  const territory = territoryConfig();
  const [members, epci] = await Promise.all([companyMembers(db, company.companyId), findEpci(db, territory.epciCode)]);
  return (
    <div className="page page--narrow">
      <div className="page-header">
        <h1>Publier un besoin</h1>
        <p>
          Décrivez votre achat : l&apos;équipe de la CCI le valide, puis il est présenté aux fournisseurs locaux dont l&apos;activité correspond. Les champs
          marqués d&apos;un astérisque (*) sont obligatoires.
        </p>
      </div>
      <NeedForm
        action={createNeedAction}
        defaults={{ contactUserId: actor.userId, perimeter: { kind: "radius", radiusKm: 30 } }}
        members={members.map((m) => ({ id: m.id, name: `${m.firstName} ${m.lastName}` }))}
        attachments={[]}
        territoryName={territory.displayName ?? epci?.name ?? "territoire"}
        submitLabel="Enregistrer le brouillon"
      />
    </div>
  );
}
