/** The shape of a demo activity: one NAF sous-classe with the name and description patterns of its companies. */

/** `{nom}` is replaced by a family name, `{lieu}` by a local place word, `{delieu}` by "du/de la/des …" + place. */
export interface Activity {
  naf: string;
  /** Relative frequency among local SMEs. */
  weight: number;
  names: string[];
  descriptions: string[];
}
