/** Supplies and repairs: laundry, IT repair, equipment rental, industrial and office supplies, vehicle servicing. */
import type { Activity } from "./activity";

export const SUPPLIES_AND_REPAIRS: Activity[] = [
  {
    naf: "96.01A",
    weight: 1,
    names: ["Blanchisserie {lieu}", "{lieu} Linge Services"],
    descriptions: ["Blanchisserie industrielle : location-entretien de linge et de vêtements de travail pour l'hôtellerie et la santé."],
  },
  {
    naf: "95.11Z",
    weight: 1,
    names: ["{lieu} Micro Services", "Répar'Info {lieu}"],
    descriptions: ["Réparation et reconditionnement d'ordinateurs et d'imprimantes, dépannage sur site."],
  },
  {
    naf: "77.39Z",
    weight: 2,
    names: ["{lieu} Location", "Loc' Matériel {lieu}", "{nom} Location"],
    descriptions: ["Location de matériel de chantier, d'équipements événementiels et de modules préfabriqués."],
  },
  {
    naf: "46.69B",
    weight: 2,
    names: ["{lieu} Fournitures Industrielles", "{nom} Équipements", "Comptoir {lieu}"],
    descriptions: ["Distribution de fournitures industrielles, EPI et outillage, livrés sous 24 heures."],
  },
  {
    naf: "47.62Z",
    weight: 1,
    names: ["Papeterie {nom}", "Bureau {lieu}"],
    descriptions: ["Fournitures de bureau et papeterie, livraison aux entreprises et aux écoles."],
  },
  {
    naf: "45.20A",
    weight: 2,
    names: ["Garage {nom}", "{lieu} Auto Services"],
    descriptions: ["Entretien et réparation de flottes de véhicules d'entreprise, véhicules électriques compris."],
  },
];
