/**
 * Demo data generator: a pure function of (seed, territory communes, NAF sous-classes) → companies, users,
 * memberships. No database and no clock, so the same seed always gives the same demo (tests rely on it).
 */
import { Faker, base, fr } from "@faker-js/faker";
import { LA_POSTE_SIREN, withLuhnKey } from "../../lib/companies/siret";
import { ACTIVITIES, FIRST_NAMES, LARGE_BUYERS, LAST_NAMES, PLACES_OF, PLACE_WORDS, SME_BANDS } from "./catalogue";
import { DEMO_ACCOUNTS, DEMO_EMAIL_DOMAIN } from "./demo-accounts";
import { demoId, slugify, type DemoCommune, type DemoCompany, type DemoData, type DemoMembership, type DemoUser } from "./demo-model";

// Importers keep reaching the accounts and row shapes through this module (they lived here before the split).
export { DEMO_ACCOUNTS, DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, type DemoAccount } from "./demo-accounts";
export { slugify, territoryCommunes, type DemoCommune, type DemoCompany, type DemoData, type DemoMembership, type DemoUser } from "./demo-model";

export const DEMO_SME_COUNT = 400;
/** "Now" of the demo: every generated date lies before it. */
const REF_DATE = new Date("2026-01-15T09:00:00Z");

const communeLabel = (name: string) => name.replace(/ Arrondissement$/i, "");

