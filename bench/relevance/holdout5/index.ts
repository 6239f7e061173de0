/** The fifth held-out trade catalogue: 10 trades written blind (see bench/relevance/README.md). The order is the generator's. */
import type { Trade } from "../catalogue/types";
import { trade as hydrocurage } from "./hydrocurage";
import { trade as protectionFoudre } from "./protection-foudre";
import { trade as hydrauliqueIndustrielle } from "./hydraulique-industrielle";
import { trade as sellerieTapisserie } from "./sellerie-tapisserie";
import { trade as appareilsLevage } from "./appareils-levage";
import { trade as rayonnageStockage } from "./rayonnage-stockage";
import { trade as travauxEnHauteur } from "./travaux-en-hauteur";
import { trade as airesDeJeux } from "./aires-de-jeux";
import { trade as prestationsVinicoles } from "./prestations-vinicoles";
import { trade as vehiculesIndustriels } from "./vehicules-industriels";

export const HELD_OUT_5_TRADES: readonly Trade[] = [
  hydrocurage,
  protectionFoudre,
  hydrauliqueIndustrielle,
  sellerieTapisserie,
  appareilsLevage,
  rayonnageStockage,
  travauxEnHauteur,
  airesDeJeux,
  prestationsVinicoles,
  vehiculesIndustriels,
];
