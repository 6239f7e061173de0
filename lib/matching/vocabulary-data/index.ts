/**
 * The trade vocabulary of matching, kept as data: groups of expressions that buyers and suppliers use for
 * the same thing (« traduction assermentée » ~ « traducteur juré », « ménage des bureaux » ~ « nettoyage de
 * locaux professionnels »). When a need's text contains one expression of a group, the others are added to
 * its query with a lower weight (query expansion), so a supplier who words its trade differently is still
 * found. lib/matching/vocabulary.ts reads it; docs/MATCHING.md explains the rule.
 *
 * How to write an expression:
 * - folded: lower case, no accents, words separated by single spaces, apostrophes as spaces (« d intrusion »);
 * - singular: a final « s » or « x » of each word is tolerated in the need (« espace vert » finds « espaces
 *   verts », « de » finds « des »), but not the other way round; a plural in -aux is written as its own
 *   expression (« produit local » and « produit locaux », « reseau social » and « reseau sociaux »);
 * - several words rather than one: a single word evokes its group only from the title, and must name one
 *   trade unambiguously (« plombier », « pentest », « caces »); « sécurité », « entretien », « maintenance »,
 *   « installation », « location », « contrat », « service », « conseil », « audit » alone are too vague;
 * - in one group only, and each group about one trade: a group drags all its expressions into the query;
 * - an expression inside a longer one found at the same place does not evoke its own group (« nettoyage »
 *   inside « nettoyage de vitres », « chariot élévateur » inside « formation chariot élévateur »): a longer
 *   expression in another group is the way to send a phrase to the right trade.
 * tests/unit/matching-vocabulary.test.ts checks that every expression is folded and in one group only.
 */
import { LANGUAGES } from "./languages";
import { IMAGE_AND_SOUND } from "./image-and-sound";
import { DOCUMENTS_PRINT_PROMOTION } from "./documents-print-promotion";
import { BUILDING_SERVICES } from "./building-services";
import { BUILDING_TRADES } from "./building-trades";
import { BUILDING_FLUIDS_AND_ENERGY } from "./building-fluids-and-energy";
import { BUILDING_INSPECTIONS_AND_STUDIES } from "./building-inspections-and-studies";
import { PUBLIC_SPACES_AND_ROADS } from "./public-spaces-and-roads";
import { INDUSTRY } from "./industry";
import { DIGITAL } from "./digital";
import { COMMUNICATION_RECEPTION_EVENTS } from "./communication-reception-events";
import { TRAINING_AND_WORK_HEALTH } from "./training-and-work-health";
import { ACCOUNTING_LAW_FINANCE } from "./accounting-law-finance";
import { HR_CONSULTING_REAL_ESTATE } from "./hr-consulting-real-estate";
import { LAUNDRY_CLOTHING_PROTECTION } from "./laundry-clothing-protection";
import { OFFICE } from "./office";
import { FOOD } from "./food";
import { VEHICLES_AND_FLEETS } from "./vehicles-and-fleets";
import { TRANSPORT_STORAGE_WASTE } from "./transport-storage-waste";
import { BUILDING_ENVELOPE_AND_ACCESS } from "./building-envelope-and-access";
import { SITE_SURVEYS_AND_WORKS } from "./site-surveys-and-works";
import { EVENT_SERVICES } from "./event-services";
import { WORKPLACE_SERVICES } from "./workplace-services";
import { INDUSTRIAL_SUPPLIES } from "./industrial-supplies";
import { INDUSTRIAL_PROCESSES_AND_ENGINEERING } from "./industrial-processes-and-engineering";
import { INDUSTRIAL_AUTOMATION_AND_TESTING } from "./industrial-automation-and-testing";
import { IT_TELECOM_AND_SOFTWARE } from "./it-telecom-and-software";
import { HR_AND_INCLUSION_SERVICES } from "./hr-and-inclusion-services";
import { LEGAL_FINANCE_AND_EXPORT } from "./legal-finance-and-export";
import { AGRICULTURE_CONTRACT_MANUFACTURING_AND_LABS } from "./agriculture-contract-manufacturing-and-labs";
import { ENVIRONMENT_AND_DANGEROUS_GOODS } from "./environment-and-dangerous-goods";
import { PACKAGING_MATERIALS_AND_ELECTRONICS } from "./packaging-materials-and-electronics";
import { PORT_AND_MARINE_SERVICES } from "./port-and-marine-services";
import { SITE_PROTECTION_CLEANING_AND_EQUIPMENT } from "./site-protection-cleaning-and-equipment";
import { FARMING_MATERIALS_AND_MANUFACTURING } from "./farming-materials-and-manufacturing";
import { UTILITIES_AND_CONSTRUCTION } from "./utilities-and-construction";
import { WHOLESALE_TRANSPORT_HOSPITALITY } from "./wholesale-transport-hospitality";
import { MEDIA_IT_FINANCE_INSURANCE } from "./media-it-finance-insurance";
import { BUSINESS_SERVICES } from "./business-services";
import { TRAINING_CARE_CULTURE_REPAIR } from "./training-care-culture-repair";
import { FARM_FOOD_AND_MANUFACTURING_MORE } from "./farm-food-and-manufacturing-more";
import { ENERGY_WATER_WASTE_AND_WORKS_MORE } from "./energy-water-waste-and-works-more";
import { FLEETS_SUPPLIES_TRANSPORT_HOSPITALITY_MORE } from "./fleets-supplies-transport-hospitality-more";
import { MEDIA_IT_FINANCE_INSURANCE_MORE } from "./media-it-finance-insurance-more";
import { BUSINESS_SERVICES_MORE } from "./business-services-more";
import { TRAINING_CARE_CULTURE_REPAIR_MORE } from "./training-care-culture-repair-more";

