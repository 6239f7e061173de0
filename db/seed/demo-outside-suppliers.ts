/**
 * Suppliers from neighbouring regions, so the local share of the demo's awards is not a flat 100 %: their
 * communes, and the companies, admins and memberships the history adds for them.
 */
import { withLuhnKey } from "../../lib/companies/siret";
import type { DemoCompany, DemoMembership, DemoUser } from "./generate";
import { DEMO_EMAIL_DOMAIN } from "./generate";
import { DAY, uuidOf } from "./demo-history-model";

/** Suppliers from neighbouring regions: commune, NAF, name, headcount band. */
const OUTSIDE_SUPPLIERS: { commune: string; naf: string; name: string; band: string }[] = [
  { commune: "83137", naf: "81.21Z", name: "Varoise de Propreté", band: "21" },
  { commune: "84007", naf: "43.21A", name: "Vaucluse Électricité Industrielle", band: "12" },
  { commune: "34172", naf: "62.01Z", name: "Hérault Logiciels", band: "11" },
  { commune: "30189", naf: "49.41A", name: "Transports Gardois", band: "22" },
  { commune: "06088", naf: "56.21Z", name: "Azur Réceptions Traiteur", band: "03" },
  { commune: "83137", naf: "43.32A", name: "Agencement Toulonnais", band: "03" },
  { commune: "84007", naf: "18.12Z", name: "Imprimerie des Papes", band: "11" },
  { commune: "30189", naf: "81.30Z", name: "Jardins de Nîmes Services", band: "02" },
  { commune: "38185", naf: "80.10Z", name: "Alpes Sécurité Privée", band: "31" },
  { commune: "34172", naf: "43.22B", name: "Thermique Languedoc", band: "12" },
];

/** The communes the loader checks in the reference data before passing them as `outsideCommunes`. */
export const OUTSIDE_COMMUNES = [...new Set(OUTSIDE_SUPPLIERS.map((s) => s.commune))];

/** The outside suppliers whose commune is in the reference data, each with its admin. */
export function outsideSuppliers(seed: number, now: Date, outsideCommunes: Set<string>) {
  const companies: DemoCompany[] = [];
  const users: DemoUser[] = [];
  const memberships: DemoMembership[] = [];
  OUTSIDE_SUPPLIERS.filter((s) => outsideCommunes.has(s.commune)).forEach((s, i) => {
    const siren = sirenOf(seed, i);
    const siret = withLuhnKey(siren + "0001");
    const createdAt = new Date(now.getTime() - (400 + i * 3) * DAY);
    const id = uuidOf(`outside:${seed}:${siret}`);
    const slug = s.name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    const userId = uuidOf(`outside-user:${seed}:${slug}`);
    companies.push({
      id,
      siren,
      siret,
      legalName: `${s.name} SAS`,
      tradeName: s.name,
      nafCode: s.naf,
      communeCode: s.commune,
      headcountBand: s.band,
      sector: "private",
      description: "Entreprise d'une région voisine, qui répond aussi aux besoins de la métropole.",
      website: null,
      isLargeBuyer: false,
      createdAt,
      signedAt: new Date(createdAt.getTime() + DAY),
      signedByUserId: userId,
      verifiedAt: new Date(createdAt.getTime() + 3 * DAY),
    });
    users.push({
      id: userId,
      email: `contact@${slug}.${DEMO_EMAIL_DOMAIN}`,
      firstName: "Claire",
      lastName: `Durand-${i + 1}`,
      jobTitle: "Présidente",
      platformRole: "user",
      createdAt,
    });
    memberships.push({ userId, companyId: id, role: "admin" });
  });
  return { companies, users, memberships };
}

/** SIRENs of the outside suppliers: a first digit (1) the generator's companies never use, so never a clash. */
function sirenOf(seed: number, i: number) {
  return withLuhnKey(`1${String((seed * 7919 + i * 104_729) % 10_000_000).padStart(7, "0")}`);
}
