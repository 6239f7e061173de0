/** What a contact message is about: the form's choices and the staff e-mail's subject (safe for the browser). */
export const CONTACT_TOPICS = {
  question: "Une question sur la plateforme",
  compte: "Mon compte ou mon entreprise",
  donnees: "Mes données personnelles (RGPD)",
  accessibilite: "Un problème d'accessibilité",
  signalement: "Signaler un contenu ou un abus",
  autre: "Autre",
} as const;
export type ContactTopic = keyof typeof CONTACT_TOPICS;
