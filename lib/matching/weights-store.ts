/**
 * Weights versions: the latest one ranks; staff publish a new one (never edit an old one) so every
 * stored ranking can be reproduced with the version it names. Audited as "matching.weights".
 */
import { sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { matchingWeights } from "@/db/schema";
import { latestWeights } from "@/db/queries/need-matches";
import type { WeightsRow } from "@/db/schema";
import { authorize, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { ValidationError } from "../errors";
import { MATCH_PARTS, type MatchWeights, type WeightsVersion } from "./types";
import { validateWeights } from "./weights";
import { present } from "../invariant";

export interface WeightsInput {
  weights: Record<string, number>;
  alertThreshold: number;
  distanceHalfKm: number;
  note?: string | null;
}

export function toWeightsVersion(row: WeightsRow): WeightsVersion {
  const weights = Object.fromEntries(MATCH_PARTS.map((k) => [k, Number(row.weights[k] ?? 0)])) as MatchWeights;
  return { version: row.version, weights, alertThreshold: row.alertThreshold, distanceHalfKm: row.distanceHalfKm };
}

/** Versions 5 to 7 kept version 4's weights and changed how the text and « métier » parts read a profile. */
const WEIGHTS_SINCE_V4 = { activity: 0.04, trade: 0.08, text: 0.71, distance: 0.03, locality: 0.04, size: 0.02, trust: 0.04, responsiveness: 0.04 } as const;

/** The versions the migrations insert (1 in 0004, 2 in 0010, 3 in 0012, 4 in 0031, 5 in 0032, 6 in 0033, 7 in 0034), exactly as they write them. */
export const MIGRATED_WEIGHTS = [
  {
    version: 1,
    weights: { activity: 0.3, text: 0.15, distance: 0.2, locality: 0.1, size: 0.1, trust: 0.07, responsiveness: 0.08 },
    alertThreshold: 0.55,
    distanceHalfKm: 25,
    note: "Version initiale : activité et proximité d'abord, puis pertinence du texte, taille, confiance et réactivité.",
  },
  {
    version: 2,
    weights: { activity: 0.1, text: 0.6, distance: 0.1, locality: 0.05, size: 0.05, trust: 0.05, responsiveness: 0.05 },
    alertThreshold: 0.6,
    distanceHalfKm: 25,
    note: "Version 2 : le texte du besoin (titre et description) lu dans toute la fiche du fournisseur passe en tête ; le code NAF devient un signal parmi d'autres.",
  },
  {
    version: 3,
    weights: { activity: 0.08, trade: 0.17, text: 0.5, distance: 0.08, locality: 0.04, size: 0.04, trust: 0.045, responsiveness: 0.045 },
    alertThreshold: 0.6,
    distanceHalfKm: 25,
    note: "Version 3 : le métier rejoint les critères : le code d'activité du fournisseur est-il celui des entreprises qui décrivent ce genre de prestation ?",
  },
  {
    version: 4,
    weights: WEIGHTS_SINCE_V4,
    alertThreshold: 0.55,
    distanceHalfKm: 25,
    note: "Version 4 : le texte du besoin lu dans la fiche du fournisseur pèse davantage ; le code NAF choisi par l'acheteur, souvent approximatif, un peu moins.",
  },
  {
    version: 5,
    weights: WEIGHTS_SINCE_V4,
    alertThreshold: 0.5,
    distanceHalfKm: 25,
    note: "Version 5 : le titre du besoin dit ce qui est acheté ; une fiche qui n'en reprend aucun mot parlant garde la moitié de sa note de texte. Alertes à partir de 0,5.",
  },
  {
    version: 6,
    weights: WEIGHTS_SINCE_V4,
    alertThreshold: 0.5,
    distanceHalfKm: 25,
    note: "Version 6 : une fiche consacrée à ce que demande le besoin passe devant une fiche qui en parle parmi beaucoup d'autres choses (jusqu'à 30 % de la note de texte). Mêmes poids et même seuil que la version 5.",
  },
  {
    version: 7,
    weights: WEIGHTS_SINCE_V4,
    alertThreshold: 0.5,
    distanceHalfKm: 25,
    note: "Version 7 : le métier compte chaque code NAF comme 30 entreprises au plus ; un code fourre-tout de plusieurs centaines d'entreprises n'est plus écarté parce que la plupart d'entre elles font autre chose. Mêmes poids et même seuil que la version 6.",
  },
] as const;

export async function currentWeights(db: DbOrTx): Promise<WeightsVersion> {
  let row = await latestWeights(db);
  if (!row) {
    // Only a database emptied after migrating (integration tests truncate tables) lacks the migrated versions:
    // put them back as the migrations wrote them, so every ranking still names a stored version.
    await db
      .insert(matchingWeights)
      .values(MIGRATED_WEIGHTS.map((w) => ({ ...w, weights: { ...w.weights } })))
      .onConflictDoNothing();
    row = await latestWeights(db);
  }
  return toWeightsVersion(present(row, "the matching weights version"));
}

export async function publishWeights(db: Db, actor: Actor | null, input: WeightsInput): Promise<WeightsVersion> {
  authorize(actor, "matching:configure");
  const errors = validateWeights(input);
  if (Object.keys(errors).length) throw new ValidationError(errors);
  // Stored in the parts' order, exactly the seven keys.
  const weights = Object.fromEntries(MATCH_PARTS.map((k) => [k, input.weights[k]])) as MatchWeights;
  return db.transaction(async (tx) => {
    // Two staff publishing at once get consecutive versions, not a unique-index error.
    await tx.execute(sql`lock table matching_weights in share row exclusive mode`);
    await currentWeights(tx);
    const before = await latestWeights(tx);
    const [row] = await tx
      .insert(matchingWeights)
      .values({
        version: (before?.version ?? 0) + 1,
        weights,
        alertThreshold: input.alertThreshold,
        distanceHalfKm: input.distanceHalfKm,
        note: input.note?.trim() || null,
        createdBy: actor.userId,
      })
      .returning();
    const snap = (r: WeightsRow) => ({ version: r.version, weights: r.weights, alertThreshold: r.alertThreshold, distanceHalfKm: r.distanceHalfKm });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "matching.weights",
      objectType: "matching_weights",
      objectId: String(row.version),
      before: before ? snap(before) : null,
      after: { ...snap(row), note: row.note },
    });
    return toWeightsVersion(row);
  });
}
