/**
 * The trade catalogue of the evaluation set, one file per trade (specialties, how companies describe
 * themselves, needs as buyers write them). The order is the generator's: changing it changes the set.
 */
import type { Trade } from "./types";
import { trade as traduction } from "./traduction";
import { trade as photoVideo } from "./photo-video";
import { trade as archivesDestruction } from "./archives-destruction";
import { trade as nettoyage } from "./nettoyage";
import { trade as nuisibles } from "./nuisibles";
import { trade as espacesVerts } from "./espaces-verts";
import { trade as securite } from "./securite";
import { trade as informatique } from "./informatique";
import { trade as impressionSignaletique } from "./impression-signaletique";
import { trade as formation } from "./formation";
import { trade as menuiserie } from "./menuiserie";
import { trade as toiture } from "./toiture";
import { trade as peintureFacade } from "./peinture-facade";
import { trade as electricite } from "./electricite";
import { trade as plomberieChauffage } from "./plomberie-chauffage";
import { trade as climatisationFroid } from "./climatisation-froid";
import { trade as maconnerieGrosOeuvre } from "./maconnerie-gros-oeuvre";
import { trade as metallerieSerrurerie } from "./metallerie-serrurerie";
import { trade as platrerieRevetementsSols } from "./platrerie-revetements-sols";
import { trade as diagnosticIngenierieBatiment } from "./diagnostic-ingenierie-batiment";
import { trade as usinage } from "./usinage";
import { trade as chaudronnerieSoudure } from "./chaudronnerie-soudure";
import { trade as equipementCuisinePro } from "./equipement-cuisine-pro";
import { trade as restaurationTraiteur } from "./restauration-traiteur";
import { trade as transportMarchandises } from "./transport-marchandises";
import { trade as transportVoyageurs } from "./transport-voyageurs";
import { trade as dechets } from "./dechets";
import { trade as laboratoiresAnalyses } from "./laboratoires-analyses";
import { trade as evenementiel } from "./evenementiel";
import { trade as emballage } from "./emballage";
import { trade as comptabiliteAudit } from "./comptabilite-audit";
import { trade as juridique } from "./juridique";
import { trade as rhRecrutement } from "./rh-recrutement";
import { trade as communicationMarketing } from "./communication-marketing";
import { trade as mobilierFournituresBureau } from "./mobilier-fournitures-bureau";
import { trade as telecomReseaux } from "./telecom-reseaux";
import { trade as energieRse } from "./energie-rse";
import { trade as vetementsLingePro } from "./vetements-linge-pro";
import { trade as ascenseursSecuriteIncendie } from "./ascenseurs-securite-incendie";
import { trade as vehiculesFlottes } from "./vehicules-flottes";

export const TRADES: readonly Trade[] = [
  traduction,
  photoVideo,
  archivesDestruction,
  nettoyage,
  nuisibles,
  espacesVerts,
  securite,
  informatique,
  impressionSignaletique,
  formation,
  menuiserie,
  toiture,
  peintureFacade,
  electricite,
  plomberieChauffage,
  climatisationFroid,
  maconnerieGrosOeuvre,
  metallerieSerrurerie,
  platrerieRevetementsSols,
  diagnosticIngenierieBatiment,
  usinage,
  chaudronnerieSoudure,
  equipementCuisinePro,
  restaurationTraiteur,
  transportMarchandises,
  transportVoyageurs,
  dechets,
  laboratoiresAnalyses,
  evenementiel,
  emballage,
  comptabiliteAudit,
  juridique,
  rhRecrutement,
  communicationMarketing,
  mobilierFournituresBureau,
  telecomReseaux,
  energieRse,
  vetementsLingePro,
  ascenseursSecuriteIncendie,
  vehiculesFlottes,
];
