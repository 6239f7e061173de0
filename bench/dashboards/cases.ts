/**
 * The dashboards' reads the bench times, each as implemented (rollups) and naive (base tables). The buyer
 * dashboard is one case because the page reads it in one call (dash_buyer); its naive side is the five
 * queries a page would run on the base tables, one after the other (`slowParallel`: all at once on the pool).
 */
import type { Db } from "../../db/client";
import { buyerFigures } from "../../db/queries/dashboards/buyer";
import * as naive from "./naive";
import {
  activeBuyers,
  companiesInvolved,
  territoryBreakdown,
  territoryMonths,
  territoryNeedMonths,
  territoryQuarters,
} from "../../db/queries/dashboards/territory";
import { addMonths, type Period } from "../../lib/dashboards/period";

export type Dashboard = "acheteur" | "CCI" | "baromètre";
type Read = (db: Db, buyerId: string) => Promise<unknown>;

export interface Case {
  dashboard: Dashboard;
  name: string;
  /** Run for a buyer (buyer dashboard) or once (territory-wide). */
  fast: Read;
  slow: Read | null;
  slowParallel?: Read;
}

export function cases(period: Period): Case[] {
  const current = period.to;
  const quarterStart = addMonths(current, -((Number(current.slice(5)) - 1) % 3));
  const eight: Period = { from: addMonths(quarterStart, -21), to: current };
  return [
    {
      dashboard: "acheteur",
      name: "tout le tableau de bord (mois, part locale, ≤ N km, PME, familles, EPCI, communes, besoins)",
      fast: (db, id) => buyerFigures(db, id, period),
      slow: (db, id) => naive.naiveBuyerFigures(db, id, period),
      slowParallel: (db, id) => naive.naiveBuyerFigures(db, id, period, true),
    },
    { dashboard: "CCI", name: "part locale par mois", fast: (db) => territoryMonths(db, period), slow: (db) => naive.naiveTerritoryMonths(db, period) },
    {
      dashboard: "CCI",
      name: "par famille d'activité",
      fast: (db) => territoryBreakdown(db, period, "section"),
      slow: (db) => naive.naiveTerritoryBreakdown(db, period, "section"),
    },
    {
      dashboard: "CCI",
      name: "par EPCI",
      fast: (db) => territoryBreakdown(db, period, "epci"),
      slow: (db) => naive.naiveTerritoryBreakdown(db, period, "epci"),
    },
    {
      dashboard: "CCI",
      name: "besoins publiés / répondus / attribués",
      fast: (db) => territoryNeedMonths(db, period),
      slow: (db) => naive.naiveTerritoryNeedMonths(db, period),
    },
    { dashboard: "CCI", name: "acheteurs actifs", fast: (db) => activeBuyers(db, period), slow: (db) => naive.naiveActiveBuyers(db, period) },
    {
      dashboard: "baromètre",
      name: "8 trimestres (part locale, besoins, entreprises)",
      fast: (db) => territoryQuarters(db, eight),
      slow: (db) => naive.naiveTerritoryQuarters(db, eight),
    },
    // The naive side of the suppression test is already inside the 8 quarters above (distinct counts).
    { dashboard: "baromètre", name: "secret statistique (≥ 5 entreprises ?)", fast: (db) => companiesInvolved(db, period), slow: null },
  ];
}
