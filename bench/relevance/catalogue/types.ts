/**
 * The shape of the evaluation set's trade catalogue (bench/relevance/catalogue/*.ts): trades, the
 * specialties inside them that look alike but are different, how companies describe themselves, and
 * needs as buyers write them. The generator (bench/relevance/generate-set.ts) turns it into SIRENE
 * establishments, descriptions, needs and graded labels.
 */
export interface Specialty {
  /** Unique across the catalogue, kebab-case: "traduction-technique". */
  key: string;
  /** NAF rév. 2 sous-classes companies of this specialty really use, most common first (often 2–3, sometimes in other divisions). */
  naf: string[];
  /** Company names as SIRENE shows them (upper case), some with the trade word, some without ("LINGUATEC", "DUPONT ET FILS"). ≥ 8. */
  names: string[];
  /**
   * Description ideas. Each inner array holds alternative wordings of ONE idea (what they do, for whom, how,
   * certifications, equipment, languages/materials, area, experience…): the generator picks 2–6 ideas and one
   * wording of each. ≥ 6 ideas, ≥ 3 wordings each, natural French as companies write about themselves.
   */
  ideas: string[][];
  /** Vague self-descriptions of a company of this specialty (« Cabinet de traduction. », « Services aux entreprises. »). ≥ 3. */
  vague: string[];
}

export interface NeedTemplate {
  /** The specialty that does exactly what is asked (grade 3 when the description is clear, 2 when vague). */
  target: string;
  /** Specialties that could do part of it (grade 1). */
  related?: string[];
  /** Short title as a buyer writes it. */
  title: string;
  /** 1–4 sentences as a buyer writes them: quantities, constraints, dates, place, standards. */
  description: string;
  kind: "works" | "supplies" | "services";
  /** NAF code(s) the BUYER picks for the need: sometimes right, sometimes a neighbouring code, sometimes another division's. */
  nafPicked: string[];
  budget: [number, number] | null;
}

export interface Trade {
  key: string;
  /** ≥ 2 specialties that look alike (same words, same NAF codes) but do different things. */
  specialties: Specialty[];
  /** ≥ 1 need, targeting one of the specialties (not always the first). */
  needs: NeedTemplate[];
}
