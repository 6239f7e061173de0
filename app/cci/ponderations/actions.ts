"use server";
/** Publishing a new weights version: parse the form, then the service checks staff, the rules, and audits. */
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { formAction } from "@/lib/actions/client";
import { publishWeights } from "@/lib/matching/service";
import { MATCH_PARTS } from "@/lib/matching/types";
import { z } from "@/lib/validation/zod";

/** "0,3", "0.30", " 0.3 " → 0.3; anything else is left for zod to refuse in French. */
const decimal = (label: string) => z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? Number(v.trim().replace(",", ".")) : v),
  z.number({ error: `${label} doit être un nombre (ex. 0,25).` }),
);

const ZWeightsForm = z.object({
  ...Object.fromEntries(MATCH_PARTS.map((k) => [k, decimal("Le poids")])) as Record<(typeof MATCH_PARTS)[number], ReturnType<typeof decimal>>,
  alertThreshold: decimal("Le seuil d'alerte"),
  distanceHalfKm: decimal("La distance de demi-note"),
  note: z.string().trim().max(500, "500 caractères au plus.").optional(),
}).strict();

export const publishWeightsAction = formAction(ZWeightsForm, async (input, { actor }) => {
  const { alertThreshold, distanceHalfKm, note, ...weights } = input;
  const published = await publishWeights(getDb(), actor, { weights: weights as Record<string, number>, alertThreshold, distanceHalfKm, note });
  revalidatePath("/cci/ponderations");
  return { ok: true, message: `Version n° ${published.version} publiée : elle s'applique aux prochains classements.` };
});
