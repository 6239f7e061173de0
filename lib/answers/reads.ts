/** Reads behind the answer pages: an answer, the buyer's comparison, counts, partners, questions, awards and follow-ups. */
import type { DbOrTx } from "@/db/client";
import { comparisonRows, type ComparisonSort } from "@/db/queries/answers";
import { mayReadAnswerDetails, type AnswerViewer } from "./access";

export { answerCounts, companyAnswerId, companyAnswers, loadAnswer, partnerAnswersOf, type ComparisonSort } from "@/db/queries/answers";
export { awardsOfNeed, followUpOf, ratingsOfNeed } from "@/db/queries/awards";
export { questionsOfNeed } from "@/db/queries/questions";

/**
 * The buyer's comparison: every answer but withdrawn ones, with distance to the place of delivery and the
 * stored match score. Price, terms, message and documents are emptied where the viewer may not read them.
 */
export async function answersForComparison(db: DbOrTx, needId: string, viewer: Extract<AnswerViewer, "buyer" | "staff">, sort?: ComparisonSort) {
  const rows = await comparisonRows(db, needId, sort);
  return rows.map((r) =>
    mayReadAnswerDetails(viewer, r.status)
      ? { ...r, detailsVisible: true }
      : {
          ...r,
          priceEur: null,
          unitPriceEur: null,
          quantity: null,
          leadTimeDays: null,
          validityDays: null,
          message: null,
          documents: [],
          partners: [],
          detailsVisible: false,
        },
  );
}
export type ComparisonRow = Awaited<ReturnType<typeof answersForComparison>>[number];
