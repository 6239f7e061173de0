/** Industry: printing, machine maintenance, precision machining, metalwork. */
import type { Activity } from "./activity";

export const INDUSTRY: Activity[] = [
  {
    naf: "18.12Z",
    weight: 2,
    names: ["Imprimerie {nom}", "{lieu} Impression", "Imprimerie {delieu}"],
    descriptions: ["Impression offset et numérique : documents commerciaux, signalétique et packaging, papiers certifiés."],
  },
  {
    naf: "33.12Z",
    weight: 2,
    names: ["{nom} Maintenance Industrielle", "{lieu} Maintenance", "Méca Service {lieu}"],
    descriptions: ["Maintenance et réparation de machines industrielles, dépannage sur site 24 h/24."],
  },
  {
    naf: "25.62B",
    weight: 3,
    names: ["Usinage {nom}", "{lieu} Mécanique de Précision", "{nom} Usinage CN"],
    descriptions: [
      "Usinage de précision en petites et moyennes séries, tournage et fraisage à commande numérique.",
      "Mécanique générale et pièces de rechange à l'unité pour l'industrie et l'aéronautique.",
    ],
  },
  {
    naf: "25.11Z",
    weight: 2,
    names: ["Métallerie {nom}", "{lieu} Chaudronnerie", "{nom} Serrurerie Métallerie"],
    descriptions: ["Chaudronnerie, métallerie et serrurerie : charpentes, garde-corps, passerelles et mobilier acier."],
  },
];
