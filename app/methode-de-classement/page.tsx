import type { Metadata } from "next";
import { getDb } from "@/lib/db";
import { currentWeights } from "@/lib/matching/service";
import { MATCH_PARTS } from "@/lib/matching/types";
import { PART_LABELS } from "@/lib/matching/labels";

export const metadata: Metadata = { title: "Comment les fournisseurs sont classés" };

const EXPLAIN: Record<(typeof MATCH_PARTS)[number], string> = {
  activity:
    "Le code NAF recherché par l'acheteur : sous-classe identique, puis même classe, même groupe, même division. Les activités secondaires déclarées et les offres publiées comptent. C'est un signal parmi d'autres : une entreprise d'un autre code dont la fiche répond au besoin est aussi proposée.",
  trade:
    "Le métier du fournisseur, lu dans les fiches de toutes les entreprises de son code d'activité : si les entreprises de ce code décrivent souvent le genre de prestation demandé (leurs fiches emploient les mots du besoin plus que les autres entreprises du territoire), toutes reçoivent la même note. Un code mal choisi par l'acheteur, ou un code SIRENE qui ne dit pas tout du métier, pèse ainsi moins ; une bonne rédaction de sa propre fiche ne change pas cette note, qui est celle de tout le code. Un grand code qui réunit des métiers divers compte comme 30 entreprises : ses spécialistes ne sont pas écartés parce que la plupart de leurs voisins de code font autre chose. La note 1 va au code qui décrit le mieux la prestation parmi ceux des activités recherchées et des fournisseurs qui répondent le mieux aux mots du besoin dans le périmètre.",
  text: "Les mots du besoin (titre et description) retrouvés dans la fiche du fournisseur : son nom, sa description, ses offres publiées, ses références, ses labels et le libellé de ses activités. Un mot rare (« assermentée », « allemand ») compte bien plus qu'un mot courant (« prestation ») ; un vocabulaire de métiers public rapproche les façons de dire la même chose (« traduction assermentée » et « traducteur juré »). Le titre dit ce qui est acheté : une fiche qui n'en reprend aucun mot parlant garde la moitié de sa note ; une fiche consacrée à ce que demande le besoin passe devant une fiche qui en parle parmi beaucoup d'autres choses (jusqu'à 30 % de la note). Les noms de communes, les unités et les petits mots (« les », « à », « environ ») ne comptent pas : le lieu est lu par la distance et le périmètre. Le calcul (BM25) se fait sur les données de la plateforme, le même pour tous, et la phrase affichée cite les mots retrouvés.",
  distance:
    "La distance entre le lieu du besoin et la commune du fournisseur, qui décroît avec les kilomètres. Une entreprise hors du périmètre du besoin, ou dont la zone d'intervention déclarée ne couvre pas ce lieu, est écartée (et la raison est affichée) ; sans zone déclarée, seul le périmètre de l'acheteur compte.",
  locality: "L'entreprise est-elle installée sur le territoire de la plateforme ?",
  size: "L'adéquation entre le budget annoncé et la taille de l'entreprise (une petite commande convient à une TPE, une grosse à une PME plus grande).",
  trust:
    "Entreprise signataire de la charte et vérifiée par la CCI ; les entreprises importées du répertoire SIRENE comptent moins tant qu'elles n'ont pas rejoint la plateforme.",
  responsiveness:
    "La part des invitations auxquelles l'entreprise a répondu, avec une valeur neutre pour les nouvelles entreprises afin qu'elles ne soient pas pénalisées.",
};

/** Public: the chamber explains its ranking rule, the same for everyone, with the weights in force. */
export default async function RankingMethodPage() {
  const weights = await currentWeights(getDb());
  return (
    <div className="page page--narrow">
      <div className="page-header">
        <h1>Comment les fournisseurs sont classés</h1>
        <p>
          La CCI est un établissement public : elle ne favorise aucune entreprise. Chaque suggestion de fournisseur reçoit un score entre 0 et 100 %, somme de
          critères publics pondérés. La même règle s&apos;applique à toutes les entreprises ; aucune ne peut payer pour être mieux classée.
        </p>
      </div>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Tableau (défilement horizontal possible)">
        <table>
          <caption>Critères et pondération en vigueur (version {weights.version})</caption>
          <thead>
            <tr>
              <th scope="col">Critère</th>
              <th scope="col">Poids</th>
              <th scope="col">Ce qui est mesuré</th>
            </tr>
          </thead>
          <tbody>
            {MATCH_PARTS.map((k) => (
              <tr key={k}>
                <th scope="row">{PART_LABELS[k]}</th>
                <td>{Math.round(weights.weights[k] * 100)} %</td>
                <td>{EXPLAIN[k]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 className="section-title">En cas d&apos;égalité</h2>
      <p>
        À score égal, l&apos;entreprise la plus proche passe devant, puis celle dont l&apos;activité correspond exactement, puis l&apos;ordre du numéro SIRET.
        Le classement est donc reproductible : mêmes données, même ordre.
      </p>
      <p>Chaque classement conserve le numéro de la pondération utilisée ; les changements de pondération sont décidés par la CCI et tracés.</p>
    </div>
  );
}
