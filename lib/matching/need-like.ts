/**
 * A need as the need form describes it, for ranking without a stored need (the `npm run match` CLI, a
 * preview): the same field names and area rules as lib/needs/need-schema.ts; other form fields are ignored.
 */
import { z, zString } from "../validation/zod";
import { areaFields, checkArea, zList, zOptionalInt, type AreaRef } from "../geo/area-schema";
import { NAF_SUBCLASS, normalizeNaf } from "../naf/code";
import { COMMUNE_CODE } from "../geo/commune-code";

export const ZNeedLike = z
  .object({
    title: zString({ error: "Le titre est obligatoire." }).trim().min(1, "Le titre est obligatoire.").max(150, "150 caractères au plus."),
    description: zString(undefined, { multiline: true })
      .trim()
      .max(5000, "5 000 caractères au plus.")
      .optional()
      .transform((v) => v ?? ""),
    // Read and checked so that scripts may pass a whole need; ranking does not depend on them.
    kind: z.enum(["supplies", "services", "works"], { error: "Type d'achat invalide (supplies, services ou works)." }).optional(),
    responseDeadline: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}/, "Date limite invalide (attendu : 2027-03-31).")
      .optional(),
    // Other programs write "4332A" or "43.32a" too (SIRENE files do): read as "43.32A".
    nafCodes: zList(
      z
        .string()
        .transform((v) => normalizeNaf(v) ?? v)
        .pipe(z.string().regex(NAF_SUBCLASS, "Code NAF invalide (attendu : 43.32A).")),
    ).pipe(z.array(z.string()).min(1, "Choisissez au moins une activité recherchée.").max(10, "10 activités au plus.")),
    // A program may write the code as a number (13005, or 1053 for 01053).
    communeCode: z.preprocess(
      (v) => (typeof v === "number" && Number.isInteger(v) ? String(v).padStart(5, "0") : v),
      z
        .string({ error: "Le lieu de livraison est obligatoire." })
        .trim()
        .toUpperCase()
        .regex(COMMUNE_CODE, "Le lieu de livraison doit être un code INSEE de commune (ex. 13005)."),
    ),
    ...areaFields("perimeter"),
    budgetMinEur: zOptionalInt("Le budget minimum", 0, 100_000_000),
    budgetMaxEur: zOptionalInt("Le budget maximum", 0, 100_000_000),
  })
  .superRefine((v, ctx) => {
    checkArea("perimeter", v, ctx);
    if (v.budgetMinEur !== undefined && v.budgetMaxEur !== undefined && v.budgetMinEur > v.budgetMaxEur) {
      ctx.addIssue({ code: "custom", path: ["budgetMaxEur"], message: "Le budget maximum doit être supérieur ou égal au minimum." });
    }
  });

export type NeedLikeInput = z.output<typeof ZNeedLike>;

/** What ranking needs from a need, stored or not. */
export interface NeedLike {
  id?: string;
  /** The buyer: never ranked for its own need. */
  companyId?: string | null;
  title: string;
  description?: string;
  nafCodes: string[];
  communeCode: string;
  perimeterKind: "radius" | "territory" | "areas";
  perimeterRadiusKm?: number | null;
  perimeterAreas: AreaRef[];
  budgetMinEur?: number | null;
  budgetMaxEur?: number | null;
}
