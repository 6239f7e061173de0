/**
 * Who sees what of an answer and of a question, as pure functions (the privacy matrix tests read them,
 * and every query, page and download goes through them):
 * - the answering company ("author") and its co-contractors ("partner", unless they declined) see the
 *   answer in full; no supplier ever sees another supplier's answer, documents, price or identity;
 * - the buyer (members of the need's company) sees who is positioned, including mere interest, but the
 *   price, message and documents only once the answer is submitted; a withdrawn answer disappears;
 * - CCI staff see everything, read-only (no service lets staff act for a company).
 * Questions: the buyer and staff see who asked; the asking company sees its own questions and the
 * private replies; every other supplier sees only published Q&A, anonymised.
 */
import { ANSWER_STATUS_VALUES } from "@/db/schema/enum-values";
import { can, relationsOf, type Actor } from "../auth/actor";

export const ANSWER_STATUSES = ANSWER_STATUS_VALUES;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];
/** Statuses in which the answer has been submitted (price and documents reach the buyer). */
export const SUBMITTED_STATUSES: readonly AnswerStatus[] = ["submitted", "shortlisted", "awarded", "not_retained"];

export type AnswerViewer = "author" | "partner" | "buyer" | "staff";

export interface AnswerFacts {
  needCompanyId: string;
  answerCompanyId: string;
  status: AnswerStatus;
  /** Partner companies that have not declined. */
  partnerCompanyIds: string[];
}

/** A member (or admin) of the company: acts and reads for it. */
export const isMemberOf = (actor: Actor | null, companyId: string) => can(actor, "company:use-space", { companyId });
/** Only a company's admins commit it to a joint answer. */
export const isAdminOf = (actor: Actor | null, companyId: string) => relationsOf(actor, { companyId }).includes("admin");

export function answerViewer(actor: Actor | null, f: AnswerFacts): AnswerViewer | null {
  if (!actor) return null;
  if (isMemberOf(actor, f.answerCompanyId)) return "author";
  if (f.partnerCompanyIds.some((c) => isMemberOf(actor, c))) return "partner";
  if (isMemberOf(actor, f.needCompanyId)) return f.status === "withdrawn" ? null : "buyer";
  if (can(actor, "answer:view-any", {})) return "staff";
  return null;
}

/** Price, lead time, message and documents. */
export function mayReadAnswerDetails(viewer: AnswerViewer | null, status: AnswerStatus): boolean {
  if (viewer === null) return false;
  if (viewer === "buyer") return SUBMITTED_STATUSES.includes(status);
  return true;
}

/** Answers (interest, submission, edits, withdrawal) are taken while the need is published and before its deadline. */
export function answersOpen(need: { status: string; responseDeadline: Date }, now: Date): boolean {
  return need.status === "published" && need.responseDeadline > now;
}

export interface QuestionFacts {
  companyId: string;
  companyName: string;
  question: string;
  answer: string | null;
  published: boolean;
}

export type QuestionView = { question: string; answer: string | null; askedBy: string | null; published: boolean; mine: boolean };

/** What a viewer of the need sees of one question, or null. `viewer` comes from lib/needs/access.ts. */
export function questionView(viewer: "owner" | "staff" | "supplier", actorCompanyId: string | null, q: QuestionFacts): QuestionView | null {
  if (viewer === "owner" || viewer === "staff") {
    return { question: q.question, answer: q.answer, askedBy: q.companyName, published: q.published, mine: false };
  }
  if (actorCompanyId === q.companyId) return { question: q.question, answer: q.answer, askedBy: null, published: q.published, mine: true };
  if (q.published && q.answer) return { question: q.question, answer: q.answer, askedBy: null, published: true, mine: false };
  return null;
}

export interface SupplierStatusFacts {
  status: AnswerStatus;
  priceEur: number | null;
  pendingPartners: number;
  declinedPartners: number;
}

/** The supplier's own view of where its answer stands ("Mes réponses", the need page). */
export function supplierStatusLabel(f: SupplierStatusFacts): string {
  switch (f.status) {
    case "interested":
      if (f.priceEur === null) return "Intéressé (réponse non déposée)";
      if (f.declinedPartners > 0) return "Un partenaire a décliné : réponse non déposée";
      return f.pendingPartners > 0 ? "En attente de l'accord des partenaires" : "Intéressé (réponse non déposée)";
    case "submitted":
      return "Réponse déposée";
    case "withdrawn":
      return "Réponse retirée";
    case "shortlisted":
      return "Présélectionnée";
    case "awarded":
      return "Retenue";
    case "not_retained":
      return "Non retenue";
  }
}

/** The buyer's view of an answer's status (comparison table). */
export const BUYER_STATUS_LABELS: Record<AnswerStatus, string> = {
  interested: "Intéressé",
  submitted: "Réponse déposée",
  withdrawn: "Retirée",
  shortlisted: "Présélectionnée",
  awarded: "Retenue",
  not_retained: "Non retenue",
};
