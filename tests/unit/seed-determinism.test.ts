/** The demo generator is deterministic and produces data the database and the directory will accept. */
import { describe, it, expect } from "vitest";
import { buildCommuneRows, buildNafRows } from "../../db/reference/load";
import { DEMO_ACCOUNTS, generateDemoData, territoryCommunes, type DemoData } from "../../db/seed/generate";
import { isValidSiren, isValidSiret } from "../../lib/companies/siret";
import { generateDemoNeeds } from "../../db/seed/demo-needs";
import { HEADCOUNT_CODES } from "../../lib/companies/headcount-bands";

const EPCI = "200054807";
const communes = territoryCommunes(buildCommuneRows().communes, EPCI);
const nafSubclasses = new Set(
  buildNafRows()
    .filter((n) => n.level === "subclass")
    .map((n) => n.code),
);
const generate = (seed: number) => generateDemoData({ seed, communes, nafSubclasses });
const data: DemoData = generate(20261124);

const smes = data.companies.filter((c) => !c.isLargeBuyer);
const buyers = data.companies.filter((c) => c.isLargeBuyer);

describe("demo seed generator", () => {
  it("uses Marseille's arrondissements instead of the commune itself", () => {
    const codes = communes.map((c) => c.inseeCode);
    expect(codes).not.toContain("13055");
    expect(codes).toContain("13201");
    expect(codes).toContain("13001");
  });

  it("gives the same data for the same seed and different data for another seed", () => {
    expect(generate(20261124)).toEqual(data);
    const other = generate(42);
    expect(other.companies.map((c) => c.siret)).not.toEqual(data.companies.map((c) => c.siret));
    expect(other).not.toEqual(data);
  });

  it("creates about 400 SMEs and about 15 large buyers, some of them public", () => {
    expect(smes.length).toBeGreaterThanOrEqual(380);
    expect(smes.length).toBeLessThanOrEqual(420);
    expect(buyers.length).toBeGreaterThanOrEqual(13);
    expect(buyers.length).toBeLessThanOrEqual(17);
    expect(buyers.filter((c) => c.sector === "public").length).toBeGreaterThanOrEqual(4);
    expect(smes.every((c) => c.sector === "private")).toBe(true);
  });

  it("gives every company a valid, unique SIREN and SIRET", () => {
    for (const c of data.companies) {
      expect(isValidSiren(c.siren), c.siren).toBe(true);
      expect(isValidSiret(c.siret), c.siret).toBe(true);
      expect(c.siret.startsWith(c.siren)).toBe(true);
    }
    expect(new Set(data.companies.map((c) => c.siret)).size).toBe(data.companies.length);
    expect(new Set(data.companies.map((c) => c.siren)).size).toBe(data.companies.length);
  });

  it("places companies in the territory, spread over many communes", () => {
    const territory = new Set(communes.map((c) => c.inseeCode));
    for (const c of data.companies) expect(territory.has(c.communeCode), c.communeCode).toBe(true);
    expect(new Set(data.companies.map((c) => c.communeCode)).size).toBeGreaterThan(30);
  });

  it("uses real NAF sous-classes and SIRENE headcount bands", () => {
    for (const c of data.companies) {
      expect(nafSubclasses.has(c.nafCode), c.nafCode).toBe(true);
      expect(HEADCOUNT_CODES as readonly string[]).toContain(c.headcountBand);
    }
    expect(new Set(smes.map((c) => c.nafCode)).size).toBeGreaterThanOrEqual(30);
  });

  it("mixes verified signatories, pending verifications and companies yet to sign", () => {
    const unsigned = smes.filter((c) => !c.signedAt);
    const pending = smes.filter((c) => c.signedAt && !c.verifiedAt);
    expect(unsigned.length).toBeGreaterThan(0);
    expect(pending.length).toBeGreaterThan(0);
    expect(unsigned.length + pending.length).toBeLessThan(smes.length * 0.2);
    expect(data.companies.every((c) => !c.verifiedAt || (c.signedAt && c.verifiedAt > c.signedAt))).toBe(true);
    const admins = new Set(data.memberships.filter((m) => m.role === "admin").map((m) => m.userId));
    expect(data.companies.filter((c) => c.signedAt).every((c) => c.signedByUserId && admins.has(c.signedByUserId))).toBe(true);
  });

  it("gives every company an admin, and large buyers a second member", () => {
    for (const c of data.companies) {
      const members = data.memberships.filter((m) => m.companyId === c.id);
      expect(members.filter((m) => m.role === "admin")).toHaveLength(1);
      if (c.isLargeBuyer) expect(members.filter((m) => m.role === "member")).toHaveLength(1);
    }
  });

  it("uses unique, lower-case e-mail addresses", () => {
    const emails = data.users.map((u) => u.email);
    for (const e of emails) expect(e).toBe(e.toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
    expect(new Set(data.users.map((u) => u.id)).size).toBe(data.users.length);
  });

  it("creates the fixed demo accounts with their roles", () => {
    const user = (email: string) => data.users.find((u) => u.email === email)!;
    const companyOf = (email: string) => {
      const m = data.memberships.find((x) => x.userId === user(email).id && x.role === "admin");
      return data.companies.find((c) => c.id === m?.companyId);
    };
    const buyer = companyOf(DEMO_ACCOUNTS.buyer.email);
    expect(buyer).toMatchObject({
      tradeName: "Groupe Méridien Énergie",
      nafCode: "35.14Z",
      headcountBand: "52",
      communeCode: "13202",
      isLargeBuyer: true,
      sector: "private",
    });
    const publicBuyer = companyOf(DEMO_ACCOUNTS.publicBuyer.email);
    expect(publicBuyer).toMatchObject({
      tradeName: "Centre hospitalier intercommunal des Calanques",
      nafCode: "86.10Z",
      sector: "public",
      isLargeBuyer: true,
      communeCode: "13209",
    });
    for (const [account, expected] of [
      [DEMO_ACCOUNTS.supplier, { tradeName: "Menuiserie Roux & Fils", nafCode: "43.32A", headcountBand: "02", communeCode: "13005" }],
      [DEMO_ACCOUNTS.supplier2, { tradeName: "Propreté Azur Services", nafCode: "81.21Z", headcountBand: "11", communeCode: "13028" }],
    ] as const) {
      const company = companyOf(account.email);
      expect(company).toMatchObject({ ...expected, isLargeBuyer: false });
      expect(company?.verifiedAt).toBeInstanceOf(Date);
      expect(company?.signedAt).toBeInstanceOf(Date);
    }
    for (const staff of [DEMO_ACCOUNTS.staff, DEMO_ACCOUNTS.staff2]) {
      expect(user(staff.email).platformRole).toBe("staff");
      expect(data.memberships.some((m) => m.userId === user(staff.email).id)).toBe(false);
    }
    expect(user(DEMO_ACCOUNTS.staff.email)).toMatchObject({ firstName: "Camille", lastName: "Martin", jobTitle: "Chargée de mission achats responsables" });
    expect(data.users.filter((u) => u.platformRole === "staff")).toHaveLength(2);
  });

  it("refuses a NAF nomenclature that lacks a catalogue code", () => {
    expect(() => generateDemoData({ seed: 1, communes, nafSubclasses: ["43.32A"] })).toThrow(/NAF/);
  });
});

describe("demo needs", () => {
  it("are deterministic for a seed and a date, belong to large buyers, and cover every state", () => {
    const nafSubclasses = buildNafRows()
      .filter((n) => n.level === "subclass")
      .map((n) => n.code);
    const data = generateDemoData({ seed: 7, communes, nafSubclasses });
    const now = new Date("2026-11-24T09:00:00Z");
    const a = generateDemoNeeds(7, data.companies, data.memberships, now);
    expect(generateDemoNeeds(7, data.companies, data.memberships, now)).toEqual(a);
    const buyers = new Set(data.companies.filter((c) => c.isLargeBuyer).map((c) => c.id));
    expect(a.every((n) => buyers.has(n.companyId))).toBe(true);
    expect(new Set(a.map((n) => n.status))).toEqual(new Set(["draft", "submitted", "published", "closed"]));
    expect(a.filter((n) => n.status === "published").every((n) => n.responseDeadline > now)).toBe(true);
    expect(a.filter((n) => n.status === "closed").every((n) => n.responseDeadline < now)).toBe(true);
    const known = new Set(nafSubclasses);
    expect(a.flatMap((n) => n.nafCodes).every((c) => known.has(c))).toBe(true);
    expect(new Set(a.map((n) => n.id)).size).toBe(a.length);
  });
});
