/**
 * Synthetic marketplace data for the search bench: companies on real communes with real NAF sous-classes,
 * and published needs from a few hundred buyers. Pure: a function of (seed, reference rows, now).
 */
import { LA_POSTE_SIREN, withLuhnKey } from "../../lib/companies/siret";
import { CSR_CODES } from "../../lib/needs/csr";
import { ACTIVITIES, LAST_NAMES, PLACES_OF, PLACE_WORDS, SME_BANDS } from "../../db/seed/catalogue";
import { Rng, WeightedPicker } from "./prng";

export interface RefCommune {
  inseeCode: string;
  name: string;
  department: string;
  population: number | null;
  lat: number;
  lng: number;
}
export interface RefNaf {
  code: string;
  label: string;
  section: string;
}

export interface BenchCompany {
  id: string;
  siren: string;
  siret: string;
  legalName: string;
  tradeName: string | null;
  nafCode: string;
  communeCode: string;
  headcountBand: string;
  sector: "private" | "public";
  description: string;
  isLargeBuyer: boolean;
  certifications: string[];
  createdAt: Date;
  verifiedAt: Date;
  signedAt: Date;
}

export interface BenchNeed {
  id: string;
  companyId: string;
  title: string;
  description: string;
  kind: "supplies" | "services" | "works";
  communeCode: string;
  budgetMinEur: number;
  budgetMaxEur: number;
  csrCriteria: string[];
  responseDeadline: Date;
  publishedAt: Date;
  createdAt: Date;
  nafCodes: string[];
}

export interface GenerateOptions {
  seed: number;
  companies: number;
  needs: number;
  buyers: number;
  /** Share of companies in the Bouches-du-Rhône (département 13). */
  share13: number;
  now: Date;
}

const DAY = 86_400_000;
const PRIVATE_FIRST_DIGITS = [..."3456789"];
const LEGAL_FORMS = [
  { value: "SARL", weight: 35 },
  { value: "SAS", weight: 30 },
  { value: "SASU", weight: 15 },
  { value: "EURL", weight: 12 },
  { value: "SA", weight: 4 },
  { value: "SCOP", weight: 2 },
  { value: "SNC", weight: 2 },
];
const CERTIFICATIONS = ["ISO 9001", "ISO 14001", "Qualibat", "RGE", "ESUS", "Qualiopi", "MASE", "Imprim'Vert", "Ecocert"];
/** Words a label starts with that make poor company names ("Fabrication de …" → the next word). */
const GENERIC = new Set([
  "fabrication",
  "commerce",
  "autres",
  "autre",
  "activites",
  "activite",
  "production",
  "services",
  "service",
  "travaux",
  "gros",
  "detail",
  "culture",
  "elevage",
  "location",
  "exploitation",
  "gestion",
  "industrie",
  "preparation",
  "traitement",
  "construction",
  "installation",
  "reparation",
  "transformation",
  "enseignement",
  "intermediaires",
  "edition",
  "sciage",
]);
const LABEL_STOP = new Set(["de", "des", "du", "d", "la", "le", "les", "l", "et", "en", "a", "au", "aux", "pour", "sauf", "non", "ou", "sur", "par"]);
const SERVICE_PHRASES = [
  "pour les entreprises et les collectivités",
  "devis sous 48 heures",
  "interventions sur site et contrats annuels",
  "savoir-faire local et équipe qualifiée",
  "pour les PME, les commerces et les industriels",
  "sur mesure, de l'étude à la livraison",
];
const NEED_TITLES = [
  "Recherche d'un prestataire : {label}",
  "Contrat annuel — {label}",
  "{Label} pour notre site de {commune}",
  "Consultation : {label}",
  "{Mot} : besoin ponctuel pour {commune}",
  "Appel à devis {mot} (lot unique)",
];

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const fill = (pattern: string, values: Record<string, string>) => pattern.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? "");

/** The first telling word of a NAF label: "Travaux de menuiserie bois et PVC" → "menuiserie". */
export function labelWord(label: string): string {
  const words = label.split(/[^\p{L}]+/u).filter((w) => w.length > 2 && !LABEL_STOP.has(fold(w)));
  return (words.find((w) => !GENERIC.has(fold(w))) ?? words[0] ?? label).toLowerCase();
}

