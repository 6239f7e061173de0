/**
 * Trade vocabulary groups — Laundry, clothing and protective equipment: laundries, workwear, personal protective equipment.
 * Part of TRADE_VOCABULARY (./index.ts, which says how to write an expression), in its order.
 */
export const LAUNDRY_CLOTHING_PROTECTION: readonly (readonly string[])[] = [
  [
    "blanchisserie",
    "pressing",
    "location de linge",
    "linge professionnel",
    "location de vetement de travail",
    "entretien de vetement de travail",
    "location entretien de linge",
    "lavage de linge",
    "linge plat",
    "blanchisseur",
  ],
  [
    "vetement de travail",
    "tenue de travail",
    "vetement professionnel",
    "tenue professionnelle",
    "habillement professionnel",
    "chaussure de securite",
    "bleu de travail",
    "vetement haute visibilite",
    "uniforme",
    "blouse",
    "tenue de cuisine",
  ],
  [
    "epi",
    "equipement de protection individuelle",
    "gant de protection",
    "gant de travail",
    "casque de chantier",
    "lunette de protection",
    "protection auditive",
    "protection respiratoire",
    "harnais antichute",
    "masque ffp2",
  ],
];
