import type { Metadata } from "next";
import { ExportMenu } from "@/app/_components/dashboards/export-menu";
import { PeriodForm } from "@/app/_components/dashboards/period-form";
import { requirePermission } from "@/lib/auth/guard";
import { parsePeriod, periodLabel } from "@/lib/dashboards/period";
import { territoryStatistics } from "@/lib/dashboards/figures";
import { EXPORT_TABLES } from "@/lib/exports/tables";
import { can } from "@/lib/auth/actor";
import { ActivityFigures } from "./_components/activity-figures";
import { AxesBreakdown } from "./_components/axes-breakdown";
import { EventFigures } from "./_components/event-figures";
import { InnovationFigures } from "@/app/mecenat/_components/innovation-figures";
import { NetworkFigures } from "./_components/network-figures";
import { OperationsFigures } from "./_components/operations-figures";

export const metadata: Metadata = { title: "Statistiques du territoire — Back-office CCI" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function TerritoryStatsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("dashboard:territory");
  const raw = await searchParams;
  // Figures of a period at most a minute old, shared by staff (lib/dashboards/figures.ts).
  const data = await territoryStatistics(actor, parsePeriod({ du: one(raw.du), au: one(raw.au) }));
  const tables = EXPORT_TABLES.filter((t) => t.scope === "platform" && can(actor, t.permission));
  return (
    <div className="page">
      <div className="page-header page-header--actions">
        <div>
          <h1>Statistiques du territoire</h1>
          <p>
            L&apos;activité de la plateforme {periodLabel(data.period)} : réseau des entreprises, besoins et achats de tous les acheteurs, part locale
            (fournisseurs situés dans l&apos;EPCI du territoire), modération et e-mails. Montants hors taxes.
          </p>
        </div>
        <ExportMenu tables={tables} period={data.period} />
      </div>
      <PeriodForm period={data.period} />
      <NetworkFigures data={data} />
      <ActivityFigures data={data} />
      <EventFigures period={data.period} />
      <InnovationFigures period={data.period} />
      <AxesBreakdown period={data.period} />
      <OperationsFigures data={data} />
    </div>
  );
}
