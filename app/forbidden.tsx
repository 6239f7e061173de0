import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="page page--narrow">
      <h1>Accès refusé</h1>
      <p>Cette page est réservée à un autre rôle (par exemple l&apos;équipe de la CCI ou les membres d&apos;une autre entreprise).</p>
      <p>
        <Link href="/">Retour à l&apos;accueil</Link>
      </p>
    </div>
  );
}
