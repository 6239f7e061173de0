/** Valid offer and profile inputs (as the forms send them), parsed by the real schemas, and a tiny real PNG. */
import { ZOfferInput, type OfferInput } from "@/lib/offers/offer-schema";
import { profileInputSchema, type ProfileInput } from "@/lib/companies/profile-schema";
import type { CheckedUpload } from "@/lib/files/check-upload";

/** A valid 1×1 PNG: file-type recognises it by its bytes. */
export const TINY_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

export function pngUpload(filename = "chantier.png"): CheckedUpload {
  return { filename, mimeType: "image/png", sizeBytes: TINY_PNG.length, bytes: TINY_PNG };
}

export function offerFormValues(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: "Nettoyage de bureaux et de locaux professionnels",
    description: "Entretien quotidien ou hebdomadaire de vos bureaux, vitrerie, remise en état après travaux.",
    nafCodes: ["81.21Z"],
    priceIndication: "à partir de 28 € HT de l'heure",
    areaKind: "radius",
    areaRadiusKm: "30",
    areaAreas: [],
    ...over,
  };
}

export const offerInput = (over: Record<string, unknown> = {}): OfferInput => ZOfferInput.parse(offerFormValues(over));

export function profileFormValues(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    description: "Menuiserie bois et aluminium depuis 1987 : fabrication, pose, rénovation.",
    website: "menuiserie-exemple.fr",
    contactName: "Antoine Roux",
    contactEmail: "contact@menuiserie-exemple.fr",
    contactPhone: "+33 4 42 00 00 00",
    headcountBand: "03",
    secondaryNafCodes: ["16.23Z", "43.32B"],
    certifications: "Qualibat, RGE",
    serviceAreaKind: "areas",
    serviceAreaRadiusKm: "",
    serviceAreaAreas: ["commune:13005", "epci:200054807"],
    refClient: ["Ville d'Aubagne", "Groupe Méridien Énergie"],
    refYear: ["2024", "2021"],
    refDescription: ["Menuiseries de l'école Jean-Moulin", ""],
    ...over,
  };
}

export const profileInput = (over: Record<string, unknown> = {}): ProfileInput => profileInputSchema().parse(profileFormValues(over));