/** The groups of every section, in this order: expansions follow the vocabulary's order. */
export const TRADE_VOCABULARY: readonly (readonly string[])[] = [
  ...LANGUAGES,
  ...IMAGE_AND_SOUND,
  ...DOCUMENTS_PRINT_PROMOTION,
  ...BUILDING_SERVICES,
  ...BUILDING_TRADES,
  ...BUILDING_FLUIDS_AND_ENERGY,
  ...BUILDING_INSPECTIONS_AND_STUDIES,
  ...PUBLIC_SPACES_AND_ROADS,
  ...INDUSTRY,
  ...DIGITAL,
  ...COMMUNICATION_RECEPTION_EVENTS,
  ...TRAINING_AND_WORK_HEALTH,
  ...ACCOUNTING_LAW_FINANCE,
  ...HR_CONSULTING_REAL_ESTATE,
  ...LAUNDRY_CLOTHING_PROTECTION,
  ...OFFICE,
  ...FOOD,
  ...VEHICLES_AND_FLEETS,
  ...TRANSPORT_STORAGE_WASTE,
  ...BUILDING_ENVELOPE_AND_ACCESS,
  ...SITE_SURVEYS_AND_WORKS,
  ...EVENT_SERVICES,
  ...WORKPLACE_SERVICES,
  ...INDUSTRIAL_SUPPLIES,
  ...INDUSTRIAL_PROCESSES_AND_ENGINEERING,
  ...INDUSTRIAL_AUTOMATION_AND_TESTING,
  ...IT_TELECOM_AND_SOFTWARE,
  ...HR_AND_INCLUSION_SERVICES,
  ...LEGAL_FINANCE_AND_EXPORT,
  ...AGRICULTURE_CONTRACT_MANUFACTURING_AND_LABS,
  ...ENVIRONMENT_AND_DANGEROUS_GOODS,
  ...PACKAGING_MATERIALS_AND_ELECTRONICS,
  ...PORT_AND_MARINE_SERVICES,
  ...SITE_PROTECTION_CLEANING_AND_EQUIPMENT,
  ...FARMING_MATERIALS_AND_MANUFACTURING,
  ...UTILITIES_AND_CONSTRUCTION,
  ...WHOLESALE_TRANSPORT_HOSPITALITY,
  ...MEDIA_IT_FINANCE_INSURANCE,
  ...BUSINESS_SERVICES,
  ...TRAINING_CARE_CULTURE_REPAIR,
  ...FARM_FOOD_AND_MANUFACTURING_MORE,
  ...ENERGY_WATER_WASTE_AND_WORKS_MORE,
  ...FLEETS_SUPPLIES_TRANSPORT_HOSPITALITY_MORE,
  ...MEDIA_IT_FINANCE_INSURANCE_MORE,
  ...BUSINESS_SERVICES_MORE,
  ...TRAINING_CARE_CULTURE_REPAIR_MORE,
];
