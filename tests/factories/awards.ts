/**
 * Purchase data written straight to the tables, for dashboard tests: suppliers in a given commune and size,
 * published needs, submitted answers, joint-answer partners and awards (the dashboards read only tables).
 */
import type { Db } from "@/db/client";
import { answerPartners, answers, awards, companies, needs } from "@/db/schema";
import { uniqueSiret } from "./accounts";

export const AUBAGNE = "13005";
/** Saint-Cyr-sur-Mer (Var): outside the metropolis, 17.6 km from Aubagne. */
export const SAINT_CYR = "83112";
export const AVIGNON = "84007";

export async function supplierIn(db: Db, communeCode: string, over: Partial<typeof companies.$inferInsert> = {}): Promise<string> {
  const siret = uniqueSiret();
  const [c] = await db
    .insert(companies)
    .values({
      siren: siret.slice(0, 9),
      siret,
      legalName: `Fournisseur ${siret}`,
      nafCode: "43.32A",
      communeCode,
      headcountBand: "02",
      verificationStatus: "verified",
      verifiedAt: new Date(),
      ...over,
    })
    .returning({ id: companies.id });
  return c.id;
}

export async function publishedNeed(db: Db, buyerId: string, over: Partial<typeof needs.$inferInsert> = {}): Promise<string> {
  const publishedAt = over.publishedAt ?? new Date();
  const [n] = await db
    .insert(needs)
    .values({
      companyId: buyerId,
      title: "Entretien des espaces verts",
      description: "Tonte et taille, une fois par mois.",
      kind: "services",
      communeCode: AUBAGNE,
      responseDeadline: new Date(publishedAt.getTime() + 20 * 86_400_000),
      status: "published",
      publishedAt,
      ...over,
    })
    .returning({ id: needs.id });
  return n.id;
}

export async function submittedAnswer(db: Db, needId: string, companyId: string, submittedAt = new Date()): Promise<string> {
  const [a] = await db.insert(answers).values({ needId, companyId, status: "submitted", priceEur: 9000, submittedAt }).returning({ id: answers.id });
  return a.id;
}

export async function partnerOf(db: Db, answerId: string, companyId: string, sharePercent: number | null, status: "accepted" | "pending" = "accepted") {
  await db.insert(answerPartners).values({ answerId, companyId, sharePercent, status, respondedAt: new Date() });
}

export async function awardOf(
  db: Db,
  v: {
    needId: string;
    buyerId: string;
    supplierId: string;
    amountEur: number;
    awardedOn?: Date;
    answerId?: string;
    cancelledAt?: Date;
  },
): Promise<string> {
  const [a] = await db
    .insert(awards)
    .values({
      needId: v.needId,
      buyerCompanyId: v.buyerId,
      supplierCompanyId: v.supplierId,
      amountEur: v.amountEur,
      awardedOn: v.awardedOn ?? new Date(),
      answerId: v.answerId ?? null,
      cancelledAt: v.cancelledAt ?? null,
    })
    .returning({ id: awards.id });
  return a.id;
}
