import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { buyerPublishedNeeds, buyerPurchaseNeeds, type NeedFilter, type PurchaseFilter } from "@/lib/dashboards/reads";
import { NeedStatusBadge } from "@/app/besoins/_components/need-status-badge";
import { activeCompany, can } from "@/lib/auth/actor";
import { noCompanyTarget, requireActor } from "@/lib/auth/guard";
import { formatAmount, formatPurchases } from "@/lib/dashboards/format";
import { monthLabel, periodLabel, periodQuery, type Period } from "@/lib/dashboards/period";
import { ensureDashboardTerritory } from "@/lib/dashboards/territory-sync";
import { parseDashboardParams, type SearchParams } from "@/lib/dashboards/url-state";
import { formatDate, formatDateTime } from "@/lib/format";
import type { NeedStatus } from "@/lib/needs/state-machine";
import { NAF_SECTIONS } from "@/lib/naf/sections";

export const metadata: Metadata = { title: "Besoins derrière un chiffre — Mon tableau de bord" };

const NEED_FILTERS: Record<NeedFilter, string> = {
  all: "besoins publiés",
  unanswered: "besoins sans réponse",
  "three-local": "besoins avec au moins 3 réponses locales",
  awarded: "besoins attribués",
};

/** What the purchase filter says, in words. */
function describe(f: PurchaseFilter): string {
  const parts: string[] = [];
  if (f.month) parts.push(`en ${monthLabel(f.month)}`);
  if (f.section) parts.push(`famille « ${NAF_SECTIONS.find((s) => s.code === f.section)?.label ?? f.section} »`);
  if (f.epci !== undefined) parts.push(f.epci ? `fournisseurs de l'EPCI ${f.epci}` : "fournisseurs d'EPCI inconnu");
  if (f.commune) parts.push(`fournisseurs de la commune ${f.commune}`);
  if (f.local !== undefined) parts.push(f.local ? "fournisseurs du territoire" : "fournisseurs hors territoire");
  if (f.sme !== undefined) parts.push(f.sme ? "PME" : "hors PME");
  if (f.withinKm) parts.push(`fournisseurs à moins de ${f.withinKm} km`);
  return parts.length ? parts.join(", ") : "tous les achats";
}

export default async function DashboardNeedsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const params = parseDashboardParams(await searchParams);
  const companyId = params.companyId ?? activeCompany(actor)?.companyId;
  if (!companyId) redirect(noCompanyTarget(actor));
  if (!can(actor, "dashboard:buyer", { companyId })) forbidden();
  const db = getDb();
  await ensureDashboardTerritory(db);
  const own = params.companyId;
  const back = `/tableau-de-bord?${periodQuery(params.period, { entreprise: own, rayon: params.radius })}`;
  const needPeriod: Period = params.purchases.month ? { from: params.purchases.month, to: params.purchases.month } : params.period;
  return (
    <div className="page">
      <div className="page-header">
        <p>
          <Link href={back}>← Retour au tableau de bord</Link>
        </p>
        <h1>{params.needs ? `Les ${NEED_FILTERS[params.needs]}` : "Les besoins derrière ces achats"}</h1>
        <p>
          {params.needs ? `Publiés ${periodLabel(needPeriod)}.` : `Achats attribués ${periodLabel(params.period)} : ${describe(params.purchases)}.`} Les 200
          premiers.
        </p>
      </div>
      {params.needs ? (
        <PublishedNeeds rows={await buyerPublishedNeeds(db, companyId, needPeriod, params.needs)} />
      ) : (
        <PurchaseNeeds rows={await buyerPurchaseNeeds(db, companyId, params.period, params.purchases)} />
      )}
    </div>
  );
}

function PurchaseNeeds({ rows }: { rows: Awaited<ReturnType<typeof buyerPurchaseNeeds>> }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Tableau (défilement horizontal possible)">
      <table>
        <caption className="visually-hidden">Besoins et montants attribués</caption>
        <thead>
          <tr>
            <th scope="col">Besoin</th>
            <th scope="col">Statut</th>
            <th scope="col" className="num">
              Montant HT retenu
            </th>
            <th scope="col" className="num">
              Achats
            </th>
            <th scope="col">Dernière attribution</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={5}>Aucun besoin ne correspond.</td>
            </tr>
          ) : null}
          {rows.map((r) => (
            <tr key={r.needId}>
              <td>
                <Link href={`/besoins/${r.needId}`}>{r.title}</Link>
              </td>
              <td>
                <NeedStatusBadge status={r.status as NeedStatus} />
              </td>
              <td className="num">{formatAmount(r.amount)}</td>
              <td className="num">{formatPurchases(r.purchases)}</td>
              <td>{formatDate(r.lastAwardedOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PublishedNeeds({ rows }: { rows: Awaited<ReturnType<typeof buyerPublishedNeeds>> }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Tableau (défilement horizontal possible)">
      <table>
        <caption className="visually-hidden">Besoins publiés et réponses reçues</caption>
        <thead>
          <tr>
            <th scope="col">Besoin</th>
            <th scope="col">Statut</th>
            <th scope="col">Publié le</th>
            <th scope="col" className="num">
              Réponses
            </th>
            <th scope="col" className="num">
              Dont locales
            </th>
            <th scope="col">Première réponse</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={6}>Aucun besoin ne correspond.</td>
            </tr>
          ) : null}
          {rows.map((r) => (
            <tr key={r.needId}>
              <td>
                <Link href={`/besoins/${r.needId}`}>{r.title}</Link>
              </td>
              <td>
                <NeedStatusBadge status={r.status as NeedStatus} />
              </td>
              <td>{formatDate(r.publishedAt)}</td>
              <td className="num">{r.answers}</td>
              <td className="num">{r.localAnswers}</td>
              <td>{r.firstAnswerAt ? formatDateTime(r.firstAnswerAt) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
