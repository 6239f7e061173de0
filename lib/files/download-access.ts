/**
 * The file resource's rule: who may download a stored file, decided from the object it belongs to (each
 * object's own access module: company, offer, need, answer, challenge). Callers answer "not found" on
 * false, so a private file's existence never leaks.
 */
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { offers, type FileRow } from "@/db/schema";
import { isCompanyPubliclyVisible } from "@/db/queries/company-profile";
import { can, type Actor } from "../auth/actor";
import { canDownloadAnswerFile } from "../answers/files-access";
import { companyViewer } from "../companies/access";
import { canDownloadChallengeFile } from "../challenges/reads";
import { canDownloadNeedFile } from "../needs/files-access";
import { offerViewer } from "../offers/access";

type FileFacts = Pick<FileRow, "companyId" | "objectType" | "objectId">;

export async function canDownloadFile(db: DbOrTx, actor: Actor | null, file: FileFacts): Promise<boolean> {
  const ref = { companyId: file.companyId };
  switch (file.objectType) {
    case "company_logo":
      return (await companyViewer(actor, file.companyId, () => isCompanyPubliclyVisible(db, file.companyId))) !== null;
    case "offer": {
      if (!file.objectId) return can(actor, "offer:view-unpublished", ref);
      const [offer] = await db.select({ companyId: offers.companyId, status: offers.status }).from(offers).where(eq(offers.id, file.objectId));
      // A photo whose offer is gone, or that claims another company's offer, is only its company's business.
      if (!offer || offer.companyId !== file.companyId) return can(actor, "offer:view-unpublished", ref);
      const companyPublic = offer.status === "published" && (await isCompanyPubliclyVisible(db, offer.companyId));
      return offerViewer(actor, { ...offer, companyPublic }) !== null;
    }
    case "need":
      return canDownloadNeedFile(actor, file);
    case "answer":
      return canDownloadAnswerFile(db, actor, file);
    case "challenge":
    case "challenge_application":
      return canDownloadChallengeFile(db, actor, file);
    default:
      return false;
  }
}
