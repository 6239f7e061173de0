/**
 * The held-out trade catalogue: 20 trades written apart from bench/relevance/catalogue/ (by authors who saw
 * neither it nor the ranking code) and never used to choose the model's weights or vocabulary.
 * `npm run eval:matching -- --catalogue held-out` scores it. The order is the generator's.
 */
import type { Trade } from "../catalogue/types";
import { trade as agencementBois } from "./agencement-bois";
import { trade as automatismesIndustriels } from "./automatismes-industriels";
import { trade as coursiersLogistiqueUrbaine } from "./coursiers-logistique-urbaine";
import { trade as distributionAutomatique } from "./distribution-automatique";
import { trade as fermeturesBatiment } from "./fermetures-batiment";
import { trade as fournituresIndustrielles } from "./fournitures-industrielles";
import { trade as geometreTopographie } from "./geometre-topographie";
import { trade as gestionDocumentaire } from "./gestion-documentaire";
import { trade as imageEntreprise } from "./image-entreprise";
import { trade as interpretariatTraduction } from "./interpretariat-traduction";
import { trade as locationMateriel } from "./location-materiel";
import { trade as preventionSanteTravail } from "./prevention-sante-travail";
import { trade as propreteSpecialisee } from "./proprete-specialisee";
import { trade as prototypageFabricationAdditive } from "./prototypage-fabrication-additive";
import { trade as servicesAuxSalaries } from "./services-aux-salaries";
import { trade as sonorisationEvenementielle } from "./sonorisation-evenementielle";
import { trade as traitementEau } from "./traitement-eau";
import { trade as traitementSurface } from "./traitement-surface";
import { trade as vegetalDecoration } from "./vegetal-decoration";
import { trade as vitrerieMiroiterie } from "./vitrerie-miroiterie";

export const HELD_OUT_TRADES: readonly Trade[] = [
  agencementBois,
  automatismesIndustriels,
  coursiersLogistiqueUrbaine,
  distributionAutomatique,
  fermeturesBatiment,
  fournituresIndustrielles,
  geometreTopographie,
  gestionDocumentaire,
  imageEntreprise,
  interpretariatTraduction,
  locationMateriel,
  preventionSanteTravail,
  propreteSpecialisee,
  prototypageFabricationAdditive,
  servicesAuxSalaries,
  sonorisationEvenementielle,
  traitementEau,
  traitementSurface,
  vegetalDecoration,
  vitrerieMiroiterie,
];
