/** Rules a weights version must follow before staff can publish it, with French messages per field. Pure. */
import type { FieldErrors } from "../errors";
import { PART_LABELS } from "./labels";
import { MATCH_PARTS, type MatchPartKey } from "./types";

export interface WeightsDraft {
  weights: Record<string, unknown>;
  alertThreshold: unknown;
  distanceHalfKm: unknown;
}

/** Tolerance on Σ weights = 1 (form fields hold 2 or 3 decimals). */
export const SUM_TOLERANCE = 0.001;

const isPart = (k: string): k is MatchPartKey => (MATCH_PARTS as readonly string[]).includes(k);
const fmt = (x: number) => x.toLocaleString("fr-FR", { maximumFractionDigits: 4 });

/**
 * Field errors keyed by part ("activity"…), "weights" (unknown key, sum), "alertThreshold" and
 * "distanceHalfKm"; empty when the draft can be published.
 */
export function validateWeights(draft: WeightsDraft): FieldErrors {
  const errors: FieldErrors = {};
  const unknown = Object.keys(draft.weights).filter((k) => !isPart(k));
  if (unknown.length) errors.weights = `Critère inconnu : ${unknown.map((k) => `« ${k} »`).join(", ")}.`;
  let sum = 0;
  let complete = true;
  for (const key of MATCH_PARTS) {
    const w = draft.weights[key];
    const label = PART_LABELS[key];
    if (w === undefined || w === null || w === "") {
      errors[key] = `Le poids « ${label} » est obligatoire.`;
      complete = false;
    } else if (typeof w !== "number" || !Number.isFinite(w)) {
      errors[key] = `Le poids « ${label} » doit être un nombre.`;
      complete = false;
    } else if (w < 0) {
      errors[key] = `Le poids « ${label} » ne peut pas être négatif.`;
      complete = false;
    } else {
      sum += w;
    }
  }
  if (complete && !errors.weights && Math.abs(sum - 1) > SUM_TOLERANCE) {
    errors.weights = `La somme des poids doit valoir 1 (elle vaut ${fmt(sum)}).`;
  }
  const t = draft.alertThreshold;
  if (typeof t !== "number" || !Number.isFinite(t) || t < 0 || t > 1) {
    errors.alertThreshold = "Le seuil d'alerte doit être un nombre compris entre 0 et 1.";
  }
  const half = draft.distanceHalfKm;
  if (typeof half !== "number" || !Number.isFinite(half) || half < 1 || half > 300) {
    errors.distanceHalfKm = "La distance de demi-note doit être comprise entre 1 et 300 km.";
  }
  return errors;
}
