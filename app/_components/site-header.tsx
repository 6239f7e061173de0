/** Header: brand, navigation for the role, and who is signed in (company and role). */
import Link from "next/link";
import { getActor } from "@/lib/auth/session";
import { activeCompany } from "@/lib/auth/actor";
import { navFor, roleLabel } from "@/lib/navigation";
import { signOutAction } from "@/app/(auth)/actions";
import { NavLinks } from "./nav-links";

export async function SiteHeader() {
  const actor = await getActor();
  const company = activeCompany(actor);
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          <span className="brand__mark" aria-hidden="true">CC</span>
          <span>Circuit Court<span className="brand__sub">Achats locaux entre entreprises</span></span>
        </Link>
        <NavLinks items={navFor(actor)} />
        <div className="user-box">
          {actor ? (
            <>
              <p className="user-box__who" data-testid="signed-in-as">
                <span className="user-box__company">{company?.companyName ?? "CCI Aix-Marseille-Provence"}</span>
                {actor.firstName} {actor.lastName} · <span>{roleLabel(actor)}</span>
              </p>
              <Link href="/preferences-notification" className="button button--link">Notifications</Link>
              <form action={signOutAction}>
                <button type="submit" className="button button--secondary button--small">Se déconnecter</button>
              </form>
            </>
          ) : (
            <Link href="/connexion" className="button button--small">Se connecter</Link>
          )}
        </div>
      </div>
    </header>
  );
}
