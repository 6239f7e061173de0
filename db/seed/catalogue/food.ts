/** Food and drink: restaurants, caterers, bakeries, wine estates. */
import type { Activity } from "./activity";

export const FOOD: Activity[] = [
  {
    naf: "56.10A",
    weight: 3,
    names: ["Le Bistrot {delieu}", "Chez {nom}", "La Table {delieu}", "L'Escale {lieu}"],
    descriptions: ["Restaurant de cuisine provençale faite maison, privatisation pour repas d'affaires et séminaires."],
  },
  {
    naf: "56.21Z",
    weight: 3,
    names: ["{lieu} Traiteur", "Traiteur {nom}", "Saveurs {delieu}", "Les Délices {delieu}"],
    descriptions: [
      "Traiteur pour entreprises : plateaux-repas, cocktails et buffets à partir de produits locaux.",
      "Restauration événementielle et réceptions, de 10 à 800 convives, avec une offre zéro déchet.",
    ],
  },
  {
    naf: "10.71C",
    weight: 2,
    names: ["Boulangerie {nom}", "Au Pain {delieu}", "Fournil {lieu}"],
    descriptions: ["Boulangerie-pâtisserie artisanale : livraison de viennoiseries et plateaux pour réunions."],
  },
  {
    naf: "11.02B",
    weight: 1,
    names: ["Domaine {delieu}", "Château {nom}", "Mas {nom}"],
    descriptions: ["Domaine viticole en appellation Coteaux d'Aix et Côtes de Provence : coffrets cadeaux d'entreprise et visites de cave."],
  },
];
