/** Footer: who runs the platform, and the trust pages every visitor must reach from any page. */
import Link from "next/link";

export const FOOTER_LINKS = [
  { href: "/mentions-legales", label: "Mentions légales" },
  { href: "/confidentialite", label: "Confidentialité" },
  { href: "/cgu", label: "Conditions d'utilisation" },
  { href: "/accessibilite", label: "Accessibilité : partiellement conforme" },
  { href: "/mes-donnees", label: "Mes données" },
  { href: "/contact", label: "Contact" },
] as const;

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          Circuit Court — une initiative de la CCI Aix-Marseille-Provence, dans l&apos;esprit du Metropolitan Business Act et du Pacte PME. Classements publics
          et identiques pour toutes les entreprises.
        </p>
        <nav aria-label="Informations légales">
          <ul className="site-footer__links">
            {FOOTER_LINKS.map((l) => (
              <li key={l.href}>
                <Link href={l.href}>{l.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
