/** French wording of matching: the parts' names (forms, tables, docs) gathered in one place. */
import type { MatchPartKey } from "./types";

export const PART_LABELS: Record<MatchPartKey, string> = {
  activity: "Activité",
  trade: "Métier",
  text: "Description",
  distance: "Distance",
  locality: "Entreprise du territoire",
  size: "Taille",
  trust: "Confiance",
  responsiveness: "Réactivité",
};

/** One line of help per part, shown next to the weight fields of the staff page. */
export const PART_HINTS: Record<MatchPartKey, string> = {
  activity:
    "Code NAF identique, de la même classe, du même groupe ou de la même division (un signal parmi d'autres : une entreprise d'une autre division peut être proposée pour son texte).",
  trade:
    "Le code d'activité du fournisseur est-il celui des entreprises dont les fiches décrivent ce genre de prestation ? (la même valeur pour toutes les entreprises d'un même code)",
  text: "Mots du besoin (titre et description) retrouvés dans la fiche du fournisseur : nom, description, offres, références, labels ; les mots rares comptent davantage, et une fiche consacrée à ce que demande le besoin passe devant une fiche qui en parle parmi beaucoup d'autres choses.",
  distance: "Décroît avec la distance entre le lieu de livraison et la commune du fournisseur.",
  locality: "Entreprise implantée sur le territoire de la plateforme.",
  size: "Adéquation entre le budget du besoin et la tranche d'effectifs du fournisseur.",
  trust: "Charte signée et entreprise vérifiée par la CCI.",
  responsiveness: "Part des invitations passées auxquelles le fournisseur a répondu (note neutre pour les nouveaux).",
};

// Built once: toLocaleString() builds a formatter per call, too slow for thousands of candidates.
const KM_FORMATS = [0, 1, 2, 3].map((d) => new Intl.NumberFormat("fr-FR", { maximumFractionDigits: d }));

/** "12 km", "4,8 km" (one decimal under 10 km), "moins d'1 km". */
export function formatKm(km: number, decimals = km < 10 ? 1 : 0): string {
  if (km < 1) return "moins d'1 km";
  return `${KM_FORMATS[Math.min(3, Math.max(0, decimals))].format(km)} km`;
}
