"use client";
/** Main navigation links; marks the current page for assistive technologies (aria-current). */
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "@/lib/navigation";

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const current = items
    .filter((i) => (i.href === "/" ? pathname === "/" : pathname === i.href || pathname.startsWith(i.href + "/")))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav className="main-nav" aria-label="Navigation principale">
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={item === current ? "page" : undefined}>{item.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
