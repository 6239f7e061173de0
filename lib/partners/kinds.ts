/** Kinds of partner networks, with the French labels pages show. */
export const PARTNER_KINDS = ["cress", "employers", "trades", "agriculture", "french_tech", "other"] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = {
  cress: "Chambre de l'économie sociale et solidaire (Cress)",
  employers: "Organisation patronale (CPME, UPE…)",
  trades: "Chambre de métiers et de l'artisanat",
  agriculture: "Chambre d'agriculture",
  french_tech: "French Tech",
  other: "Autre réseau",
};