export function generateDemoData(input: { seed: number; communes: DemoCommune[]; nafSubclasses: Set<string> | string[] }): DemoData {
  const { seed, communes } = input;
  const naf = new Set(input.nafSubclasses);
  const missing = [...ACTIVITIES.map((a) => a.naf), ...LARGE_BUYERS.map((b) => b.naf)].filter((c) => !naf.has(c));
  if (missing.length) throw new Error(`Demo seed: NAF sous-classes absent from the nomenclature: ${[...new Set(missing)].join(", ")}`);
  if (communes.length === 0) throw new Error("Demo seed: the territory has no communes (is the reference data loaded?)");

  const f = new Faker({ locale: [fr, base] });
  f.seed(seed);
  f.setDefaultRefDate(REF_DATE);

  const byCode = new Map(communes.map((c) => [c.inseeCode, c]));
  const mostPopulous = [...communes].sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
  const communeFor = (preferred: string[]) => byCode.get(preferred.find((c) => byCode.has(c)) ?? "") ?? mostPopulous;
  // Sub-linear in population: Marseille and Aix dominate, yet villages still get a company or two.
  const communeWeights = communes.map((c) => ({ value: c, weight: Math.max(c.population ?? 0, 300) ** 0.8 }));
  const activityWeights = ACTIVITIES.map((a) => ({ value: a, weight: a.weight }));

  const companies: DemoCompany[] = [];
  const users: DemoUser[] = [];
  const memberships: DemoMembership[] = [];
  const sirens = new Set<string>();
  const tradeNames = new Set<string>();
  const slugs = new Set<string>();

  /** A random moment in the window; `office` moves it to 8 h–18 h (Paris) the same day, for staff and sign-ups. */
  const minutesAfter = (from: Date, minMinutes: number, maxMinutes: number, office = false) => {
    const d = new Date(from.getTime() + f.number.int({ min: minMinutes, max: maxMinutes }) * 60_000);
    if (office) d.setUTCHours(7 + (d.getUTCMinutes() % 10));
    return d < REF_DATE ? d : new Date(REF_DATE.getTime() - 60 * 60_000);
  };
  const dateBetween = (from: string, to: string) => minutesAfter(new Date(from), 0, (Date.parse(to) - Date.parse(from)) / 60_000, true);

  const newSiren = (firstDigits: string) => {
    for (;;) {
      const siren = withLuhnKey(f.helpers.arrayElement([...firstDigits]) + f.string.numeric(7));
      if (siren !== LA_POSTE_SIREN && !sirens.has(siren)) {
        sirens.add(siren);
        return siren;
      }
    }
  };
  const uniqueSlug = (name: string) => {
    const root = slugify(name);
    let slug = root;
    for (let i = 2; slugs.has(slug); i++) slug = `${root}-${i}`;
    slugs.add(slug);
    return slug;
  };
  const addUser = (u: Omit<DemoUser, "id">, companyId: string | null, role: DemoMembership["role"]) => {
    const user = { id: demoId(seed, "user", u.email), ...u };
    users.push(user);
    if (companyId) memberships.push({ userId: user.id, companyId, role });
    return user;
  };
  const person = () => {
    const sex = f.helpers.arrayElement(["female", "male"] as const);
    return { sex, firstName: f.helpers.arrayElement(FIRST_NAMES[sex]), lastName: f.helpers.arrayElement(LAST_NAMES) };
  };
  const gendered = (sex: string | undefined, masculine: string, feminine: string) => (sex === "female" ? feminine : masculine);

  type Status = "verified" | "pending" | "unsigned";
  const addCompany = (
    c: Omit<DemoCompany, "id" | "signedAt" | "signedByUserId" | "verifiedAt" | "createdAt" | "siren" | "siret">,
    status: Status,
    nicPrefix: string,
  ) => {
    const siren = newSiren(c.sector === "public" ? "2" : "3456789");
    const siret = withLuhnKey(siren + nicPrefix);
    let createdAt: Date;
    let signedAt: Date | null = null;
    let verifiedAt: Date | null = null;
    if (c.isLargeBuyer) createdAt = dateBetween("2025-01-06T08:00:00Z", "2025-03-31T17:00:00Z");
    else if (status === "verified") createdAt = dateBetween("2025-01-06T08:00:00Z", "2025-12-20T17:00:00Z");
    else createdAt = dateBetween("2025-11-15T08:00:00Z", "2026-01-14T17:00:00Z");
    if (status !== "unsigned") signedAt = minutesAfter(createdAt, 5, 3 * 24 * 60); // signing is part of onboarding
    // staff check within days; at least a day later, so office hours keep it after the signature
    if (status === "verified") verifiedAt = minutesAfter(signedAt!, 24 * 60, 10 * 24 * 60, true);
    const company: DemoCompany = { id: demoId(seed, "company", siret), siren, siret, ...c, createdAt, signedAt, signedByUserId: null, verifiedAt };
    companies.push(company);
    tradeNames.add(c.tradeName);
    return company;
  };

  // Large buyers: the donneurs d'ordre, each with an admin (purchasing lead) and a buyer colleague.
  LARGE_BUYERS.forEach((spec, i) => {
    const slug = uniqueSlug(spec.tradeName);
    const company = addCompany(
      {
        legalName: spec.legalName,
        tradeName: spec.tradeName,
        nafCode: spec.naf,
        communeCode: communeFor(spec.communes).inseeCode,
        headcountBand: spec.band,
        sector: spec.sector,
        description: spec.description,
        website: `https://${slug}.${DEMO_EMAIL_DOMAIN}`,
        isLargeBuyer: true,
      },
      "verified",
      "0" + f.string.numeric(3),
    );
    const fixed = i === 0 ? DEMO_ACCOUNTS.buyer : i === 1 ? DEMO_ACCOUNTS.publicBuyer : null;
    const lead = person();
    const admin = addUser(
      fixed
        ? {
            email: fixed.email,
            firstName: fixed.firstName,
            lastName: fixed.lastName,
            jobTitle: fixed.jobTitle,
            platformRole: "user",
            createdAt: company.createdAt,
          }
        : {
            email: `achats@${slug}.${DEMO_EMAIL_DOMAIN}`,
            firstName: lead.firstName,
            lastName: lead.lastName,
            platformRole: "user",
            createdAt: company.createdAt,
            jobTitle: spec.sector === "public" ? "Responsable de la commande publique" : gendered(lead.sex, "Directeur des achats", "Directrice des achats"),
          },
      company.id,
      "admin",
    );
    company.signedByUserId = admin.id;
    const p = person();
    const title = f.helpers.arrayElement([
      ["Acheteur", "Acheteuse"],
      ["Acheteur projets", "Acheteuse projets"],
      ["Ingénieur travaux neufs", "Ingénieure travaux neufs"],
      ["Responsable achats responsables", "Responsable achats responsables"],
    ]);
    addUser(
      {
        email: `${slugify(`${p.firstName} ${p.lastName}`, ".")}@${slug}.${DEMO_EMAIL_DOMAIN}`,
        firstName: p.firstName,
        lastName: p.lastName,
        jobTitle: gendered(p.sex, title[0], title[1]),
        platformRole: "user",
        createdAt: minutesAfter(company.createdAt, 60, 30 * 24 * 60),
      },
      company.id,
      "member",
    );
  });

  // SMEs: the two fixed suppliers first, then a status mix close to the network's (most verified signatories).
  const randomCount = DEMO_SME_COUNT - 2;
  const unsigned = Math.round(DEMO_SME_COUNT * 0.05);
  const pending = Math.round(DEMO_SME_COUNT * 0.08);
  const statuses: Status[] = f.helpers.shuffle([
    ...Array<Status>(unsigned).fill("unsigned"),
    ...Array<Status>(pending).fill("pending"),
    ...Array<Status>(randomCount - unsigned - pending).fill("verified"),
  ]);
  const smeSpecs = [
    { fixed: DEMO_ACCOUNTS.supplier, naf: "43.32A", band: "02", form: "SARL", commune: ["13005"], status: "verified" as Status },
    { fixed: DEMO_ACCOUNTS.supplier2, naf: "81.21Z", band: "11", form: "SAS", commune: ["13028"], status: "verified" as Status },
    ...statuses.map((status) => ({ fixed: null, naf: null, band: null, form: null, commune: null, status })),
  ];
  for (const spec of smeSpecs) {
    const activity = spec.naf ? ACTIVITIES.find((a) => a.naf === spec.naf)! : f.helpers.weightedArrayElement(activityWeights);
    const commune = spec.commune ? communeFor(spec.commune) : f.helpers.weightedArrayElement(communeWeights);
    const band = spec.band ?? f.helpers.weightedArrayElement(SME_BANDS);
    const form =
      spec.form ??
      f.helpers.weightedArrayElement(
        band === "00"
          ? [
              { value: "EURL", weight: 45 },
              { value: "SASU", weight: 45 },
              { value: "SARL", weight: 5 },
              { value: "SAS", weight: 5 },
            ]
          : Number(band) >= 11
            ? [
                { value: "SARL", weight: 45 },
                { value: "SAS", weight: 55 },
              ]
            : [
                { value: "SARL", weight: 40 },
                { value: "SAS", weight: 30 },
                { value: "EURL", weight: 15 },
                { value: "SASU", weight: 15 },
              ],
      );
    const boss: { sex?: string; firstName: string; lastName: string } = spec.fixed ?? person();
    let tradeName = spec.fixed?.company ?? "";
    for (let attempt = 0; !tradeName || tradeNames.has(tradeName); attempt++) {
      tradeName = f.helpers
        .arrayElement(activity.names)
        .replace("{nom}", boss.lastName)
        .replace("{lieu}", f.helpers.arrayElement(PLACE_WORDS))
        .replace("{delieu}", f.helpers.arrayElement(PLACES_OF));
      if (attempt > 20) tradeName += ` ${communeLabel(commune.name)}`;
    }
    const slug = uniqueSlug(tradeName);
    const where = communeLabel(commune.name);
    const closer = f.helpers.arrayElement([
      `Basée à ${where}, l'entreprise intervient dans toute la métropole.`,
      `Entreprise familiale installée à ${where} depuis ${f.number.int({ min: 1982, max: 2022 })}.`,
      `Intervention rapide à ${where} et dans les communes voisines.`,
      `Équipe implantée à ${where}, devis sous 48 heures.`,
    ]);
    const company = addCompany(
      {
        legalName: `${tradeName} ${form}`,
        tradeName,
        nafCode: activity.naf,
        communeCode: commune.inseeCode,
        headcountBand: band,
        sector: "private",
        description: `${f.helpers.arrayElement(activity.descriptions)} ${closer}`,
        website: spec.fixed || f.datatype.boolean({ probability: 0.45 }) ? `https://${slug}.${DEMO_EMAIL_DOMAIN}` : null,
        isLargeBuyer: false,
      },
      spec.status,
      "000" + f.number.int({ min: 1, max: 4 }),
    );
    const jobTitle =
      spec.fixed?.jobTitle ?? (form === "SARL" || form === "EURL" ? gendered(boss.sex, "Gérant", "Gérante") : gendered(boss.sex, "Président", "Présidente"));
    const admin = addUser(
      {
        email: spec.fixed?.email ?? `contact@${slug}.${DEMO_EMAIL_DOMAIN}`,
        firstName: boss.firstName,
        lastName: boss.lastName,
        jobTitle,
        platformRole: "user",
        createdAt: company.createdAt,
      },
      company.id,
      "admin",
    );
    if (company.signedAt) company.signedByUserId = admin.id;
  }

  for (const staff of [DEMO_ACCOUNTS.staff, DEMO_ACCOUNTS.staff2]) {
    addUser(
      {
        email: staff.email,
        firstName: staff.firstName,
        lastName: staff.lastName,
        jobTitle: staff.jobTitle,
        platformRole: "staff",
        createdAt: new Date("2025-01-06T08:00:00Z"),
      },
      null,
      "member",
    );
  }
  return { seed, companies, users, memberships };
}
