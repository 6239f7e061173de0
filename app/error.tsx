"use client";
/**
 * What a visitor sees when a page fails on the server (the database is down, a bug): a French explanation
 * inside the site's frame, a retry and a way home. The error's reference (digest) matches the server log.
 */
import Link from "next/link";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <div className="page page--narrow">
      {/* The failed page's metadata may never have been produced (it can read the database too). */}
      <title>Erreur · Circuit Court</title>
      <h1>Cette page n&apos;a pas pu s&apos;afficher</h1>
      <p>Un problème technique nous empêche de vous la montrer pour le moment. Vos données ne sont pas perdues : réessayez dans quelques instants.</p>
      {digest ? <p className="muted">Référence de l&apos;erreur, à donner à l&apos;équipe de la CCI si elle persiste : {digest}</p> : null}
      <p className="actions">
        {/* retry() fetches the page again from the server (reset() would only re-render what already failed). */}
        <button type="button" className="button" onClick={() => retry()}>
          Réessayer
        </button>{" "}
        <Link href="/" className="button button--secondary">
          Retour à l&apos;accueil
        </Link>
      </p>
    </div>
  );
}
