/** A stored offer as the form's starting values. */
import type { LoadedOffer } from "@/lib/offers/reads";
import type { OfferFormDefaults } from "./offer-form";

export function offerFormDefaults(loaded: LoadedOffer): OfferFormDefaults {
  const o = loaded.offer;
  return {
    title: o.title,
    description: o.description,
    priceIndication: o.priceIndication,
    nafCodes: loaded.activities.map((a) => ({ id: a.code, label: `${a.code} — ${a.label}` })),
    area: { kind: o.areaKind, radiusKm: o.areaRadiusKm, areas: loaded.areas.map((a) => ({ id: `${a.kind}:${a.code}`, label: a.name })) },
  };
}
