import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { ExportMenu } from "@/app/_components/dashboards/export-menu";
import { PeriodForm } from "@/app/_components/dashboards/period-form";
import { activeCompany } from "@/lib/auth/actor";
import { noCompanyTarget, pageAccess, requireActor } from "@/lib/auth/guard";
import { periodLabel } from "@/lib/dashboards/period";
import { loadBuyerDashboard } from "@/lib/dashboards/service";
import { parseDashboardParams, type SearchParams } from "@/lib/dashboards/url-state";
import { EXPORT_TABLES } from "@/lib/exports/tables";
import { EventFigures } from "./_components/event-figures";
import { NeedFigures } from "./_components/need-figures";
import { PurchaseFigures } from "./_components/purchase-figures";

export const metadata: Metadata = { title: "Mon tableau de bord" };

export default async function BuyerDashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const params = parseDashboardParams(await searchParams);
  const companyId = params.companyId ?? activeCompany(actor)?.companyId;
  if (!companyId) redirect(noCompanyTarget(actor));
  const data = await pageAccess(() => loadBuyerDashboard(getDb(), actor, companyId, params.period));
  const company = actor.memberships.find((m) => m.companyId === companyId);
  const own = params.companyId ? params.companyId : undefined;
  return (
    <div className="page">
      <div className="page-header page-header--actions">
        <div>
          <h1>Mon tableau de bord</h1>
          <p>
            Les achats de {company?.companyName ?? "votre entreprise"} passés par Circuit Court, {periodLabel(data.period)} : montants attribués, part confiée
            aux entreprises du territoire et aux PME, réponses reçues. Montants hors taxes ; une attribution annulée ne compte pas ; une réponse groupée est
            répartie entre co-traitants selon leur part.
          </p>
        </div>
        <ExportMenu tables={EXPORT_TABLES.filter((t) => t.scope === "company")} period={data.period} companyId={own} />
      </div>
      <PeriodForm period={data.period} radius={params.radius} hidden={own ? { entreprise: own } : {}} />
      <PurchaseFigures data={data} radius={params.radius} companyId={own} />
      <NeedFigures data={data} companyId={own} />
      <EventFigures companyId={companyId} period={data.period} />
    </div>
  );
}
