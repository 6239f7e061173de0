/**
 * Shapes of the generated demo rows (companies, users, memberships) and the pure helpers that place and key
 * them: the territory's communes, seed-stable ids, slugs.
 */
import { createHash } from "node:crypto";

export interface DemoCompany {
  id: string;
  siren: string;
  siret: string;
  legalName: string;
  tradeName: string;
  nafCode: string;
  communeCode: string;
  headcountBand: string;
  sector: "private" | "public";
  description: string;
  website: string | null;
  isLargeBuyer: boolean;
  createdAt: Date;
  /** Charter signature of the latest version, by the company's admin; null when not signed yet. */
  signedAt: Date | null;
  signedByUserId: string | null;
  verifiedAt: Date | null;
}

export interface DemoUser {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  jobTitle: string | null;
  platformRole: "user" | "staff";
  createdAt: Date;
}

export interface DemoMembership {
  userId: string;
  companyId: string;
  role: "admin" | "member";
}

export interface DemoData {
  seed: number;
  companies: DemoCompany[];
  users: DemoUser[];
  memberships: DemoMembership[];
}

export interface DemoCommune {
  inseeCode: string;
  name: string;
  population: number | null;
}

/**
 * The communes companies can sit in: those of the EPCI, with a commune that has municipal arrondissements
 * replaced by them, because SIRENE locates Marseille establishments by arrondissement (13201–13216).
 */
export function territoryCommunes(
  rows: { inseeCode: string; name: string; kind: string; parentCode?: string | null; epciCode?: string | null; population?: number | null }[],
  epciCode: string,
): DemoCommune[] {
  const members = new Set(rows.filter((r) => r.epciCode === epciCode && r.kind === "COM").map((r) => r.inseeCode));
  const arms = rows.filter((r) => r.kind === "ARM" && r.parentCode != null && members.has(r.parentCode));
  const split = new Set(arms.map((r) => r.parentCode));
  return [...rows.filter((r) => members.has(r.inseeCode) && !split.has(r.inseeCode)), ...arms]
    .map((r) => ({ inseeCode: r.inseeCode, name: r.name, population: r.population ?? null }))
    .sort((a, b) => a.inseeCode.localeCompare(b.inseeCode));
}

/** UUID-shaped id that depends only on the seed and a stable key, so reseeding gives the same ids. */
export function demoId(seed: number, kind: string, key: string): string {
  const h = createHash("sha256").update(`${seed}:${kind}:${key}`).digest("hex");
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const SLUG_STOP_WORDS = new Set(["et", "fils", "de", "du", "des", "la", "le", "les", "l", "d", "au", "aux"]);

export function slugify(text: string, separator = "-"): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !SLUG_STOP_WORDS.has(w))
    .join(separator);
}
