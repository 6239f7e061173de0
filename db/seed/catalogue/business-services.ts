/** Business services: design, communication, photography, accounting, consulting, temp work, events, training. */
import type { Activity } from "./activity";

export const BUSINESS_SERVICES: Activity[] = [
  {
    naf: "74.10Z",
    weight: 2,
    names: ["Studio {nom}", "{lieu} Design", "Atelier Graphique {lieu}"],
    descriptions: ["Design graphique et identité visuelle, signalétique et conception d'objets."],
  },
  {
    naf: "73.11Z",
    weight: 2,
    names: ["Agence {lieu}", "{lieu} Communication", "{nom} & Associés Communication"],
    descriptions: ["Agence de communication : stratégie, campagnes, réseaux sociaux et relations presse."],
  },
  {
    naf: "74.20Z",
    weight: 1,
    names: ["{nom} Photographie", "Studio Photo {lieu}"],
    descriptions: ["Photographie d'entreprise, reportages industriels et portraits des équipes."],
  },
  {
    naf: "69.20Z",
    weight: 3,
    names: ["Cabinet {nom}", "{lieu} Expertise Comptable", "{nom} & Associés"],
    descriptions: ["Expertise comptable, social et conseil aux dirigeants de TPE et PME."],
  },
  {
    naf: "70.22Z",
    weight: 3,
    names: ["{lieu} Conseil", "{nom} Consultants", "Cap {lieu} Conseil"],
    descriptions: [
      "Conseil en organisation, accompagnement RSE et stratégie achats responsables.",
      "Conseil aux dirigeants : financement, croissance externe et transmission d'entreprise.",
    ],
  },
  {
    naf: "78.20Z",
    weight: 1,
    names: ["{lieu} Intérim", "Intérim {nom}"],
    descriptions: ["Travail temporaire dans le BTP, la logistique et l'industrie, recrutement de profils qualifiés."],
  },
  {
    naf: "82.30Z",
    weight: 2,
    names: ["{lieu} Événements", "{nom} Events", "Agence Événementielle {lieu}"],
    descriptions: ["Organisation de séminaires, salons, conventions et soirées d'entreprise clés en main."],
  },
  {
    naf: "85.59A",
    weight: 3,
    names: ["{lieu} Formation", "{nom} Formation Conseil", "Institut {lieu} Compétences"],
    descriptions: [
      "Formation professionnelle certifiée Qualiopi : sécurité, management et habilitations électriques.",
      "Formations courtes en bureautique, langues et prévention des risques, en inter et intra-entreprise.",
    ],
  },
];
