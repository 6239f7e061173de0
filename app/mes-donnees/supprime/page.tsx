import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Compte supprimé" };

export default function AccountErasedPage() {
  return (
    <div className="page page--narrow">
      <div className="page-header">
        <h1>Votre compte est supprimé</h1>
        <p>
          Vos nom, adresse e-mail, fonction, mot de passe, préférences et les e-mails qui vous étaient adressés sont effacés. Les besoins, offres et réponses de
          votre entreprise restent à l&apos;entreprise, sans lien avec vous.
        </p>
        <p>
          <Link href="/">Retour à l&apos;accueil</Link> · <Link href="/contact">Nous écrire</Link>
        </p>
      </div>
    </div>
  );
}
