/** Answers as the form sends them (parsed by the real schema), a tiny real PDF, and a published need to answer. */
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { needs } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { ZAnswerInput, type AnswerInput } from "@/lib/answers/answer-schema";
import type { CheckedUpload } from "@/lib/files/check-upload";
import { closeNeedIfDue } from "@/lib/needs/closing";
import { approveNeed } from "@/lib/needs/moderation";
import { createNeed, submitNeed } from "@/lib/needs/service";
import { needInput } from "./needs";

/** A minimal PDF that file-type recognises by its bytes. */
export const TINY_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

export function pdfUpload(filename = "devis.pdf"): CheckedUpload {
  return { filename, mimeType: "application/pdf", sizeBytes: TINY_PDF.length, bytes: TINY_PDF };
}

export function answerFormValues(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    priceMode: "total",
    priceEur: "12 500",
    leadTimeDays: "30",
    validityDays: "90",
    message: "Nous entretenons une dizaine de sites industriels du pays d'Aix, avec une équipe de quatre jardiniers.",
    partnerRef: [],
    partnerShare: [],
    ...over,
  };
}

export const answerInput = (over: Record<string, unknown> = {}): AnswerInput => ZAnswerInput.parse(answerFormValues(over));

/** A need of the buyer's company, submitted and approved by staff: open for answers. */
export async function publishedNeed(db: Db, buyer: Actor, companyId: string, staff: Actor, over: Record<string, unknown> = {}) {
  const need = await createNeed(db, buyer, companyId, needInput(buyer.userId, over));
  await submitNeed(db, buyer, need.id);
  return approveNeed(db, staff, need.id);
}

/** Closes the need as the scheduled job would at its deadline; returns the instant used as "now". */
export async function closeNeed(db: Db, needId: string) {
  const [need] = await db.select().from(needs).where(eq(needs.id, needId));
  const after = new Date(need.responseDeadline.getTime() + 1000);
  await closeNeedIfDue(db, needId, after);
  return after;
}
