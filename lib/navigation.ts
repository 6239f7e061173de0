/**
 * The navigation each role sees. Hiding a link is comfort only: every page checks on the server.
 * Items name the area (menu) they belong to; an item without one is a link of its own in the bar. To add a
 * page, push an item with its area: the header groups them, in the order of NAV_AREAS then of pushing.
 */
import { activeCompany, can, type Actor } from "./auth/actor";

export type NavArea = "buy" | "sell" | "company" | "staff" | "territory";

export interface NavItem {
  href: string;
  label: string;
  /** The menu it sits in; none: a link of its own in the bar. */
  area?: NavArea;
}

/** The menus, in the order the header shows them. */
export const NAV_AREAS: readonly { id: NavArea; label: string }[] = [
  { id: "buy", label: "Acheter" },
  { id: "sell", label: "Vendre" },
  { id: "company", label: "Mon entreprise" },
  { id: "staff", label: "CCI" },
  { id: "territory", label: "Territoire" },
];

export interface NavMenu {
  id: NavArea;
  label: string;
  items: NavItem[];
}

/** What the role does not say: the person works for a partner network (read from partner_staff by the header). */
export interface NavContext {
  partnerStaff?: boolean;
}

export function navFor(actor: Actor | null, context: NavContext = {}): NavItem[] {
  const items: NavItem[] = [];
  if (!actor) items.push({ href: "/", label: "Accueil" });
  const company = activeCompany(actor);
  if (company && can(actor, "company:use-space", { companyId: company.companyId })) {
    items.push({ href: "/tableau-de-bord", label: "Tableau de bord" });
    items.push({ href: "/espace", label: "Mon espace", area: "company" });
    items.push({ href: "/besoins", label: "Mes besoins", area: "buy" });
    items.push({ href: "/besoins/import", label: "Importer un plan d'achats", area: "buy" });
    items.push({ href: "/opportunites", label: "Opportunités", area: "sell" });
    items.push({ href: "/reponses", label: "Mes réponses", area: "sell" });
    items.push({ href: "/offres", label: "Mes offres", area: "sell" });
    items.push({ href: "/mon-entreprise", label: "Ma fiche", area: "company" });
    items.push({ href: "/mon-entreprise/equipe", label: "Équipe", area: "company" });
    if (can(actor, "company:manage-api", { companyId: company.companyId })) items.push({ href: "/mon-entreprise/api", label: "Accès API", area: "company" });
  }
  // A network's staff (Cress, CPME…) often have no company here: their space is a link of its own then.
  if (actor && context.partnerStaff) items.push({ href: "/partenaires", label: "Mon réseau partenaire", area: company ? "company" : undefined });
  // Notifications are per person: in the company's menu, the staff's for CCI accounts, else a link of its own.
  if (actor) {
    items.push({
      href: "/preferences-notification",
      label: "Préférences de notification",
      area: company ? "company" : can(actor, "staff:access") ? "staff" : undefined,
    });
  }
  if (can(actor, "staff:access")) {
    items.push({ href: "/cci", label: "Back-office CCI", area: "staff" });
    items.push({ href: "/cci/moderation", label: "Modération", area: "staff" });
    items.push({ href: "/cci/entreprises", label: "Entreprises", area: "staff" });
    items.push({ href: "/cci/journal", label: "Journal d'audit", area: "staff" });
    items.push({ href: "/cci/emails", label: "E-mails", area: "staff" });
    items.push({ href: "/cci/ponderations", label: "Pondérations", area: "staff" });
    items.push({ href: "/cci/sirene", label: "Import SIRENE", area: "staff" });
    items.push({ href: "/cci/statistiques", label: "Statistiques", area: "staff" });
    items.push({ href: "/cci/evenements", label: "Événements", area: "staff" });
    items.push({ href: "/cci/mecenat", label: "Missions à valider", area: "staff" });
    items.push({ href: "/cci/partenaires", label: "Réseaux partenaires", area: "staff" });
  }
  items.push({ href: "/annuaire", label: "Annuaire", area: "territory" });
  items.push({ href: "/evenements", label: "Rendez-vous d'affaires", area: "territory" });
  items.push({ href: "/defis", label: "Défis d'innovation", area: "territory" });
  // Skills missions are for signed-in accounts only: the page sends a visitor to sign-in, so no dead-end link.
  if (actor) items.push({ href: "/mecenat", label: "Mécénat de compétences", area: "territory" });
  items.push({ href: "/barometre", label: "Baromètre", area: "territory" });
  if (!actor) items.push({ href: "/inscription", label: "Inscrire mon entreprise" });
  return items;
}

/** Splits the items into the bar's own links and one menu per area that has items, in NAV_AREAS order. */
export function groupNav(items: NavItem[]): { links: NavItem[]; menus: NavMenu[] } {
  return {
    links: items.filter((i) => !i.area),
    menus: NAV_AREAS.map((a) => ({ ...a, items: items.filter((i) => i.area === a.id) })).filter((m) => m.items.length > 0),
  };
}

/** The item the current path belongs to: the longest href that is the path or one of its parents. */
export function currentItem(items: NavItem[], pathname: string): NavItem | undefined {
  return items
    .filter((i) => (i.href === "/" ? pathname === "/" : pathname === i.href || pathname.startsWith(i.href + "/")))
    .sort((a, b) => b.href.length - a.href.length)[0];
}

/** How the header names the actor's role. */
export function roleLabel(actor: Actor): string {
  if (can(actor, "staff:access")) return "Équipe CCI";
  const company = activeCompany(actor);
  if (!company) return "Sans entreprise";
  return company.role === "admin" ? "Administrateur de l'entreprise" : "Membre de l'entreprise";
}
