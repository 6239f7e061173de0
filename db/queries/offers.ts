/** Named queries on offers: the full offer with activities, areas and photos; lists per company; the moderation queue. */
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { communes, companies, files, memberships, nafCodes, offerActivities, offers, users } from "../schema";
import { publiclyVisible } from "./company-profile";
import { readTogether } from "../read-together";

export const ofCompany = (companyId: string) => eq(offers.companyId, companyId);
type OfferStatus = (typeof offers.$inferSelect)["status"];
export const withStatus = (status: OfferStatus) => eq(offers.status, status);
export const offerPhotos = (offerId: string) => and(eq(files.objectType, "offer"), eq(files.objectId, offerId));

import type { OfferRow } from "@/db/schema";

const companyName = sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})`;

/** An offer with everything its pages show; null when it does not exist. */
export async function loadOffer(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      offer: offers,
      companyName,
      companyNafCode: companies.nafCode,
      companyPublic: sql<boolean>`${publiclyVisible()}`,
      communeName: communes.name,
      createdByName: sql<string | null>`${users.firstName} || ' ' || ${users.lastName}`,
    })
    .from(offers)
    .innerJoin(companies, eq(companies.id, offers.companyId))
    .innerJoin(communes, eq(communes.inseeCode, companies.communeCode))
    .leftJoin(users, eq(users.id, offers.createdBy))
    .where(eq(offers.id, id));
  if (!row) return null;
  const [activities, areas, photos] = await readTogether(db, [
    () =>
      db
        .select({ code: offerActivities.nafCode, label: nafCodes.label })
        .from(offerActivities)
        .innerJoin(nafCodes, eq(nafCodes.code, offerActivities.nafCode))
        .where(eq(offerActivities.offerId, id))
        .orderBy(asc(offerActivities.nafCode)),
    () => loadAreas(db, id),
    () =>
      db
        .select({ id: files.id, filename: files.filename, mimeType: files.mimeType, sizeBytes: files.sizeBytes })
        .from(files)
        .where(offerPhotos(id))
        .orderBy(asc(files.createdAt), asc(files.id)),
  ]);
  return { ...row, activities, areas, photos };
}

export type LoadedOffer = NonNullable<Awaited<ReturnType<typeof loadOffer>>>;

/** Areas with display names (communes with their postal code, EPCIs). */
async function loadAreas(db: DbOrTx, offerId: string) {
  const rows = await db.execute<{ kind: "commune" | "epci"; code: string; name: string }>(sql`
    select a.kind, a.code, coalesce(c.name || coalesce(' (' || c.postal_codes[1] || ')', ''), e.name, a.code) as name
    from offer_areas a
    left join communes c on a.kind = 'commune' and c.insee_code = a.code
    left join epcis e on a.kind = 'epci' and e.code = a.code
    where a.offer_id = ${offerId}
    order by a.kind desc, name`);
  return rows.rows;
}

/** "Mes offres": a company's offers, optionally of one status, with counts per status. */
export async function listCompanyOffers(db: DbOrTx, companyId: string, status?: OfferStatus) {
  const where: SQL[] = [ofCompany(companyId)];
  if (status) where.push(withStatus(status));
  const [rows, counts] = await Promise.all([
    db
      .select({
        id: offers.id,
        title: offers.title,
        status: offers.status,
        moderationNote: offers.moderationNote,
        createdAt: offers.createdAt,
        updatedAt: offers.updatedAt,
        submittedAt: offers.submittedAt,
        publishedAt: offers.publishedAt,
        activities: sql<string[]>`array(select oa.naf_code from offer_activities oa where oa.offer_id = ${offers.id} order by 1)`,
        // "offers".id written out: drizzle prints ${offers.id} unqualified in a one-table select, and inside this
        // subquery a bare "id" is the file's own id — every offer showed 0 photos.
        photoCount: sql<number>`(select count(*)::int from files f where f.object_type = 'offer' and f.object_id = "offers"."id")`,
      })
      .from(offers)
      .where(and(...where))
      .orderBy(desc(offers.updatedAt), asc(offers.id))
      .limit(200),
    db
      .select({ status: offers.status, n: sql<number>`count(*)::int` })
      .from(offers)
      .where(ofCompany(companyId))
      .groupBy(offers.status),
  ]);
  return { rows, counts: Object.fromEntries(counts.map((c) => [c.status, c.n])) as Partial<Record<OfferStatus, number>> };
}

/** Activities (with labels) and photo ids of several offers, grouped by offer. */
async function activitiesAndPhotos(db: DbOrTx, offerIds: string[]) {
  const activities = new Map<string, { code: string; label: string }[]>();
  const photos = new Map<string, string[]>();
  if (offerIds.length === 0) return { activities, photos };
  const [actRows, photoRows] = await readTogether(db, [
    () =>
      db
        .select({ offerId: offerActivities.offerId, code: offerActivities.nafCode, label: nafCodes.label })
        .from(offerActivities)
        .innerJoin(nafCodes, eq(nafCodes.code, offerActivities.nafCode))
        .where(inArray(offerActivities.offerId, offerIds))
        .orderBy(asc(offerActivities.nafCode)),
    () =>
      db
        .select({ offerId: files.objectId, id: files.id })
        .from(files)
        .where(and(eq(files.objectType, "offer"), inArray(files.objectId, offerIds)))
        .orderBy(asc(files.createdAt), asc(files.id)),
  ]);
  for (const a of actRows) activities.set(a.offerId, [...(activities.get(a.offerId) ?? []), { code: a.code, label: a.label }]);
  for (const p of photoRows) if (p.offerId) photos.set(p.offerId, [...(photos.get(p.offerId) ?? []), p.id]);
  return { activities, photos };
}

/** The published offers a company's public page shows, newest first, with their activities and photos. */
export async function listPublishedOffersOfCompany(db: DbOrTx, companyId: string) {
  const rows = await db
    .select({
      id: offers.id,
      title: offers.title,
      description: offers.description,
      priceIndication: offers.priceIndication,
      areaKind: offers.areaKind,
      areaRadiusKm: offers.areaRadiusKm,
      publishedAt: offers.publishedAt,
    })
    .from(offers)
    .where(and(ofCompany(companyId), withStatus("published")))
    .orderBy(desc(offers.publishedAt), asc(offers.id))
    .limit(100);
  const ids = rows.map((r) => r.id);
  const [{ activities, photos }, areas] = await readTogether(db, [
    () => activitiesAndPhotos(db, ids),
    () =>
      readTogether(
        db,
        ids.map((id) => () => loadAreas(db, id)),
      ),
  ]);
  return rows.map((r, i) => ({ ...r, activities: activities.get(r.id) ?? [], photoIds: photos.get(r.id) ?? [], areas: areas[i] }));
}

/** Offers waiting for a moderator, oldest submission first, with their company. */
export async function listOffersAwaitingModeration(db: DbOrTx, opts: { limit?: number } = {}) {
  const rows = await db
    .select({
      id: offers.id,
      title: offers.title,
      description: offers.description,
      submittedAt: offers.submittedAt,
      moderationNote: offers.moderationNote,
      companyId: offers.companyId,
      companyName,
      companyVerified: sql<boolean>`${companies.verificationStatus} = 'verified'`,
    })
    .from(offers)
    .innerJoin(companies, eq(companies.id, offers.companyId))
    .where(withStatus("submitted"))
    .orderBy(asc(offers.submittedAt), asc(offers.id))
    .limit(opts.limit ?? 100);
  const { activities } = await activitiesAndPhotos(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, activities: activities.get(r.id) ?? [] }));
}

/**
 * Who hears about a moderation decision: the offer's author while they still belong to the company,
 * otherwise the company's admins.
 */
export async function offerRecipients(db: DbOrTx, offer: Pick<OfferRow, "companyId" | "createdBy">) {
  const person = { id: users.id, email: users.email, firstName: users.firstName };
  if (offer.createdBy) {
    const author = await db
      .select(person)
      .from(users)
      .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.companyId, offer.companyId)))
      .where(eq(users.id, offer.createdBy));
    if (author.length) return author;
  }
  return db
    .select(person)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, offer.companyId), eq(memberships.role, "admin")));
}
