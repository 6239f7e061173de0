/** Engineering: technical design offices, architects, building diagnostics. */
import type { Activity } from "./activity";

export const ENGINEERING: Activity[] = [
  {
    naf: "71.12B",
    weight: 4,
    names: ["{lieu} Ingénierie", "BET {nom}", "{nom} Études Techniques", "Ingé {lieu}"],
    descriptions: [
      "Bureau d'études techniques : structure, fluides et thermique, maîtrise d'œuvre d'exécution.",
      "Ingénierie industrielle, études de procédés et assistance à maîtrise d'ouvrage.",
    ],
  },
  {
    naf: "71.11Z",
    weight: 2,
    names: ["Atelier d'architecture {nom}", "{lieu} Architectes", "{nom} Architecture"],
    descriptions: ["Architecture tertiaire et industrielle, réhabilitation et aménagement intérieur."],
  },
  {
    naf: "71.20B",
    weight: 2,
    names: ["{lieu} Diagnostics", "{nom} Contrôle Technique", "Expertise {lieu}"],
    descriptions: ["Diagnostics amiante et plomb, contrôles réglementaires et vérifications périodiques des installations."],
  },
];
