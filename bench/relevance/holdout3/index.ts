/**
 * The third held-out trade catalogue: 8 trades written by an author who saw neither the other catalogues, nor the
 * ranking code, nor its vocabulary; kept apart to measure the engine on trades it was never tuned on. The order is
 * the generator's.
 */
import type { Trade } from "../catalogue/types";
import { trade as douaneTransitInternational } from "./douane-transit-international";
import { trade as electroniqueCablage } from "./electronique-cablage";
import { trade as logicielsGestionDematerialisation } from "./logiciels-gestion-dematerialisation";
import { trade as mesuresEnvironnementIcpe } from "./mesures-environnement-icpe";
import { trade as plasturgieComposites } from "./plasturgie-composites";
import { trade as relationsSocialesCse } from "./relations-sociales-cse";
import { trade as servicesPortuairesNautiques } from "./services-portuaires-nautiques";
import { trade as sousTraitanceInclusive } from "./sous-traitance-inclusive";

export const HELD_OUT_3_TRADES: readonly Trade[] = [
  douaneTransitInternational,
  electroniqueCablage,
  logicielsGestionDematerialisation,
  mesuresEnvironnementIcpe,
  plasturgieComposites,
  relationsSocialesCse,
  servicesPortuairesNautiques,
  sousTraitanceInclusive,
];
