/** CSR criteria ("achats durables") a buyer can ask for, with their French labels. */
export const CSR_CRITERIA = [
  { code: "labels", label: "Labels ou certifications environnementales" },
  { code: "circular_economy", label: "Économie circulaire (réemploi, recyclage)" },
  { code: "insertion", label: "Insertion par l'activité économique" },
  { code: "disability", label: "Secteur adapté et protégé (handicap)" },
  { code: "low_carbon", label: "Bas carbone, circuits courts de livraison" },
  { code: "social_economy", label: "Économie sociale et solidaire" },
] as const;

export type CsrCode = (typeof CSR_CRITERIA)[number]["code"];
export const CSR_CODES = CSR_CRITERIA.map((c) => c.code) as [CsrCode, ...CsrCode[]];
export const csrLabel = (code: string) => CSR_CRITERIA.find((c) => c.code === code)?.label ?? code;

export const NEED_KINDS = [
  { code: "supplies", label: "Fournitures" },
  { code: "services", label: "Services" },
  { code: "works", label: "Travaux" },
] as const;
export type NeedKind = (typeof NEED_KINDS)[number]["code"];
export const needKindLabel = (code: string) => NEED_KINDS.find((k) => k.code === code)?.label ?? code;
