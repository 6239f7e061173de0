/** Named queries on awards, follow-ups and ratings of a need. */
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { awards, companies, followUps, supplierRatings } from "../schema";
import { companyName } from "./answers";

/** Live awards of a need with the supplier's name. */
export async function awardsOfNeed(db: DbOrTx, needId: string) {
  return db
    .select({
      id: awards.id,
      answerId: awards.answerId,
      supplierCompanyId: awards.supplierCompanyId,
      supplierName: companyName(),
      amountEur: awards.amountEur,
      awardedOn: awards.awardedOn,
    })
    .from(awards)
    .innerJoin(companies, eq(companies.id, awards.supplierCompanyId))
    .where(and(eq(awards.needId, needId), isNull(awards.cancelledAt)))
    .orderBy(asc(awards.createdAt));
}

/** The follow-up asked to one of these companies on a need (the actor's), or null. */
export async function followUpOf(db: DbOrTx, needId: string, companyIds: string[]) {
  if (companyIds.length === 0) return null;
  const [row] = await db
    .select()
    .from(followUps)
    .where(and(eq(followUps.needId, needId), inArray(followUps.companyId, companyIds)));
  return row ?? null;
}

/** Ratings the buyer gave on a need (shown to that buyer and to staff; suppliers see theirs on "Mes réponses"). */
export async function ratingsOfNeed(db: DbOrTx, needId: string) {
  return db
    .select({ supplierCompanyId: supplierRatings.supplierCompanyId, rating: supplierRatings.rating, comment: supplierRatings.comment })
    .from(supplierRatings)
    .where(eq(supplierRatings.needId, needId));
}
