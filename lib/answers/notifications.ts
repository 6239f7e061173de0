/**
 * E-mails of the answer lifecycle that keep each side informed (issue 16, point 2): the buyer learns that
 * an answer reached its need, the supplier that the buyer shortlisted its answer. Both are queued on the
 * caller's transaction (outbox), so a rolled-back submission sends nothing.
 *
 * Recipients are always members of the right company: people named on the need (author, contact) who are
 * still members of the buyer's company, else its admins; on the supplier side, the answer's author if
 * still a member, plus the company's admins. Notification preferences (lib/alerts/preferences.ts) govern
 * opportunity e-mails only: the preferences page promises that e-mails about one's own needs and answers
 * keep coming, so these are not filtered by them. Answers are never "opened" in a tracked way (only
 * invitations are), so the supplier is told on shortlisting only.
 */
import { and, eq, inArray, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { companies, memberships, needs, users } from "@/db/schema";
import { companyName } from "@/db/queries/answers";
import { emitAnswerReceived } from "../webhooks/events";
import { notify, type AnswerMail, type Person } from "./emails";

/** Members of `companyId` among `userIds`, plus its admins when `withAdmins` or when none of them is a member. */
async function membersToTell(tx: DbOrTx, companyId: string, userIds: (string | null)[], withAdmins: boolean): Promise<Person[]> {
  const named = userIds.filter((x): x is string => Boolean(x));
  const rows = await tx
    .select({ id: users.id, email: users.email, firstName: users.firstName, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, companyId), or(eq(memberships.role, "admin"), named.length ? inArray(users.id, named) : undefined)));
  const namedMembers = rows.filter((r) => named.includes(r.id));
  const chosen = withAdmins || namedMembers.length === 0 ? [...namedMembers, ...rows.filter((r) => r.role === "admin")] : namedMembers;
  return chosen.map(({ id, email, firstName }) => ({ id, email, firstName }));
}

export const ANSWER_NOTIFICATIONS = {
  submitted: (a: { needId: string; needTitle: string; supplierName: string }): AnswerMail => ({
    template: "answer.submitted",
    subject: `Nouvelle réponse à votre besoin « ${a.needTitle} »`,
    lead: [
      `${a.supplierName} vient de déposer une réponse à votre besoin « ${a.needTitle} ».`,
      "Vous pouvez la lire dès maintenant ; vous comparerez les réponses et choisirez le fournisseur une fois la date limite passée.",
    ],
    action: { label: "Voir les réponses", url: `/besoins/${a.needId}/reponses` },
  }),
  shortlisted: (a: { answerId: string; needTitle: string; buyerName: string }): AnswerMail => ({
    template: "answer.shortlisted",
    subject: `Votre réponse est présélectionnée : « ${a.needTitle} »`,
    lead: [
      `${a.buyerName} a présélectionné votre réponse au besoin de l'acheteur « ${a.needTitle} ».`,
      "Rien n'est encore attribué : l'acheteur compare les réponses présélectionnées et peut vous contacter pour préciser votre offre.",
    ],
    action: { label: "Voir ma réponse", url: `/reponses/${a.answerId}` },
  }),
} as const;

/**
 * Tells the buyer's people that an answer is now submitted (first submission, or a joint answer's last
 * acceptance), and the buyer's webhooks (answer.received, in the same transaction).
 */
export async function notifyAnswerSubmitted(tx: DbOrTx, answer: { id: string; needId: string; companyId: string }): Promise<number> {
  await emitAnswerReceived(tx, answer);
  const [need] = await tx
    .select({ title: needs.title, companyId: needs.companyId, createdBy: needs.createdBy, contactUserId: needs.contactUserId })
    .from(needs)
    .where(eq(needs.id, answer.needId));
  const [supplier] = await tx.select({ name: companyName() }).from(companies).where(eq(companies.id, answer.companyId));
  const people = await membersToTell(tx, need.companyId, [need.createdBy, need.contactUserId], false);
  return notify(tx, people, ANSWER_NOTIFICATIONS.submitted({ needId: answer.needId, needTitle: need.title, supplierName: supplier.name }));
}

/** Tells the supplier's people (answer author and admins) that the buyer shortlisted their answer. */
export async function notifyAnswerShortlisted(
  tx: DbOrTx,
  answer: { id: string; needId: string; companyId: string; createdBy: string | null },
): Promise<number> {
  const [need] = await tx
    .select({ title: needs.title, buyerName: companyName() })
    .from(needs)
    .innerJoin(companies, eq(companies.id, needs.companyId))
    .where(eq(needs.id, answer.needId));
  const people = await membersToTell(tx, answer.companyId, [answer.createdBy], true);
  return notify(tx, people, ANSWER_NOTIFICATIONS.shortlisted({ answerId: answer.id, needTitle: need.title, buyerName: need.buyerName }));
}
