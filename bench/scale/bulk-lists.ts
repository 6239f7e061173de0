/**
 * The fixed lists the bulk load draws from: the shares of live needs by state, and the common words its
 * descriptions, titles and offers are made of.
 */

/** Live needs by state (shares of `needs`): every state of the life cycle is present. */
export const NEED_STATES: [state: string, share: number][] = [
  ["draft", 0.08],
  ["submitted", 0.04],
  ["changes_requested", 0.02],
  ["rejected", 0.02],
  ["published", 0.3],
  ["closed", 0.14],
  ["awarded", 0.25],
  ["unsuccessful", 0.08],
  ["cancelled", 0.07],
];

export const WORDS = [
  "entreprise",
  "service",
  "qualité",
  "clients",
  "projet",
  "réalisation",
  "prestations",
  "professionnels",
  "expérience",
  "équipe",
  "solutions",
  "conseil",
  "accompagnement",
  "intervention",
  "travaux",
  "délais",
  "devis",
  "provence",
  "marseille",
  "installation",
  "entretien",
  "maintenance",
  "fourniture",
  "étude",
  "suivi",
  "gestion",
  "technique",
  "matériel",
  "chantier",
  "savoir-faire",
  "sécurité",
  "environnement",
  "réactivité",
  "proximité",
  "garantie",
  "normes",
  "certifiée",
  "local",
];
