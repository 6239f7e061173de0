/** Opportunities besides purchasing needs that a user may choose to be alerted of. Imports nothing: the preferences form reads it. */
export const EXTRA_ALERT_KINDS = [
  { value: "challenges", label: "Les défis d'innovation des grandes entreprises" },
  { value: "skills", label: "Le mécénat de compétences (experts proposés, compétences demandées)" },
] as const;
