/** The buyer dashboard's URL state: period (du/au), distance (rayon), company (entreprise) and drill-down filters. */
import { RADII_KM, type RadiusKm } from "@/lib/dashboards/definitions";
import { isMonth, parsePeriod } from "@/lib/dashboards/period";
import { z } from "@/lib/validation/zod";
import type { NeedFilter, PurchaseFilter } from "@/db/queries/dashboards/buyer";

export type SearchParams = Record<string, string | string[] | undefined>;

export const DEFAULT_RADIUS: RadiusKm = 30;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const yesNo = z.enum(["oui", "non"]).optional().catch(undefined);

const ZParams = z.object({
  entreprise: z.uuid().optional().catch(undefined),
  rayon: z.coerce
    .number()
    .refine((n): n is RadiusKm => (RADII_KM as readonly number[]).includes(n))
    .optional()
    .catch(undefined),
  mois: z.string().refine(isMonth).optional().catch(undefined),
  famille: z
    .string()
    .regex(/^[A-U]$/)
    .optional()
    .catch(undefined),
  epci: z
    .string()
    .regex(/^(\d{9})?$/)
    .optional()
    .catch(undefined),
  commune: z
    .string()
    .regex(/^[0-9AB]{5}$/)
    .optional()
    .catch(undefined),
  local: yesNo,
  pme: yesNo,
  km: z.coerce
    .number()
    .refine((n): n is RadiusKm => (RADII_KM as readonly number[]).includes(n))
    .optional()
    .catch(undefined),
  besoins: z.enum(["tous", "sans-reponse", "3-locales", "attribues"]).optional().catch(undefined),
});

export function parseDashboardParams(raw: SearchParams) {
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, one(v)]));
  const p = ZParams.parse(flat);
  const period = parsePeriod({ du: flat.du, au: flat.au });
  const purchases: PurchaseFilter = {
    month: p.mois,
    section: p.famille,
    epci: p.epci,
    commune: p.commune,
    local: p.local === undefined ? undefined : p.local === "oui",
    sme: p.pme === undefined ? undefined : p.pme === "oui",
    withinKm: p.km as RadiusKm | undefined,
  };
  const needs: NeedFilter | null =
    p.besoins === undefined ? null : ({ tous: "all", "sans-reponse": "unanswered", "3-locales": "three-local", attribues: "awarded" } as const)[p.besoins];
  return { companyId: p.entreprise, radius: (p.rayon as RadiusKm | undefined) ?? DEFAULT_RADIUS, period, purchases, needs };
}
