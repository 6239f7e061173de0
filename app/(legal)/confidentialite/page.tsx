import type { Metadata } from "next";
import Link from "next/link";
import { LegalPage, Placeholder, PUBLISHER } from "../legal-parts";

export const metadata: Metadata = { title: "Politique de confidentialité" };

const KEPT: [string, string, string][] = [
  [
    "Votre compte : nom, prénom, adresse e-mail, fonction, mot de passe (chiffré par Argon2, jamais lisible), date de dernière connexion",
    "Vous connecter, vous identifier auprès des autres entreprises, vous écrire",
    "Tant que le compte existe ; effacé dès que vous le supprimez, et au plus tard 3 ans après votre dernière connexion",
  ],
  [
    "Vos rattachements à une ou plusieurs entreprises et votre rôle (administrateur ou membre)",
    "Savoir pour quelle entreprise vous agissez",
    "Comme le compte",
  ],
  ["Vos préférences de notification", "Vous envoyer les opportunités au rythme choisi", "Comme le compte"],
  [
    "Les e-mails que la plateforme vous envoie (destinataire, objet, contenu, état d'envoi)",
    "Les acheminer, les renvoyer en cas d'échec, répondre à une réclamation",
    "1 an, puis effacés ; effacés avec le compte",
  ],
  [
    "Le journal des actions (qui a publié, validé, répondu, attribué, et quand)",
    "Preuve des décisions, sécurité, litiges entre entreprises",
    "5 ans ; à la suppression du compte, les entrées restent mais ne sont plus liées à votre nom",
  ],
  ["Les messages envoyés par le formulaire de contact (nom, e-mail, message)", "Vous répondre", "3 ans après le dernier échange"],
  [
    "Des compteurs anti-abus (tentatives de connexion, d'inscription, de contact) où l'adresse IP et l'e-mail sont hachés, jamais en clair",
    "Protéger les comptes contre les essais de mots de passe et les envois en masse",
    "24 heures au plus",
  ],
];

export default function PrivacyPage() {
  return (
    <LegalPage title="Politique de confidentialité">
      <p>
        Cette page explique quelles données personnelles Circuit Court conserve, pourquoi, combien de temps, et comment exercer vos droits, conformément au
        règlement (UE) 2016/679 (RGPD) et à la loi « Informatique et libertés » du 6 janvier 1978 modifiée.
      </p>
      <h2>Responsable du traitement</h2>
      <p>
        La {PUBLISHER.name}, <Placeholder>{PUBLISHER.address}</Placeholder>. Délégué à la protection des données :{" "}
        <Placeholder>{PUBLISHER.dpoEmail}</Placeholder>, ou le <Link href="/contact">formulaire de contact</Link> (objet « Mes données personnelles »).
      </p>
      <h2>Pourquoi et sur quelle base</h2>
      <p>
        La plateforme est un service public de la CCI, qui a pour mission d&apos;appuyer les entreprises de sa circonscription (article L. 710-1 du code de
        commerce). Le traitement repose sur l&apos;exécution de cette mission d&apos;intérêt public (article 6.1.e du RGPD) et, pour votre compte, sur les
        conditions d&apos;utilisation que vous acceptez à l&apos;inscription. Vos données ne sont ni vendues, ni louées, ni utilisées pour de la publicité.
      </p>
      <h2>Ce que nous conservons, et combien de temps</h2>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Données conservées (défilement horizontal possible)">
        <table>
          <caption>Données personnelles conservées par Circuit Court</caption>
          <thead>
            <tr>
              <th scope="col">Données</th>
              <th scope="col">Pour quoi faire</th>
              <th scope="col">Durée de conservation</th>
            </tr>
          </thead>
          <tbody>
            {KEPT.map(([what, why, howLong]) => (
              <tr key={what}>
                <td>{what}</td>
                <td>{why}</td>
                <td>{howLong}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        Les informations sur les entreprises (raison sociale, SIRET, activité, commune, effectif) proviennent en partie du répertoire public SIRENE de
        l&apos;Insee. Les besoins, offres et réponses appartiennent à l&apos;entreprise qui les publie : ils ne sont pas effacés avec le compte d&apos;une
        personne, mais ne sont plus liés à son nom.
      </p>
      <h2>Qui y a accès</h2>
      <p>
        Les membres de votre entreprise ; l&apos;équipe de la CCI qui anime la plateforme (vérification, modération, assistance) ; les autres entreprises voient
        seulement ce que la plateforme leur montre (nom de l&apos;entreprise, personne à contacter d&apos;un besoin, contenu d&apos;une réponse pour
        l&apos;acheteur concerné). Nos sous-traitants techniques (hébergement, envoi des e-mails) agissent sur nos seules instructions, dans l&apos;Union
        européenne.
      </p>
      <h2>Vos droits, et comment les exercer</h2>
      <ul>
        <li>
          <strong>Accès et portabilité</strong> : connecté, ouvrez <Link href="/mes-donnees">« Mes données »</Link> et téléchargez le fichier JSON de vos
          données (compte, entreprises, besoins, offres et réponses de vos entreprises, e-mails reçus, vos actions au journal).
        </li>
        <li>
          <strong>Effacement</strong> : depuis la même page, « Supprimer mon compte » efface immédiatement vos données personnelles. Si vous êtes le dernier
          administrateur d&apos;une entreprise active, nommez d&apos;abord un autre administrateur.
        </li>
        <li>
          <strong>Rectification</strong> : modifiez votre fiche, ou écrivez-nous.
        </li>
        <li>
          <strong>Opposition et limitation</strong> : réglez vos e-mails dans « Préférences de notification », ou écrivez-nous par le{" "}
          <Link href="/contact">formulaire de contact</Link>. Nous répondons sous un mois.
        </li>
      </ul>
      <p>
        Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL (www.cnil.fr, 3 place
        de Fontenoy, TSA 80715, 75334 Paris Cedex 07).
      </p>
      <h2>Cookies</h2>
      <p>Un seul cookie de session, nécessaire à la connexion ; aucun traceur publicitaire ni mesure d&apos;audience par un tiers.</p>
    </LegalPage>
  );
}