export function generateBenchData(opts: GenerateOptions, ref: { communes: RefCommune[]; splitCommunes: Set<string>; naf: RefNaf[] }) {
  const rng = new Rng(opts.seed);
  const nafByCode = new Map(ref.naf.map((n) => [n.code, n]));
  const catalogue = ACTIVITIES.filter((a) => nafByCode.has(a.naf));
  const activityPicker = new WeightedPicker(catalogue.map((a) => ({ value: a, weight: a.weight })));
  const bandPicker = new WeightedPicker([
    ...SME_BANDS,
    { value: "NN", weight: 3 },
    { value: "31", weight: 1 },
    { value: "32", weight: 1 },
    { value: "41", weight: 0.5 },
  ]);
  const formPicker = new WeightedPicker(LEGAL_FORMS);
  // SIRENE locates establishments in arrondissements, not in the commune they split (Marseille 13055).
  const located = ref.communes.filter((c) => !ref.splitCommunes.has(c.inseeCode));
  // Sub-linear in population, like the demo seed: cities dominate, villages still get a few companies.
  const weight = (c: RefCommune) => Math.max(c.population ?? 0, 300) ** 0.8;
  const in13 = new WeightedPicker(located.filter((c) => c.department === "13").map((c) => ({ value: c, weight: weight(c) })));
  const elsewhere = new WeightedPicker(located.filter((c) => c.department !== "13").map((c) => ({ value: c, weight: weight(c) })));
  const pickCommune = () => (rng.chance(opts.share13) ? in13 : elsewhere).pick(rng);
  const now = opts.now.getTime();

  const sirens = new Set<string>();
  const newSiren = (sector: "private" | "public") => {
    for (;;) {
      const siren = withLuhnKey((sector === "public" ? "2" : rng.pick(PRIVATE_FIRST_DIGITS)) + rng.digits(7));
      if (siren !== LA_POSTE_SIREN && !sirens.has(siren)) {
        sirens.add(siren);
        return siren;
      }
    }
  };

  const companies: BenchCompany[] = [];
  for (let i = 0; i < opts.companies; i++) {
    const commune = pickCommune();
    const local = commune.department === "13";
    const place = local ? rng.pick(PLACE_WORDS) : commune.name;
    const nom = rng.pick(LAST_NAMES);
    let naf: RefNaf;
    let name: string;
    let description: string;
    // Two companies in three do the trades the catalogue knows; the rest any sous-classe of the nomenclature.
    if (rng.chance(0.65)) {
      const activity = activityPicker.pick(rng);
      naf = nafByCode.get(activity.naf)!;
      name = fill(rng.pick(activity.names), { nom, lieu: place, delieu: local ? rng.pick(PLACES_OF) : `de ${commune.name}` });
      description = `${rng.pick(activity.descriptions)} Intervention à ${commune.name} et alentours.`;
    } else {
      naf = rng.pick(ref.naf);
      const mot = capitalize(labelWord(naf.label));
      name = fill(rng.pick(["{mot} {nom}", "Établissements {nom}", "{nom} {mot}", "{lieu} {mot}", "{mot} {nom} & Associés"]), { mot, nom, lieu: place });
      description = `${naf.label} : ${rng.pick(SERVICE_PHRASES)}, à ${commune.name} et alentours.`;
    }
    const sector = rng.chance(0.01) ? "public" : "private";
    const siren = newSiren(sector);
    const createdAt = new Date(now - rng.int(30, 3 * 365) * DAY - rng.int(0, DAY / 1000) * 1000);
    const signedAt = new Date(createdAt.getTime() + rng.int(5, 3 * 24 * 60) * 60_000);
    companies.push({
      id: rng.uuid(),
      siren,
      siret: withLuhnKey(siren + rng.pick(["0001", "0002", "0003", "0010", "0012", "0025"])),
      legalName: `${name} ${formPicker.pick(rng)}`,
      tradeName: rng.chance(0.8) ? name : null,
      nafCode: naf.code,
      communeCode: commune.inseeCode,
      headcountBand: bandPicker.pick(rng),
      sector,
      description,
      isLargeBuyer: rng.chance(0.005),
      certifications: rng.chance(0.25) ? rng.sample(CERTIFICATIONS, rng.int(1, 2)) : [],
      createdAt,
      signedAt,
      verifiedAt: new Date(signedAt.getTime() + rng.int(1, 10) * DAY),
    });
  }

  // Buyers: a few hundred companies publish all the needs, some many, some a handful.
  const buyers = rng.sample(companies, opts.buyers);
  const buyerPicker = new WeightedPicker(buyers.map((b) => ({ value: b, weight: 0.2 + rng.next() })));
  const byDivision = new Map<string, RefNaf[]>();
  for (const n of ref.naf) byDivision.set(n.code.slice(0, 2), [...(byDivision.get(n.code.slice(0, 2)) ?? []), n]);
  const communeByCode = new Map(ref.communes.map((c) => [c.inseeCode, c]));
  const needs: BenchNeed[] = [];
  for (let i = 0; i < opts.needs; i++) {
    const buyer = buyerPicker.pick(rng);
    const activity = rng.chance(0.7) ? activityPicker.pick(rng) : null;
    const primary = activity ? nafByCode.get(activity.naf)! : rng.pick(ref.naf);
    const extra = rng.sample(
      (byDivision.get(primary.code.slice(0, 2)) ?? []).filter((n) => n.code !== primary.code),
      rng.int(0, 2),
    );
    const commune = rng.chance(0.6) ? communeByCode.get(buyer.communeCode)! : in13.pick(rng);
    const mot = labelWord(primary.label);
    const title = fill(rng.pick(NEED_TITLES), {
      label: primary.label.toLowerCase(),
      Label: primary.label,
      mot,
      Mot: capitalize(mot),
      commune: commune.name,
    });
    const kind = primary.section === "F" ? "works" : "ABCDG".includes(primary.section) ? "supplies" : "services";
    const budgetMin = rng.int(2, 80) * 1000;
    const publishedAt = new Date(now - rng.int(0, 30) * DAY - rng.int(0, 86_399) * 1000);
    needs.push({
      id: rng.uuid(),
      companyId: buyer.id,
      title,
      description: `${activity ? rng.pick(activity.descriptions) : `${primary.label}.`} Cahier des charges sur demande, démarrage souhaité sous ${rng.int(2, 12)} semaines, lieu d'exécution : ${commune.name}.`,
      kind,
      communeCode: commune.inseeCode,
      budgetMinEur: budgetMin,
      budgetMaxEur: Math.round(budgetMin * (1.5 + rng.next() * 1.5)),
      csrCriteria: rng.sample(CSR_CODES, rng.int(0, 2)),
      responseDeadline: new Date(now + rng.int(5, 120) * DAY),
      publishedAt,
      createdAt: new Date(publishedAt.getTime() - rng.int(1, 10) * DAY),
      nafCodes: [primary.code, ...extra.map((n) => n.code)],
    });
  }
  return { companies, needs, buyers: buyers.length };
}
