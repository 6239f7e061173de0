import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { EraseForm } from "./erase-form";

export const metadata: Metadata = { title: "Mes données" };

export default async function MyDataPage() {
  const actor = await requirePermission("account:view-own");
  return (
    <div className="page page--narrow">
      <div className="page-header">
        <h1>Mes données</h1>
        <p>
          Le règlement général sur la protection des données (RGPD) vous donne le droit d&apos;obtenir et d&apos;emporter vos données, et de faire effacer votre
          compte. Vous pouvez le faire ici vous-même ; pour toute autre demande (rectification, opposition),
          <Link href="/contact"> écrivez-nous</Link>. Voir aussi la <Link href="/confidentialite">politique de confidentialité</Link>.
        </p>
      </div>

      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">Exporter mes données</h2>
        <p>
          Un fichier JSON lisible par un tableur ou un autre service : votre compte ({actor.email}), vos préférences de notification, les entreprises dont vous
          êtes membre avec leur fiche, leurs besoins, offres et réponses, les e-mails qui vous ont été envoyés et vos actions inscrites au journal.
        </p>
        <p>
          <a className="button button--secondary" href="/mes-donnees/export" download>
            Télécharger mes données (JSON)
          </a>
        </p>
      </section>

      <section className="card section-title" aria-labelledby="erase-title">
        <h2 id="erase-title">Supprimer mon compte</h2>
        <p>
          Sont effacés : vos nom, adresse e-mail, fonction, mot de passe, préférences, vos liens avec vos entreprises et les e-mails qui vous étaient adressés.
          Les besoins, offres et réponses de votre entreprise lui appartiennent : ils restent, sans lien avec vous, et le journal garde la trace de vos actions
          sans votre nom.
        </p>
        <p>
          Si vous êtes le dernier administrateur d&apos;une entreprise active sur la plateforme, nommez d&apos;abord un autre administrateur : l&apos;entreprise
          ne doit pas rester sans personne pour agir en son nom.
        </p>
        <EraseForm />
      </section>
    </div>
  );
}
