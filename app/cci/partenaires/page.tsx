import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { countOf } from "@/lib/format";
import { PARTNER_KIND_LABELS } from "@/lib/partners/kinds";
import { partnersForStaff } from "@/lib/partners/space";
import { addStaffAction, createPartnerAction } from "./actions";
import { AddStaffForm, CreatePartnerForm } from "./partner-forms";

export const metadata: Metadata = { title: "Réseaux partenaires" };

/** CCI staff: the partner networks that relay needs to their members (docs/PARTNERS.md). */
export default async function PartnersPage() {
  const actor = await requirePermission("partner:manage");
  const partners = await partnersForStaff(actor);
  return (
    <div className="page">
      <div className="page-header">
        <h1>Réseaux partenaires</h1>
        <p>Les réseaux (Cress, organisations patronales, chambres…) qui transmettent les besoins publiés à leurs adhérents.</p>
      </div>
      <section className="card" aria-labelledby="new-partner-title">
        <h2 id="new-partner-title">Nouveau réseau</h2>
        <CreatePartnerForm action={createPartnerAction} />
      </section>
      <section style={{ marginTop: "1rem" }} aria-labelledby="partners-title">
        <h2 id="partners-title">Réseaux ({partners.length})</h2>
        {partners.length === 0 ? (
          <p className="muted">Aucun réseau pour l&apos;instant.</p>
        ) : (
          partners.map((p) => (
            <article key={p.id} className="card" style={{ marginTop: "0.75rem" }} data-testid="partner">
              <h3>
                <Link href={`/partenaires/${p.id}`}>{p.name}</Link>
              </h3>
              <p className="muted">
                {PARTNER_KIND_LABELS[p.kind]} · {countOf(p.members, "adhérent", "adhérents")} · équipe : {countOf(p.staff, "personne", "personnes")}
              </p>
              <AddStaffForm action={addStaffAction.bind(null, p.id)} partnerName={p.name} />
            </article>
          ))
        )}
      </section>
    </div>
  );
}
