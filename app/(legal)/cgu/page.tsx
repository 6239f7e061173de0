import type { Metadata } from "next";
import Link from "next/link";
import { LegalPage, PUBLISHER } from "../legal-parts";

export const metadata: Metadata = { title: "Conditions générales d'utilisation" };

export default function TermsPage() {
  return (
    <LegalPage title="Conditions générales d'utilisation">
      <h2>1. Objet</h2>
      <p>
        Les présentes conditions règlent l&apos;usage de Circuit Court, plateforme de la {PUBLISHER.name} qui met en relation acheteurs et fournisseurs du
        territoire pour développer les achats locaux. S&apos;inscrire vaut acceptation de ces conditions.
      </p>
      <h2>2. Inscription</h2>
      <p>
        Seules les entreprises et organismes immatriculés (SIRET valide) peuvent s&apos;inscrire, par une personne habilitée à les représenter. La CCI vérifie
        chaque entreprise avant qu&apos;elle ne publie ou ne réponde ; elle peut refuser ou suspendre une inscription inexacte. Vous gardez votre mot de passe
        secret et signalez sans délai tout usage non autorisé de votre compte.
      </p>
      <h2>3. Besoins, offres et réponses</h2>
      <p>
        L&apos;acheteur décrit un besoin réel, qu&apos;il a l&apos;intention de satisfaire ; le fournisseur répond sincèrement, avec des prix et des délais
        qu&apos;il peut tenir. Les besoins et offres sont validés par la CCI avant publication. Un acheteur public reste soumis aux règles de la commande
        publique : la plateforme ne remplace pas ses procédures.
      </p>
      <h2>4. Ce que la CCI fait, et ne fait pas</h2>
      <p>
        La CCI anime et modère la plateforme, et classe les fournisseurs suggérés selon une méthode publique, la même pour toutes les entreprises (
        <Link href="/methode-de-classement">méthode de classement</Link>). Elle n&apos;est pas partie aux contrats conclus entre entreprises et ne garantit ni
        leur exécution, ni la solvabilité des parties.
      </p>
      <h2>5. Comportements interdits</h2>
      <p>
        Publier un contenu faux, trompeur, injurieux ou sans lien avec un achat ; démarcher à d&apos;autres fins ; collecter les données des autres utilisateurs
        ; contourner les limites techniques de la plateforme. La CCI peut retirer le contenu et suspendre le compte concerné, après avoir informé
        l&apos;entreprise sauf urgence.
      </p>
      <h2>6. Données personnelles</h2>
      <p>
        Voir la <Link href="/confidentialite">politique de confidentialité</Link> ; vos données s&apos;exportent et votre compte se supprime depuis{" "}
        <Link href="/mes-donnees">« Mes données »</Link>.
      </p>
      <h2>7. Disponibilité et évolution</h2>
      <p>
        Le service est gratuit et fourni sans garantie de disponibilité permanente. Ces conditions peuvent évoluer ; la version en vigueur est celle publiée sur
        cette page, et tout changement important est annoncé par e-mail aux inscrits.
      </p>
      <h2>8. Droit applicable</h2>
      <p>
        Ces conditions relèvent du droit français. En cas de litige, une solution amiable est recherchée d&apos;abord par le{" "}
        <Link href="/contact">formulaire de contact</Link> ; à défaut, les juridictions compétentes sont celles du ressort du siège de la CCI.
      </p>
    </LegalPage>
  );
}
