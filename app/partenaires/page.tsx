import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/guard";
import { myPartners } from "@/lib/partners/space";

export const metadata: Metadata = { title: "Mes réseaux partenaires" };

/** The way into a partner space for its staff: straight in when the person works for one network, a list otherwise. */
export default async function MyPartnersPage() {
  const actor = await requireActor();
  const partners = await myPartners(actor);
  if (partners.length === 1) redirect(`/partenaires/${partners[0].id}`);
  return (
    <div className="page">
      <div className="page-header">
        <h1>Mes réseaux partenaires</h1>
        <p>Les réseaux dont vous faites partie de l&apos;équipe : besoins à transmettre à vos adhérents, relais et tableau de bord.</p>
      </div>
      {partners.length === 0 ? (
        <div className="card">
          <p>Vous ne faites partie de l&apos;équipe d&apos;aucun réseau partenaire. La CCI ajoute les comptes de l&apos;équipe d&apos;un réseau.</p>
        </div>
      ) : (
        <ul>
          {partners.map((p) => (
            <li key={p.id}>
              <Link href={`/partenaires/${p.id}`}>{p.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
