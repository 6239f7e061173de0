"use server";
/** Publishing a new weights version: parse the form, then the service checks staff, the rules, and audits. */
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db";
import { userAction } from "@/lib/actions/client";
import { publishWeights } from "@/lib/matching/service";
import { MATCH_PARTS } from "@/lib/matching/types";
import { z, zOptionalText } from "@/lib/validation/zod";
import { zFrenchNumber } from "@/lib/validation/french-number";

/** "0,3", "0.30", " 0.3 " → 0.3 (to 4 places, what the weights page shows); hex, exponents and the rest are refused. */
const decimal = (label: string) => zFrenchNumber(label, { decimals: 4 });

const ZWeightsForm = z
  .object({
    ...(Object.fromEntries(MATCH_PARTS.map((k) => [k, decimal("Le poids")])) as Record<(typeof MATCH_PARTS)[number], ReturnType<typeof decimal>>),
    alertThreshold: decimal("Le seuil d'alerte"),
    distanceHalfKm: decimal("La distance de demi-note"),
    note: zOptionalText(500, { multiline: true }),
  })
  .strict();

export const publishWeightsAction = userAction(ZWeightsForm, async (input, { actor }) => {
  const { alertThreshold, distanceHalfKm, note, ...weights } = input;
  const published = await publishWeights(getDb(), actor, { weights: weights as Record<string, number>, alertThreshold, distanceHalfKm, note });
  revalidatePath("/cci/ponderations");
  return { ok: true, message: `Version n° ${published.version} publiée : elle s'applique aux prochains classements.` };
});
