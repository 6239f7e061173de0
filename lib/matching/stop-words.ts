/**
 * Words of a need's text that say nothing about the work asked for: French function words, units and
 * time words (« les », « à », « été », « h », « mm », « x », « semaines »…). The search configuration
 * (search.fr: unaccent, then the Snowball stemmer and its stop list) keeps some of them: PostgreSQL's French
 * list lacks « les », « a » and « plus », and unaccent runs first, so « à » and « été » no longer match the
 * accented entries of that list. On a territory of a few thousand profiles no lexeme is common enough to be
 * left out by its share (BM25.minCap), so these words matched profiles and named them in sentences
 * (« sa fiche reprend les mots du besoin : x, mm, a »). They are removed from the need's side only: the
 * profiles' postings stay as they are. Compared accent- and case-free, as whole words.
 */
import { fold } from "./vocabulary";

const FUNCTION_WORDS =
  "a ai as au aux avec avez avons ayant c ca car ce ceci cela celle celles celui ces cet cette ceux chaque chez ci comme d dans de des deja depuis deux donc dont du elle elles en encore entre es est et etaient etait etant ete etre eu eux il ils j je jusqu l la le les leur leurs lors lui m ma mais me meme mes moi moins mon n ne ni nos notre nous on ont or ou par parmi pas peu plus pour puis qu quand que quel quelle quelles quels qui quelque quelques s sa sans se sera seront ses si soit son sont sous suis sur t ta te tes toi ton tous tout toute toutes tres tu un une unes uns vers via vos votre vous y";
const UNITS_AND_TIME =
  "an ans annee annees cm env environ eur euro euros g h ha heure heures hl j jour jours kg km kw kwh l m m2 m3 min minute minutes mm mn mois ml pers personne personnes semaine semaines t ttc ht x";
const STOP = new Set(`${FUNCTION_WORDS} ${UNITS_AND_TIME}`.split(" "));

export function isStopWord(word: string): boolean {
  return STOP.has(fold(word));
}

/** `text` with its stop words blanked out (the rest, punctuation included, as it was). */
export function withoutStopWords(text: string): string {
  // An elided word goes with its apostrophe (« l'accueil » → « accueil »).
  return text
    .replace(/([\p{L}\p{N}²³]+(?:-[\p{L}\p{N}]+)*)(['’]?)/gu, (whole, word: string) => (isStopWord(word) ? " " : whole))
    .replace(/ {2,}/g, " ")
    .trim();
}
