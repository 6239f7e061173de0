import type { Metadata } from "next";
import Link from "next/link";
import { LegalPage, Placeholder, PUBLISHER } from "../legal-parts";

export const metadata: Metadata = { title: "Mentions légales" };

export default function LegalNoticePage() {
  return (
    <LegalPage title="Mentions légales">
      <p>Informations prévues par l&apos;article 6 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l&apos;économie numérique.</p>
      <h2>Éditeur</h2>
      <p>
        Circuit Court est édité par la {PUBLISHER.name}, {PUBLISHER.status}.<br />
        Siège : <Placeholder>{PUBLISHER.address}</Placeholder>
        <br />
        SIRET : <Placeholder>{PUBLISHER.siret}</Placeholder>
        <br />
        Téléphone : <Placeholder>{PUBLISHER.phone}</Placeholder>
        <br />
        Contact : <Link href="/contact">formulaire de contact</Link>
      </p>
      <h2>Directeur de la publication</h2>
      <p>
        <Placeholder>{PUBLISHER.director}</Placeholder>
      </p>
      <h2>Hébergement</h2>
      <p>
        <Placeholder>{PUBLISHER.host}</Placeholder>. Les données sont hébergées en France, au sein de l&apos;Union européenne.
      </p>
      <h2>Objet du service</h2>
      <p>
        Circuit Court met en relation les acheteurs du territoire (grands donneurs d&apos;ordre, collectivités, entreprises) et les TPE et PME locales : les
        acheteurs publient leurs besoins, les fournisseurs y répondent. Le service est gratuit pour les entreprises. La CCI vérifie les entreprises inscrites et
        modère les besoins et les offres avant leur publication ; elle n&apos;est partie à aucun contrat conclu entre les entreprises.
      </p>
      <h2>Propriété intellectuelle</h2>
      <p>
        Les textes, la présentation et le logiciel du site appartiennent à la CCI ou à ses prestataires. Les contenus publiés par les entreprises (besoins,
        offres, fiches) restent la propriété de leurs auteurs, qui accordent à la CCI le droit de les afficher sur la plateforme. Les données publiques reprises
        du répertoire SIRENE de l&apos;Insee sont réutilisées sous licence ouverte Etalab 2.0.
      </p>
      <h2>Données personnelles</h2>
      <p>
        Le traitement de vos données est décrit dans la <Link href="/confidentialite">politique de confidentialité</Link>. Vous pouvez exporter vos données ou
        supprimer votre compte depuis <Link href="/mes-donnees">« Mes données »</Link>.
      </p>
      <h2>Accessibilité</h2>
      <p>
        Voir la <Link href="/accessibilite">déclaration d&apos;accessibilité</Link>.
      </p>
      <h2>Cookies</h2>
      <p>
        Le site n&apos;utilise qu&apos;un cookie de session, strictement nécessaire à la connexion à votre compte. Il n&apos;y a ni cookie publicitaire ni
        mesure d&apos;audience par un tiers : aucun consentement n&apos;est donc demandé.
      </p>
    </LegalPage>
  );
}
