/** The fourth held-out trade catalogue: 10 trades written blind (see bench/relevance/README.md). The order is the generator's. */
import type { Trade } from "../catalogue/types";
import { trade as desamiantageDepollution } from "./desamiantage-depollution";
import { trade as controleNonDestructif } from "./controle-non-destructif";
import { trade as geotechniqueForage } from "./geotechnique-forage";
import { trade as transfertIndustrielManutention } from "./transfert-industriel-manutention";
import { trade as echafaudageAccesHauteur } from "./echafaudage-acces-hauteur";
import { trade as portesPortailsClotures } from "./portes-portails-clotures";
import { trade as marquageVoirieParkings } from "./marquage-voirie-parkings";
import { trade as affutageOutilsCoupants } from "./affutage-outils-coupants";
import { trade as pesageMetrologie } from "./pesage-metrologie";
import { trade as airComprime } from "./air-comprime";

export const HELD_OUT_4_TRADES: readonly Trade[] = [
  desamiantageDepollution,
  controleNonDestructif,
  geotechniqueForage,
  transfertIndustrielManutention,
  echafaudageAccesHauteur,
  portesPortailsClotures,
  marquageVoirieParkings,
  affutageOutilsCoupants,
  pesageMetrologie,
  airComprime,
];
