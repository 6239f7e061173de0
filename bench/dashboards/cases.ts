/** The dashboards' queries the bench times: each as implemented (rollups) and naive (base tables). */
import type { Db } from "../../db/client";
import { buyerBreakdown, buyerMonths, buyerNeedMonths } from "../../db/queries/dashboards/buyer";
import * as naive from "../../db/queries/dashboards/naive";
import { activeBuyers, companiesInvolved, territoryBreakdown, territoryMonths, territoryNeedMonths, territoryQuarters } from "../../db/queries/dashboards/territory";
import { addMonths, type Period } from "../../lib/dashboards/period";

export type Dashboard = "acheteur" | "CCI" | "baromètre";

export interface Case {
  dashboard: Dashboard;
  name: string;
  /** Run for a buyer (buyer dashboard) or once (territory-wide). */
  fast: (db: Db, buyerId: string) => Promise<unknown>;
  slow: ((db: Db, buyerId: string) => Promise<unknown>) | null;
}

export function cases(period: Period): Case[] {
  const current = period.to;
  const quarterStart = addMonths(current, -((Number(current.slice(5)) - 1) % 3));
  const eight: Period = { from: addMonths(quarterStart, -21), to: current };
  return [
    { dashboard: "acheteur", name: "totaux et mois (part locale, ≤ N km, PME)", fast: (db, id) => buyerMonths(db, id, period), slow: (db, id) => naive.naiveBuyerMonths(db, id, period) },
    { dashboard: "acheteur", name: "par famille d'activité", fast: (db, id) => buyerBreakdown(db, id, period, "section"), slow: (db, id) => naive.naiveBuyerBreakdown(db, id, period, "section") },
    { dashboard: "acheteur", name: "par EPCI", fast: (db, id) => buyerBreakdown(db, id, period, "epci"), slow: (db, id) => naive.naiveBuyerBreakdown(db, id, period, "epci") },
    { dashboard: "acheteur", name: "par commune", fast: (db, id) => buyerBreakdown(db, id, period, "commune"), slow: (db, id) => naive.naiveBuyerBreakdown(db, id, period, "commune") },
    { dashboard: "acheteur", name: "besoins et réponses", fast: (db, id) => buyerNeedMonths(db, id, period), slow: (db, id) => naive.naiveBuyerNeedMonths(db, id, period) },
    { dashboard: "CCI", name: "part locale par mois", fast: (db) => territoryMonths(db, period), slow: (db) => naive.naiveTerritoryMonths(db, period) },
    { dashboard: "CCI", name: "par famille d'activité", fast: (db) => territoryBreakdown(db, period, "section"), slow: (db) => naive.naiveTerritoryBreakdown(db, period, "section") },
    { dashboard: "CCI", name: "par EPCI", fast: (db) => territoryBreakdown(db, period, "epci"), slow: (db) => naive.naiveTerritoryBreakdown(db, period, "epci") },
    { dashboard: "CCI", name: "besoins publiés / répondus / attribués", fast: (db) => territoryNeedMonths(db, period), slow: (db) => naive.naiveTerritoryNeedMonths(db, period) },
    { dashboard: "CCI", name: "acheteurs actifs", fast: (db) => activeBuyers(db, period), slow: (db) => naive.naiveActiveBuyers(db, period) },
    { dashboard: "baromètre", name: "8 trimestres (part locale, besoins, entreprises)", fast: (db) => territoryQuarters(db, eight), slow: (db) => naive.naiveTerritoryQuarters(db, eight) },
    // The naive side of the suppression test is already inside the 8 quarters above (distinct counts).
    { dashboard: "baromètre", name: "secret statistique (≥ 5 entreprises ?)", fast: (db) => companiesInvolved(db, period), slow: null },
  ];
}
