/** Reads behind the answer pages: an answer, the buyer's comparison, counts, partners, questions, awards and follow-ups. */
export {
  answerCounts, answersForComparison, companyAnswerId, companyAnswers, loadAnswer, partnerAnswersOf,
  type ComparisonRow, type ComparisonSort,
} from "@/db/queries/answers";
export { awardsOfNeed, followUpOf, ratingsOfNeed } from "@/db/queries/awards";
export { questionsOfNeed } from "@/db/queries/questions";
