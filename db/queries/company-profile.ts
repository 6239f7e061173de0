/** The company profile ("fiche") read model: public visibility, activities, service area, references, logo. */
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { companies, companyActivities, companyReferences, nafCodes } from "../schema";
import { findCompanyCard, isActive, isSignatory, isVerified } from "./companies";
import { readTogether } from "../read-together";

/** A company anyone may see: verified by the CCI, not suspended, signatory of the charter. */
export const publiclyVisible = (): SQL => sql`(${isVerified()} and ${isActive()} and ${isSignatory()})`;

export async function isCompanyPubliclyVisible(db: DbOrTx, companyId: string): Promise<boolean> {
  const rows = await db
    .select({ id: companies.id })
    .from(companies)
    .where(and(eq(companies.id, companyId), publiclyVisible()));
  return rows.length > 0;
}

/** Service-area communes and EPCIs with display names. */
async function serviceAreas(db: DbOrTx, companyId: string) {
  const rows = await db.execute<{ kind: "commune" | "epci"; code: string; name: string }>(sql`
    select a.kind, a.code, coalesce(c.name || coalesce(' (' || c.postal_codes[1] || ')', ''), e.name, a.code) as name
    from company_service_areas a
    left join communes c on a.kind = 'commune' and c.insee_code = a.code
    left join epcis e on a.kind = 'epci' and e.code = a.code
    where a.company_id = ${companyId}
    order by a.kind desc, name`);
  return rows.rows;
}

/** Everything the profile pages show; null when the company does not exist. */
export async function loadCompanyProfile(db: DbOrTx, companyId: string) {
  const [card, [profile], activities, areas, references] = await readTogether(db, [
    () => findCompanyCard(db, companyId),
    () =>
      db
        .select({
          contactName: companies.contactName,
          contactEmail: companies.contactEmail,
          contactPhone: companies.contactPhone,
          certifications: companies.certifications,
          serviceAreaKind: companies.serviceAreaKind,
          serviceRadiusKm: companies.serviceRadiusKm,
          logoFileId: companies.logoFileId,
          verificationNote: companies.verificationNote,
          publiclyVisible: sql<boolean>`${publiclyVisible()}`,
        })
        .from(companies)
        .where(eq(companies.id, companyId)),
    () =>
      db
        .select({ code: companyActivities.nafCode, label: nafCodes.label })
        .from(companyActivities)
        .innerJoin(nafCodes, eq(nafCodes.code, companyActivities.nafCode))
        .where(eq(companyActivities.companyId, companyId))
        .orderBy(asc(companyActivities.nafCode)),
    () => serviceAreas(db, companyId),
    () =>
      db
        .select({
          id: companyReferences.id,
          clientName: companyReferences.clientName,
          year: companyReferences.year,
          description: companyReferences.description,
        })
        .from(companyReferences)
        .where(eq(companyReferences.companyId, companyId))
        .orderBy(asc(companyReferences.createdAt), asc(companyReferences.id)), // the order the company gave
  ]);
  if (!card || !profile) return null;
  return { ...card, ...profile, name: card.tradeName ?? card.legalName, activities, areas, references };
}

export type CompanyProfile = NonNullable<Awaited<ReturnType<typeof loadCompanyProfile>>>;
