/**
 * Header: brand, navigation for the role grouped in menus per area, and who is signed in (company and role).
 * Below 1100 px the navigation and the account box move into one « Menu » panel (nav-links.tsx).
 */
import Link from "next/link";
import { getActor } from "@/lib/auth/session";
import { activeCompany } from "@/lib/auth/actor";
import { groupNav, navFor, roleLabel } from "@/lib/navigation";
import { myPartners } from "@/lib/partners/space";
import { signOutAction } from "@/app/(auth)/actions";
import { AccountMenu, NavLinks } from "./nav-links";

export async function SiteHeader() {
  const actor = await getActor();
  const company = activeCompany(actor);
  const partnerStaff = actor ? (await myPartners(actor)).length > 0 : false;
  const { links, menus } = groupNav(navFor(actor, { partnerStaff }));
  const who = actor ? (
    <>
      <span className="user-box__company">{company?.companyName ?? "CCI Aix-Marseille-Provence"}</span>
      {actor.firstName} {actor.lastName} · <span>{roleLabel(actor)}</span>
    </>
  ) : null;
  const signOut = (
    <form action={signOutAction}>
      <button type="submit" className="button button--secondary button--small">
        Se déconnecter
      </button>
    </form>
  );
  const signIn = (
    <Link href="/connexion" className="button button--small">
      Se connecter
    </Link>
  );
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            CC
          </span>
          <span>
            Circuit Court<span className="brand__sub">Achats locaux entre entreprises</span>
          </span>
        </Link>
        <NavLinks
          links={links}
          menus={menus}
          account={
            actor ? (
              <>
                <p className="user-box__who">{who}</p>
                {signOut}
              </>
            ) : (
              signIn
            )
          }
        />
        <div className="user-box">
          {actor ? (
            <AccountMenu
              who={
                <span className="account-menu__who" data-testid="signed-in-as">
                  <span className="account-menu__company">{company?.companyName ?? "CCI Aix-Marseille-Provence"}</span>
                  <span className="account-menu__name">
                    {actor.firstName} {actor.lastName}
                    <span className="visually-hidden"> · {roleLabel(actor)}</span>
                  </span>
                </span>
              }
            >
              <p className="user-box__who">{who}</p>
              {signOut}
            </AccountMenu>
          ) : (
            signIn
          )}
        </div>
      </div>
    </header>
  );
}
