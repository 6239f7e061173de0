/** What the offer form sends, with French messages per field. Photos travel as files, read by the action. */
import { z, zOptionalText, zText } from "../validation/zod";
import { areaFields, checkArea, zList } from "../geo/area-schema";
import { NAF_SUBCLASS } from "../naf/code";

export const MAX_OFFER_PHOTOS = 4;
export const MAX_OFFER_ACTIVITIES = 5;

export const ZOfferInput = z
  .object({
    title: zText("Le titre", 5, 120),
    description: zText("La description", 20, 3000, { multiline: true }),
    nafCodes: zList(z.string().regex(NAF_SUBCLASS, "Code NAF invalide."))
      .pipe(z.array(z.string()).min(1, "Choisissez au moins une activité.").max(MAX_OFFER_ACTIVITIES, `${MAX_OFFER_ACTIVITIES} activités au plus.`))
      .transform((codes) => [...new Set(codes)]),
    priceIndication: zOptionalText(120),
    ...areaFields("area"),
  })
  .strict()
  .superRefine((v, ctx) => checkArea("area", v, ctx), {
    when: (payload) => !payload.issues.some((i) => String(i.path?.[0]).startsWith("area")),
  });

export type OfferInput = z.output<typeof ZOfferInput>;
