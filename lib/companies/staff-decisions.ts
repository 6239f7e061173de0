/** Decisions CCI staff take on a company: verify it, flag it as a large buyer. Each one is audited. */
import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { companies } from "@/db/schema";
import { authorize, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { NotFoundError } from "../errors";

async function lockCompany(tx: Tx, companyId: string) {
  const [company] = await tx.select().from(companies).where(eq(companies.id, companyId)).for("update");
  if (!company) throw new NotFoundError("Entreprise introuvable.");
  return company;
}

export async function setLargeBuyer(db: Db, actor: Actor | null, companyId: string, isLargeBuyer: boolean) {
  authorize(actor, "company:flag-large-buyer", { companyId });
  return db.transaction(async (tx) => {
    const before = await lockCompany(tx, companyId);
    if (before.isLargeBuyer === isLargeBuyer) return before;
    const [after] = await tx.update(companies).set({ isLargeBuyer }).where(eq(companies.id, companyId)).returning();
    await recordAudit(tx, {
      actorUserId: actor!.userId, action: isLargeBuyer ? "company.flag_large_buyer" : "company.unflag_large_buyer",
      objectType: "company", objectId: companyId, companyId,
      before: { isLargeBuyer: before.isLargeBuyer }, after: { isLargeBuyer: after.isLargeBuyer },
    });
    return after;
  });
}

export async function verifyCompany(db: Db, actor: Actor | null, companyId: string) {
  authorize(actor, "company:verify", { companyId });
  return db.transaction(async (tx) => {
    const before = await lockCompany(tx, companyId);
    if (before.verifiedAt) return before;
    const [after] = await tx.update(companies).set({ verifiedAt: new Date(), verificationStatus: "verified", verificationNote: null }).where(eq(companies.id, companyId)).returning();
    await recordAudit(tx, {
      actorUserId: actor!.userId, action: "company.verify", objectType: "company", objectId: companyId, companyId,
      before: { verifiedAt: null }, after: { verifiedAt: after.verifiedAt },
    });
    return after;
  });
}
