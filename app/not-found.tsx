import Link from "next/link";

export default function NotFound() {
  return (
    <div className="page page--narrow">
      <h1>Page introuvable</h1>
      <p>Cette page n&apos;existe pas ou a été déplacée.</p>
      <p>
        <Link href="/">Retour à l&apos;accueil</Link>
      </p>
    </div>
  );
}
