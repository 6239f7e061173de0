import type { Trade } from "../catalogue/types";
import { trade as recouvrementCreditClient } from "./recouvrement-credit-client";
import { trade as financementSubventions } from "./financement-subventions";
import { trade as immobilierEntreprise } from "./immobilier-entreprise";
import { trade as equipementMedical } from "./equipement-medical";
import { trade as approvisionnementAlimentaire } from "./approvisionnement-alimentaire";
import { trade as qualiteConformite } from "./qualite-conformite";
import { trade as architectureMaitriseOeuvre } from "./architecture-maitrise-oeuvre";
import { trade as carburantsLubrifiants } from "./carburants-lubrifiants";
import { trade as demenagementStockage } from "./demenagement-stockage";
import { trade as accueilSecretariat } from "./accueil-secretariat";

/** The sixth held-out trade catalogue: 10 trades written blind (see bench/relevance/README.md). The order is the generator's. */
export const HELD_OUT_6_TRADES: readonly Trade[] = [
  recouvrementCreditClient,
  financementSubventions,
  immobilierEntreprise,
  equipementMedical,
  approvisionnementAlimentaire,
  qualiteConformite,
  architectureMaitriseOeuvre,
  carburantsLubrifiants,
  demenagementStockage,
  accueilSecretariat,
];
