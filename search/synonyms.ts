/**
 * Synonyms both engines apply, so "BTP" finds construction companies on either. Each group is
 * symmetrical: any word of a group finds the others. Words are lower-case, without accents.
 */
export const SYNONYM_GROUPS: string[][] = [
  ["btp", "batiment", "construction", "travaux"],
  ["nettoyage", "proprete", "entretien"],
  ["informatique", "numerique", "logiciel", "digital"],
  ["traiteur", "restauration", "repas"],
  ["espaces verts", "paysagiste", "jardinage"],
  ["electricite", "electricien"],
  ["plomberie", "plombier"],
  ["menuiserie", "menuisier"],
  ["transport", "logistique", "livraison"],
  ["imprimerie", "impression"],
  ["securite", "gardiennage", "surveillance"],
  ["formation", "enseignement"],
  ["evenementiel", "evenement", "salon"],
  ["communication", "publicite"],
];

/** word → the other words of its groups (multi-word entries included as phrases). */
export function synonymsOf(word: string): string[] {
  const w = word.toLowerCase();
  return [
    ...new Set(
      SYNONYM_GROUPS.filter((g) => g.includes(w))
        .flat()
        .filter((x) => x !== w),
    ),
  ];
}

/** The same groups as Meilisearch wants them: every word mapped to the others. */
export function meiliSynonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of SYNONYM_GROUPS) for (const w of group) out[w] = [...new Set([...(out[w] ?? []), ...group.filter((x) => x !== w)])];
  return out;
}

/** French stop words both engines ignore. */
export const FRENCH_STOP_WORDS = [
  "a",
  "au",
  "aux",
  "avec",
  "ce",
  "ces",
  "dans",
  "de",
  "des",
  "du",
  "elle",
  "en",
  "et",
  "eux",
  "il",
  "je",
  "la",
  "le",
  "les",
  "leur",
  "lui",
  "ma",
  "mais",
  "me",
  "meme",
  "mes",
  "moi",
  "mon",
  "ne",
  "nos",
  "notre",
  "nous",
  "on",
  "ou",
  "par",
  "pas",
  "pour",
  "qu",
  "que",
  "qui",
  "sa",
  "se",
  "ses",
  "son",
  "sur",
  "ta",
  "te",
  "tes",
  "toi",
  "ton",
  "tu",
  "un",
  "une",
  "vos",
  "votre",
  "vous",
  "d",
  "l",
  "j",
  "m",
  "n",
  "s",
  "t",
  "y",
];
