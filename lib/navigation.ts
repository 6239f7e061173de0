/** The navigation each role sees. Hiding a link is comfort only: every page checks on the server. */
import { activeCompany, can, type Actor } from "./auth/actor";

export interface NavItem { href: string; label: string }

export function navFor(actor: Actor | null): NavItem[] {
  const items: NavItem[] = [{ href: "/", label: "Accueil" }, { href: "/annuaire", label: "Annuaire" }];
  const company = activeCompany(actor);
  if (company && can(actor, "company:use-space", { companyId: company.companyId })) {
    items.push({ href: "/espace", label: "Mon espace" });
    items.push({ href: "/mon-entreprise", label: "Ma fiche" });
    items.push({ href: "/offres", label: "Mes offres" });
    items.push({ href: "/besoins", label: "Mes besoins" });
    items.push({ href: "/opportunites", label: "Opportunités" });
    items.push({ href: "/reponses", label: "Mes réponses" });
    items.push({ href: "/tableau-de-bord", label: "Tableau de bord" });
  }
  if (can(actor, "staff:access")) {
    items.push({ href: "/cci", label: "Back-office CCI" });
    items.push({ href: "/cci/moderation", label: "Modération" });
    items.push({ href: "/cci/entreprises", label: "Entreprises" });
    items.push({ href: "/cci/journal", label: "Journal d'audit" });
    items.push({ href: "/cci/emails", label: "E-mails" });
    items.push({ href: "/cci/ponderations", label: "Pondérations" });
    items.push({ href: "/cci/sirene", label: "Import SIRENE" });
    items.push({ href: "/cci/statistiques", label: "Statistiques" });
    items.push({ href: "/cci/evenements", label: "Événements" });
  }
  items.push({ href: "/evenements", label: "Rendez-vous d'affaires" });
  items.push({ href: "/barometre", label: "Baromètre" });
  if (!actor) items.push({ href: "/inscription", label: "Inscrire mon entreprise" });
  return items;
}

/** How the header names the actor's role. */
export function roleLabel(actor: Actor): string {
  if (actor.platformRole === "staff") return "Équipe CCI";
  const company = activeCompany(actor);
  if (!company) return "Sans entreprise";
  return company.role === "admin" ? "Administrateur de l'entreprise" : "Membre de l'entreprise";
}
