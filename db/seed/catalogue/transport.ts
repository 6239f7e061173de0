/** Transport: road freight, removals, couriers. */
import type { Activity } from "./activity";

export const TRANSPORT: Activity[] = [
  {
    naf: "49.41A",
    weight: 3,
    names: ["Transports {nom}", "{lieu} Fret", "{nom} Logistique"],
    descriptions: [
      "Transport routier de marchandises en lots complets et partiels, messagerie régionale.",
      "Transport de marchandises sous température dirigée et livraisons urbaines en véhicules électriques.",
    ],
  },
  {
    naf: "49.42Z",
    weight: 1,
    names: ["Déménagements {nom}", "{lieu} Déménagement"],
    descriptions: ["Transferts d'entreprises, déménagement de bureaux et d'archives, garde-meubles."],
  },
  {
    naf: "53.20Z",
    weight: 2,
    names: ["Coursiers {lieu}", "{lieu} Express", "Vélo Courses {lieu}"],
    descriptions: ["Coursiers à vélo cargo et en utilitaire électrique pour les plis, colis et livraisons du dernier kilomètre."],
  },
];
