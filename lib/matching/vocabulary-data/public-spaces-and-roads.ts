/**
 * Trade vocabulary groups — Public spaces and roads: earthworks, road marking, street sweeping, snow clearing, street furniture,
 * playgrounds.
 * Part of TRADE_VOCABULARY (./index.ts, which says how to write an expression), in its order.
 */
export const PUBLIC_SPACES_AND_ROADS: readonly (readonly string[])[] = [
  [
    "terrassement",
    "terrassier",
    "vrd",
    "voirie et reseau divers",
    "travaux public",
    "voirie",
    "enrobe",
    "pose d enrobe",
    "creation de parking",
    "amenagement de parking",
    "pose de bordure",
    "pavage",
    "travaux d assainissement",
  ],
  [
    "marquage au sol",
    "signalisation horizontale",
    "tracage de parking",
    "peinture routiere",
    "marquage de parking",
    "signalisation routiere",
    "tracage au sol",
    "panneau de signalisation",
  ],
  ["balayage mecanique", "balayeuse", "nettoyage de voirie", "proprete urbaine", "nettoyage de parking", "ramassage de feuille"],
  ["deneigement", "salage", "viabilite hivernale", "sel de deneigement", "deneigement de parking"],
  ["mobilier urbain", "banc public", "abri velo", "abri bus", "corbeille de rue", "potelet", "arceau velo", "range velo", "jardiniere"],
  ["aire de jeu", "jeu pour enfant", "structure de jeu", "city stade", "terrain multisport", "sol amortissant", "controle d aire de jeu"],
];
