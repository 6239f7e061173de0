/** Facility services: cleaning, green spaces, security guarding, waste collection and recycling. */
import type { Activity } from "./activity";

export const FACILITY_SERVICES: Activity[] = [
  {
    naf: "81.21Z",
    weight: 5,
    names: ["{lieu} Propreté", "Net {lieu}", "{nom} Nettoyage", "Clean {lieu} Services"],
    descriptions: [
      "Nettoyage de bureaux, de commerces et de parties communes, en journée ou en horaires décalés.",
      "Entretien courant des locaux professionnels, remise en état après travaux et fourniture de consommables.",
    ],
  },
  {
    naf: "81.22Z",
    weight: 2,
    names: ["{lieu} Nettoyage Industriel", "Vitres & Façades {lieu}", "{nom} Hygiène Industrielle"],
    descriptions: ["Nettoyage industriel, lavage de vitres en hauteur et décapage de sols techniques."],
  },
  {
    naf: "81.30Z",
    weight: 4,
    names: ["Jardins {delieu}", "{nom} Paysage", "{lieu} Espaces Verts", "Les Jardiniers {delieu}"],
    descriptions: [
      "Création et entretien d'espaces verts pour entreprises et collectivités, gestion différenciée sans pesticides.",
      "Élagage, débroussaillement obligatoire et entretien des abords de sites industriels.",
    ],
  },
  {
    naf: "80.10Z",
    weight: 2,
    names: ["{lieu} Sécurité", "Garde {lieu}", "{nom} Sécurité Privée"],
    descriptions: ["Surveillance humaine, gardiennage de sites, sécurité incendie (SSIAP) et contrôle d'accès pour événements."],
  },
  {
    naf: "38.11Z",
    weight: 1,
    names: ["{lieu} Collecte", "Tri {lieu} Environnement"],
    descriptions: ["Collecte des déchets non dangereux des entreprises : cartons, papiers, biodéchets et déchets de chantier."],
  },
  {
    naf: "38.32Z",
    weight: 1,
    names: ["{lieu} Recyclage", "Récup' {lieu}", "{nom} Valorisation"],
    descriptions: ["Tri et valorisation de déchets : métaux, bois, palettes et matériel informatique en fin de vie."],
  },
];
