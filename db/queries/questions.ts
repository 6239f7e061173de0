/** Named queries on suppliers' questions about a need (pages filter them with lib/answers/access.ts). */
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { companies, questions } from "../schema";
import { companyName } from "./answers";

/** Every question of a need, oldest first, with the asking company (never shown as is to suppliers). */
export async function questionsOfNeed(db: DbOrTx, needId: string) {
  return db
    .select({
      id: questions.id,
      companyId: questions.companyId,
      companyName: companyName(),
      question: questions.question,
      answer: questions.answer,
      published: questions.published,
      createdAt: questions.createdAt,
      answeredAt: questions.answeredAt,
    })
    .from(questions)
    .innerJoin(companies, eq(companies.id, questions.companyId))
    .where(eq(questions.needId, needId))
    .orderBy(asc(questions.createdAt), asc(questions.id));
}
