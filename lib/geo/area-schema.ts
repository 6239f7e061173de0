/**
 * A perimeter or service area as forms send it: a radius around a commune, the whole territory,
 * or a list of communes / EPCIs ("commune:13005", "epci:200054807").
 */
import { AREA_KIND_VALUES } from "@/db/schema/enum-values";
import { asList } from "../validation/as-list";
import { z } from "../validation/zod";
import { zFrenchInt } from "../validation/french-number";

export const AREA_KINDS = AREA_KIND_VALUES;
export type AreaKind = (typeof AREA_KINDS)[number];

export interface AreaRef {
  kind: "commune" | "epci";
  code: string;
}

/** FormData gives a string for one value and an array for several: always an array here. */
export const zList = <T extends z.ZodType>(item: T) => z.preprocess((v) => asList(v).filter((x) => x !== ""), z.array(item));

/** A zone as forms and the public API write it: "commune:13005", "epci:200054807". */
export const AREA_REF = /^(commune:[0-9][0-9AB][0-9]{3}|epci:\d{9})$/;

/**
 * "commune:13005" as forms send it, or { kind: "commune", code: "13005" } as a stored need and the JSON files of
 * other programs (`npm run match -- --need`) write it: the same zone either way.
 */
const zAreaRef = z.preprocess(
  (v) => (v && typeof v === "object" && "kind" in v && "code" in v ? `${String(v.kind)}:${String(v.code)}` : v),
  z
    .string({ error: "Zone inconnue." })
    .regex(AREA_REF, "Zone inconnue.")
    .transform((v): AreaRef => {
      const [kind, code] = v.split(":");
      return { kind: kind as AreaRef["kind"], code };
    }),
);

/** An optional whole number typed the French way (« 15 000 »); blank is undefined. */
export const zOptionalInt = (label: string, min: number, max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), zFrenchInt(label, min, max).optional());

/** The three fields of an area, checked together. `prefix` names the form fields (perimeter / serviceArea…). */
const areaKindField = () => z.enum(AREA_KINDS, { error: "Choisissez un type de zone." });
const radiusField = () => zOptionalInt("Le rayon", 1, 300);
const areasField = () => zList(zAreaRef).pipe(z.array(z.custom<AreaRef>()).max(50, "50 zones au plus."));

export function areaFields<P extends string>(prefix: P) {
  return {
    [`${prefix}Kind`]: areaKindField(),
    [`${prefix}RadiusKm`]: radiusField(),
    [`${prefix}Areas`]: areasField(),
  } as { [K in `${P}Kind`]: ReturnType<typeof areaKindField> } & { [K in `${P}RadiusKm`]: ReturnType<typeof radiusField> } & {
    [K in `${P}Areas`]: ReturnType<typeof areasField>;
  };
}

/** Cross-field rule: a radius needs its km, a list needs at least one zone. Adds issues to ctx. */
export function checkArea(prefix: string, value: Record<string, unknown>, ctx: z.RefinementCtx) {
  const kind = value[`${prefix}Kind`];
  if (kind === "radius" && value[`${prefix}RadiusKm`] === undefined) {
    ctx.addIssue({ code: "custom", path: [`${prefix}RadiusKm`], message: "Indiquez le rayon en kilomètres." });
  }
  if (kind === "areas" && (value[`${prefix}Areas`] as unknown[]).length === 0) {
    ctx.addIssue({ code: "custom", path: [`${prefix}Areas`], message: "Ajoutez au moins une commune ou un EPCI." });
  }
}
