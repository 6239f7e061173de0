/** The fixed demo accounts (README, sign-in page, e2e tests) and the password and e-mail domain they share. */

export const DEMO_PASSWORD = "Demo-Circuit-2026";
export const DEMO_EMAIL_DOMAIN = "demo.circuit-court.fr";

export interface DemoAccount {
  email: string;
  firstName: string;
  lastName: string;
  jobTitle: string;
  platformRole: "user" | "staff";
  /** Trade name of the company the account administers; null for CCI staff. */
  company: string | null;
  /** Who this account is, in French, for the README and the sign-in page. */
  role: string;
  /** What to try with it, in French. */
  tryThis: string;
}

/** Fixed accounts listed in the README and used by e2e tests; all share DEMO_PASSWORD. */
export const DEMO_ACCOUNTS = {
  buyer: {
    email: `acheteur@${DEMO_EMAIL_DOMAIN}`,
    firstName: "Julien",
    lastName: "Ferrand",
    jobTitle: "Directeur des achats",
    platformRole: "user",
    company: "Groupe Méridien Énergie",
    role: "Acheteur d'un grand groupe privé (Groupe Méridien Énergie, Marseille).",
    tryThis: "Ouvrir « Mon espace » : fiche de l'entreprise (badge donneur d'ordre), équipe, charte signée.",
  },
  publicBuyer: {
    email: `acheteuse.publique@${DEMO_EMAIL_DOMAIN}`,
    firstName: "Sophie",
    lastName: "Marchetti",
    jobTitle: "Responsable de la commande publique",
    platformRole: "user",
    company: "Centre hospitalier intercommunal des Calanques",
    role: "Acheteuse publique (Centre hospitalier intercommunal des Calanques, Marseille).",
    tryThis: "Ouvrir « Mon espace » d'un acheteur public (badges donneur d'ordre et acheteur public).",
  },
  supplier: {
    email: `fournisseur@${DEMO_EMAIL_DOMAIN}`,
    firstName: "Antoine",
    lastName: "Roux",
    jobTitle: "Gérant",
    platformRole: "user",
    company: "Menuiserie Roux & Fils",
    role: "Dirigeant d'une TPE de menuiserie (Menuiserie Roux & Fils, Aubagne).",
    tryThis: "Ouvrir « Mon espace » d'une TPE vérifiée ; constater que le back-office CCI lui est refusé (403).",
  },
  supplier2: {
    email: `fournisseuse@${DEMO_EMAIL_DOMAIN}`,
    firstName: "Nadia",
    lastName: "Benali",
    jobTitle: "Présidente",
    platformRole: "user",
    company: "Propreté Azur Services",
    role: "Dirigeante d'une PME de nettoyage (Propreté Azur Services, La Ciotat).",
    tryThis: "Ouvrir « Mon espace » d'une PME (administratrice de son entreprise).",
  },
  staff: {
    email: `cci@${DEMO_EMAIL_DOMAIN}`,
    firstName: "Camille",
    lastName: "Martin",
    jobTitle: "Chargée de mission achats responsables",
    platformRole: "staff",
    company: null,
    role: "Chargée de mission à la CCI (équipe de la plateforme).",
    tryThis: "Back-office CCI : vérifier les entreprises en attente, désigner un donneur d'ordre, lire le journal d'audit.",
  },
  staff2: {
    email: `cci2@${DEMO_EMAIL_DOMAIN}`,
    firstName: "Karim",
    lastName: "Haddad",
    jobTitle: "Chargé de mission mise en relation",
    platformRole: "staff",
    company: null,
    role: "Chargé de mission à la CCI (second compte de l'équipe).",
    tryThis: "Agir en parallèle du premier compte CCI ; chaque décision est tracée à son nom dans le journal.",
  },
} as const satisfies Record<string, DemoAccount>;
