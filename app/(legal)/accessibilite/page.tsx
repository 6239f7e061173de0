import type { Metadata } from "next";
import Link from "next/link";
import { LegalPage, PUBLISHER } from "../legal-parts";

export const metadata: Metadata = { title: "Déclaration d'accessibilité" };

/** The pages of the audit sample; keep in step with the e2e axe checks (tests/e2e). */
const AUDITED = [
  ["Accueil", "/"],
  ["Connexion", "/connexion"],
  ["Inscription", "/inscription"],
  ["Opportunités", "/opportunites"],
  ["Annuaire des entreprises", "/annuaire"],
  ["Détail d'un besoin et formulaire de réponse", "/besoins/…"],
  ["Comparaison des réponses", "/besoins/…/reponses"],
  ["Mes offres", "/offres"],
  ["Tableau de bord", "/tableau-de-bord"],
  ["Baromètre", "/barometre"],
  ["Contact", "/contact"],
  ["Mentions légales, confidentialité, conditions d'utilisation", "/mentions-legales"],
] as const;

export default function AccessibilityPage() {
  return (
    <LegalPage title="Déclaration d'accessibilité">
      <p>
        La {PUBLISHER.name} s&apos;engage à rendre ses services numériques accessibles, conformément à l&apos;article 47 de la loi n° 2005-102 du 11 février
        2005. Cette déclaration d&apos;accessibilité s&apos;applique à la plateforme Circuit Court.
      </p>
      <h2>État de conformité</h2>
      <p>
        Circuit Court est <strong>partiellement conforme</strong> avec le référentiel général d&apos;amélioration de l&apos;accessibilité (RGAA), version 4.1.2,
        en raison des non-conformités et des dérogations énumérées ci-dessous.
      </p>
      <h2>Résultats des tests</h2>
      <p>
        L&apos;évaluation a été réalisée en interne par l&apos;équipe du projet : contrôles automatisés (axe-core, règles WCAG 2.1 niveaux A et AA) sur chaque
        parcours testé, à chaque modification du code, et vérifications manuelles au clavier et avec un lecteur d&apos;écran (NVDA). Un audit complet des 106
        critères du RGAA par un organisme indépendant reste à mener : le taux de conformité sera publié à cette occasion.
      </p>
      <h2>Contenus non accessibles</h2>
      <ul>
        <li>
          Les graphiques des tableaux de bord et du baromètre ne sont pas lisibles par les lecteurs d&apos;écran ; le même contenu est proposé sous forme de
          tableau (« Voir les données »), ce qui constitue une alternative.
        </li>
        <li>Les documents joints par les entreprises (devis PDF, photos) ne sont pas vérifiés par la CCI et peuvent ne pas être accessibles.</li>
        <li>Certains messages d&apos;état après une action peuvent ne pas être annoncés par tous les lecteurs d&apos;écran (critère 7.5).</li>
      </ul>
      <h2>Établissement de cette déclaration</h2>
      <p>
        Déclaration établie le 5 décembre 2026. Technologies utilisées : HTML5, CSS, JavaScript (React). Environnement de test : Chromium récent avec NVDA,
        navigation au clavier seul, zoom à 200 %.
      </p>
      <h3>Pages du périmètre évalué</h3>
      <ul>
        {AUDITED.map(([name, path]) => (
          <li key={name}>
            {name} ({path})
          </li>
        ))}
      </ul>
      <h2>Retour d&apos;information et contact</h2>
      <p>
        Si vous n&apos;arrivez pas à accéder à un contenu ou à un service, écrivez-nous par le <Link href="/contact">formulaire de contact</Link> (objet « Un
        problème d&apos;accessibilité ») : nous vous indiquerons une alternative accessible ou vous transmettrons l&apos;information sous une autre forme.
      </p>
      <h2>Voies de recours</h2>
      <p>
        Si vous nous avez signalé un défaut d&apos;accessibilité qui vous empêche d&apos;accéder à un contenu ou à un service et que vous n&apos;avez pas obtenu
        de réponse satisfaisante, vous pouvez : écrire au Défenseur des droits (formulaire en ligne sur defenseurdesdroits.fr) ; contacter le délégué du
        Défenseur des droits de votre région ; ou envoyer un courrier, gratuitement, sans timbre, à : Défenseur des droits, Libre réponse 71120, 75342 Paris
        CEDEX 07.
      </p>
    </LegalPage>
  );
}
