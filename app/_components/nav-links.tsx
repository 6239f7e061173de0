"use client";
/**
 * Main navigation: the bar's own links and one menu per area (Acheter, Vendre, Mon entreprise, CCI,
 * Territoire), each a button opening a popover of links (react-aria: Escape and a click outside close it,
 * focus goes in and comes back). Below 1100 px the bar gives way to one « Menu » button opening a panel with
 * every area and the account box. The current page is marked with aria-current, its menu button too.
 * AccountMenu keeps the signed-in person's box narrow: company and name on a button, the rest in its popover.
 */
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState, type ReactNode } from "react";
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay, Popover } from "react-aria-components";
import { currentItem, type NavItem, type NavMenu } from "@/lib/navigation";

function LinkList({ items, current, onNavigate }: { items: NavItem[]; current: NavItem | undefined; onNavigate: () => void }) {
  return (
    <ul className="nav-list">
      {items.map((item) => (
        <li key={item.href}>
          <Link href={item.href} aria-current={item === current ? "page" : undefined} onClick={onNavigate}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Every link at once, area by area: the small screens' panel and the no-JavaScript menu. */
function AllLinks({
  idPrefix,
  links,
  menus,
  current,
  onNavigate,
}: {
  idPrefix: string;
  links: NavItem[];
  menus: NavMenu[];
  current: NavItem | undefined;
  onNavigate: () => void;
}) {
  return (
    <nav aria-label="Navigation principale">
      {links.length > 0 ? <LinkList items={links} current={current} onNavigate={onNavigate} /> : null}
      {menus.map((menu) => (
        <section key={menu.id} aria-labelledby={`${idPrefix}-${menu.id}`} className="mobile-menu__area">
          <h2 id={`${idPrefix}-${menu.id}`} className="mobile-menu__area-title">
            {menu.label}
          </h2>
          <LinkList items={menu.items} current={current} onNavigate={onNavigate} />
        </section>
      ))}
    </nav>
  );
}

function AreaMenu({ menu, current }: { menu: NavMenu; current: NavItem | undefined }) {
  const [open, setOpen] = useState(false);
  const here = current !== undefined && menu.items.includes(current);
  return (
    <DialogTrigger isOpen={open} onOpenChange={setOpen}>
      <Button className={`nav-menu__button${here ? " nav-menu__button--current" : ""}`}>
        {menu.label}
        <span className="nav-menu__chevron" aria-hidden="true">
          ▾
        </span>
      </Button>
      <Popover placement="bottom start" offset={6} className="nav-menu__popover">
        <Dialog aria-label={menu.label} className="nav-menu__dialog">
          <LinkList items={menu.items} current={current} onNavigate={() => setOpen(false)} />
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}

export function NavLinks({ links, menus, account }: { links: NavItem[]; menus: NavMenu[]; account: ReactNode }) {
  const pathname = usePathname();
  const current = currentItem([...links, ...menus.flatMap((m) => m.items)], pathname);
  const [mobileOpen, setMobileOpen] = useState(false);
  const close = () => setMobileOpen(false);
  return (
    <>
      <nav className="main-nav" aria-label="Navigation principale">
        <ul>
          {links.map((item) => (
            <li key={item.href}>
              <Link href={item.href} aria-current={item === current ? "page" : undefined}>
                {item.label}
              </Link>
            </li>
          ))}
          {menus.map((menu) => (
            <li key={menu.id}>
              <AreaMenu menu={menu} current={current} />
            </li>
          ))}
        </ul>
      </nav>
      <DialogTrigger isOpen={mobileOpen} onOpenChange={setMobileOpen}>
        <Button className="mobile-menu__button button button--secondary button--small">
          <span className="mobile-menu__icon" aria-hidden="true">
            ☰
          </span>{" "}
          Menu
        </Button>
        <ModalOverlay isDismissable className="mobile-menu__overlay">
          <Modal className="mobile-menu__panel">
            <Dialog className="mobile-menu__dialog" aria-labelledby="mobile-menu-title">
              <div className="mobile-menu__top">
                <Heading slot="title" id="mobile-menu-title" className="mobile-menu__title">
                  Menu
                </Heading>
                <Button slot="close" className="button button--secondary button--small">
                  Fermer
                </Button>
              </div>
              <AllLinks idPrefix="mobile-menu" links={links} menus={menus} current={current} onNavigate={close} />
              <div className="mobile-menu__account">{account}</div>
            </Dialog>
          </Modal>
        </ModalOverlay>
      </DialogTrigger>
      {/* Without JavaScript the buttons above open nothing: React writes this noscript's content in the server's
          HTML (and skips it when hydrating), so such a visitor gets every link and the account box in a native
          disclosure, at any width, and the inert buttons are hidden. With JavaScript the browser ignores it. */}
      <noscript>
        <style>{NO_SCRIPT_CSS}</style>
        <details className="noscript-menu">
          <summary className="button button--secondary button--small">Menu</summary>
          <div className="noscript-menu__panel">
            <AllLinks idPrefix="noscript-menu" links={links} menus={menus} current={current} onNavigate={close} />
            <div className="mobile-menu__account">{account}</div>
          </div>
        </details>
      </noscript>
    </>
  );
}

/** Applies only when scripts are off (it sits in the noscript above); the site's CSP allows inline styles. */
const NO_SCRIPT_CSS = [
  ".main-nav, .site-header .mobile-menu__button { display: none !important; }",
  ".noscript-menu { margin-left: auto; }",
  ".noscript-menu > summary { cursor: pointer; }",
  ".noscript-menu__panel { position: absolute; right: 1rem; z-index: 50; width: min(22rem, calc(100% - 2rem)); max-height: 80vh; overflow-y: auto;" +
    " background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); box-shadow: var(--shadow); padding: 0.5rem 1rem 1rem; }",
].join("\n");

export function AccountMenu({ who, children }: { who: ReactNode; children: ReactNode }) {
  return (
    <DialogTrigger>
      <Button className="account-menu__button">
        {who}
        <span className="nav-menu__chevron" aria-hidden="true">
          ▾
        </span>
      </Button>
      <Popover placement="bottom end" offset={6} className="nav-menu__popover">
        <Dialog aria-label="Mon compte" className="nav-menu__dialog account-menu__dialog">
          {children}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
