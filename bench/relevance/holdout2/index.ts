/**
 * The second held-out trade catalogue: 8 trades written after the model of 2026-12-07 was chosen, by authors who saw
 * neither the other catalogues, nor the ranking code, nor its vocabulary; kept apart to measure what a set nobody tuned
 * on gives. `npm run eval:matching -- --catalogue held-out-2` scores it. The order is the generator's.
 */
import type { Trade } from "../catalogue/types";
import { trade as assurancesCourtage } from "./assurances-courtage";
import { trade as etudesMarche } from "./etudes-marche";
import { trade as hygieneSanitaires } from "./hygiene-sanitaires";
import { trade as mobiliteSalaries } from "./mobilite-salaries";
import { trade as reemploiReconditionnement } from "./reemploi-reconditionnement";
import { trade as secourismeMateriel } from "./secourisme-materiel";
import { trade as sonVoix } from "./son-voix";
import { trade as voyagesSeminaires } from "./voyages-seminaires";

export const HELD_OUT_2_TRADES: readonly Trade[] = [
  assurancesCourtage,
  etudesMarche,
  hygieneSanitaires,
  mobiliteSalaries,
  reemploiReconditionnement,
  secourismeMateriel,
  sonVoix,
  voyagesSeminaires,
];
