"use client";
/**
 * Last resort when the root layout itself fails (e.g. the database is down while the header reads the
 * signed-in user): it replaces the whole document, so it brings its own <html>, <body> and stylesheet.
 * No inline styles or scripts: the page's Content-Security-Policy (proxy.ts) applies here too.
 */
import "./globals.css";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <html lang="fr">
      <body>
        <title>Service momentanément indisponible · Circuit Court</title>
        <header className="site-header">
          <div className="site-header__inner">
            {/* A plain link: a full reload starts the application afresh. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full reload, not a client navigation */}
            <a href="/" className="brand">
              <span className="brand__mark" aria-hidden="true">
                CC
              </span>
              <span>
                Circuit Court<span className="brand__sub">Achats locaux entre entreprises</span>
              </span>
            </a>
          </div>
        </header>
        <main id="contenu" className="page page--narrow">
          <h1>Service momentanément indisponible</h1>
          <p>
            Circuit Court rencontre un problème technique et ne peut pas afficher cette page. Réessayez dans quelques instants ; si le problème persiste,
            contactez l&apos;équipe de la CCI.
          </p>
          {digest ? <p className="muted">Référence de l&apos;erreur : {digest}</p> : null}
          <p className="actions">
            <button type="button" className="button" onClick={() => retry()}>
              Réessayer
            </button>{" "}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full reload, not a client navigation */}
            <a href="/" className="button button--secondary">
              Retour à l&apos;accueil
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
