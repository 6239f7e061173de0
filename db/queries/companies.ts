/** Named queries on companies: small predicates that compose, and the read models pages need. */
import { and, desc, eq, ilike, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { charterSignatures, charterVersions, communes, companies, memberships, nafCodes, users } from "../schema";
import { likeContains, likePrefix, searchText } from "./like";

/** Someone joined the company (a SIRENE import becomes a member when claimed). */
export const isMember = () => sql`exists (select 1 from memberships m where m.company_id = ${companies.id})`;
export const isSignatory = () => sql`exists (select 1 from ${charterSignatures} cs where cs.company_id = ${companies.id})`;
export const isVerified = () => eq(companies.verificationStatus, "verified");
export const isActive = () => isNull(companies.suspendedAt);
export const awaitingVerification = () => and(eq(companies.verificationStatus, "pending"), isActive(), isSignatory());

/** Name, trade name, SIRET or SIREN. */
export function matchesText(q: string): SQL | undefined {
  const text = searchText(q);
  if (!text) return undefined;
  const digits = text.replace(/\s/g, "");
  if (/^\d{9,14}$/.test(digits)) return sql`${companies.siret} like ${likePrefix(digits)}`;
  return or(ilike(companies.legalName, likeContains(text)), ilike(companies.tradeName, likeContains(text)));
}

const companyCard = {
  id: companies.id,
  siret: companies.siret,
  legalName: companies.legalName,
  tradeName: companies.tradeName,
  nafCode: companies.nafCode,
  nafLabel: nafCodes.label,
  communeCode: companies.communeCode,
  communeName: communes.name,
  postalCode: sql<string | null>`${communes.postalCodes}[1]`,
  headcountBand: companies.headcountBand,
  sector: companies.sector,
  isLargeBuyer: companies.isLargeBuyer,
  verifiedAt: companies.verifiedAt,
  verificationStatus: companies.verificationStatus,
  suspendedAt: companies.suspendedAt,
  createdAt: companies.createdAt,
  signedAt: sql<Date | null>`(select max(cs.signed_at) from ${charterSignatures} cs where cs.company_id = ${companies.id})`,
};

export async function findCompanyCard(db: DbOrTx, id: string) {
  const rows = await db
    .select({ ...companyCard, description: companies.description, website: companies.website })
    .from(companies)
    .innerJoin(nafCodes, eq(nafCodes.code, companies.nafCode))
    .innerJoin(communes, eq(communes.inseeCode, companies.communeCode))
    .where(eq(companies.id, id));
  return rows[0] ?? null;
}

export type CompanyStatusFilter = "all" | "members" | "imported" | "pending" | "verified" | "large-buyers" | "suspended";

export function statusFilter(status: CompanyStatusFilter): SQL | undefined {
  switch (status) {
    case "pending":
      return awaitingVerification();
    case "verified":
      return and(isVerified(), isActive());
    case "large-buyers":
      return eq(companies.isLargeBuyer, true);
    case "suspended":
      return isNotNull(companies.suspendedAt);
    case "members":
      return isMember();
    case "imported":
      return sql`not ${isMember()}`;
    default:
      return undefined;
  }
}

export async function listCompanies(db: DbOrTx, opts: { q?: string; status?: CompanyStatusFilter; page?: number; pageSize?: number }) {
  const pageSize = opts.pageSize ?? 25;
  const page = Math.max(1, opts.page ?? 1);
  const where = and(matchesText(opts.q ?? ""), statusFilter(opts.status ?? "all"));
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(companyCard)
      .from(companies)
      .innerJoin(nafCodes, eq(nafCodes.code, companies.nafCode))
      .innerJoin(communes, eq(communes.inseeCode, companies.communeCode))
      .where(where)
      .orderBy(desc(companies.isLargeBuyer), companies.legalName, companies.id)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(companies)
      .where(where),
  ]);
  return { rows, total, page, pageSize };
}

export async function companyMembers(db: DbOrTx, companyId: string) {
  return db
    .select({ id: users.id, firstName: users.firstName, lastName: users.lastName, email: users.email, jobTitle: users.jobTitle, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.companyId, companyId))
    .orderBy(memberships.createdAt);
}

export async function companySignature(db: DbOrTx, companyId: string) {
  const rows = await db
    .select({
      version: charterVersions.version,
      title: charterVersions.title,
      signedAt: charterSignatures.signedAt,
      signedBy: sql<string | null>`${users.firstName} || ' ' || ${users.lastName}`,
    })
    .from(charterSignatures)
    .innerJoin(charterVersions, eq(charterVersions.id, charterSignatures.charterVersionId))
    .leftJoin(users, eq(users.id, charterSignatures.signedByUserId))
    .where(eq(charterSignatures.companyId, companyId))
    .orderBy(desc(charterSignatures.signedAt))
    .limit(1);
  return rows[0] ?? null;
}

/** Platform figures for the home page and the staff overview. */
export async function platformCounts(db: DbOrTx) {
  const [row] = await db
    .select({
      /** Members: companies that joined (signed up or claimed), not SIRENE imports nobody joined. */
      companies: sql<number>`count(*) filter (where ${isMember()})::int`,
      imported: sql<number>`count(*) filter (where not ${isMember()})::int`,
      signatories: sql<number>`count(*) filter (where ${isSignatory()} and ${companies.suspendedAt} is null)::int`,
      verified: sql<number>`count(*) filter (where ${isVerified()} and ${companies.suspendedAt} is null)::int`,
      pending: sql<number>`count(*) filter (where ${awaitingVerification()})::int`,
      largeBuyers: sql<number>`count(*) filter (where ${companies.isLargeBuyer} and ${companies.suspendedAt} is null)::int`,
      communes: sql<number>`count(distinct ${companies.communeCode}) filter (where ${isSignatory()} and ${companies.suspendedAt} is null)::int`,
    })
    .from(companies);
  return row;
}

/** Whether a company is verified and not suspended (gates what its members may see). */
export async function companyStanding(db: DbOrTx, companyId: string) {
  const [row] = await db
    .select({ status: companies.verificationStatus, suspendedAt: companies.suspendedAt })
    .from(companies)
    .where(eq(companies.id, companyId));
  return { verified: row?.status === "verified", suspended: Boolean(row?.suspendedAt) };
}

/** Admins of a company (recipients of verification and moderation e-mails). */
export async function companyAdmins(db: DbOrTx, companyId: string) {
  return db
    .select({ id: users.id, email: users.email, firstName: users.firstName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, companyId), eq(memberships.role, "admin")));
}
