import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { activeCompany } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/guard";
import { formatDate } from "@/lib/format";
import { opportunitiesForSupplier } from "@/lib/matching/service";
import { mayBrowseOpportunities } from "@/lib/needs/viewer";
import { MatchParts, ScoreBadge } from "@/app/_components/match-parts";

export const metadata: Metadata = { title: "Opportunités pour vous" };

/** The supplier's side of matching: open needs ranked by the same score, with the reasons. */
export default async function ForYouPage() {
  const actor = await requireActor();
  const company = activeCompany(actor);
  if (!company) redirect("/opportunites");
  const db = getDb();
  if (!(await mayBrowseOpportunities(db, actor))) redirect("/opportunites");
  const items = await opportunitiesForSupplier(db, company.companyId, 30);
  return (
    <div className="page">
      <div className="page-header">
        <h1>Opportunités pour vous</h1>
        <p>
          Les besoins ouverts où {company.companyName} figure parmi les fournisseurs suggérés aux acheteurs, du mieux classé au moins bien classé.
          <Link href="/methode-de-classement"> Comment le score est calculé</Link> · <Link href="/opportunites">Toutes les opportunités</Link> ·{" "}
          <Link href="/preferences-notification">Recevoir des alertes</Link>
        </p>
      </div>
      {items.length === 0 ? (
        <div className="card">
          <p>
            Aucun besoin ouvert ne vous est suggéré pour l&apos;instant. Complétez votre <Link href="/mon-entreprise">fiche</Link> (activités secondaires, zone
            d&apos;intervention) et publiez des <Link href="/offres">offres</Link> pour être mieux trouvé.
          </p>
        </div>
      ) : (
        <ol className="results">
          {items.map((o) => (
            <li key={o.needId} className="card">
              <div className="match-row">
                <div />
                <div>
                  <h2 className="h3">
                    <Link href={`/besoins/${o.needId}`}>{o.title}</Link>
                  </h2>
                  <p className="muted">
                    {o.buyerName} · {o.communeName} · réponses jusqu&apos;au {formatDate(o.responseDeadline)}
                  </p>
                  <MatchParts parts={o.parts} />
                </div>
                <div className="match-side">
                  <ScoreBadge score={o.score} />
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
