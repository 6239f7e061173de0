/** The three kinds of opportunity, one search page each: purchasing needs, innovation challenges, skills sponsorship. */
import Link from "next/link";

const TABS = [
  { href: "/opportunites", label: "Besoins d'achat" },
  { href: "/opportunites/defis", label: "Défis d'innovation" },
  { href: "/opportunites/mecenat", label: "Mécénat de compétences" },
] as const;

export function SearchTabs({ current }: { current: (typeof TABS)[number]["href"] }) {
  return (
    <nav aria-label="Type d'opportunité" className="status-filters">
      <ul>
        {TABS.map((t) => (
          <li key={t.href}>
            <Link href={t.href} aria-current={t.href === current ? "page" : undefined}>
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
