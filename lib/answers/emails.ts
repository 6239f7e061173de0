/**
 * Every e-mail of answers, questions, awards and follow-ups, worded in one place. Each builder returns
 * the template name, subject, paragraphs and link; `notify` queues one e-mail per person on the
 * caller's transaction (outbox). Competitors are never named, and the price is never repeated.
 */
import type { DbOrTx } from "@/db/client";
import { formatDate, formatEuros } from "../format";
import { queueEmails } from "../mail/queue-email";
import { renderEmail } from "../mail/render";

export interface Person {
  id: string;
  email: string;
  firstName: string;
}
export interface AnswerMail {
  template: string;
  subject: string;
  lead: string[];
  action: { label: string; url: string };
}

export async function notify(tx: DbOrTx, people: Person[], mail: AnswerMail): Promise<number> {
  const unique = [...new Map(people.map((p) => [p.id, p])).values()];
  await queueEmails(
    tx,
    unique.map((p) => {
      const { html, text } = renderEmail({ title: mail.subject, paragraphs: [`Bonjour ${p.firstName},`, ...mail.lead], action: mail.action });
      return { to: p.email, toUserId: p.id, template: mail.template, subject: mail.subject, text, html };
    }),
  );
  return unique.length;
}

const answerPage = (answerId: string) => `/reponses/${answerId}`;
const needPage = (needId: string) => `/besoins/${needId}`;

export const MAILS = {
  partnerInvited: (a: { answerId: string; needTitle: string; leadName: string; sharePercent: number }): AnswerMail => ({
    template: "answer.partner_invited",
    subject: `${a.leadName} vous propose une réponse groupée`,
    lead: [
      `${a.leadName} souhaite répondre avec votre entreprise, en co-traitance, au besoin « ${a.needTitle} », pour une part de ${a.sharePercent} %.`,
      "La réponse ne sera transmise à l'acheteur qu'une fois acceptée par chaque partenaire. Relisez-la, puis acceptez ou déclinez.",
    ],
    action: { label: "Voir la réponse groupée", url: answerPage(a.answerId) },
  }),
  partnerReplied: (a: { answerId: string; needTitle: string; partnerName: string; accepted: boolean; complete: boolean }): AnswerMail => ({
    template: a.accepted ? "answer.partner_accepted" : "answer.partner_declined",
    subject: a.accepted ? `${a.partnerName} accepte votre réponse groupée` : `${a.partnerName} décline votre réponse groupée`,
    lead: [
      a.accepted
        ? `${a.partnerName} a accepté de répondre avec vous au besoin « ${a.needTitle} ».`
        : `${a.partnerName} a décliné votre proposition de réponse groupée au besoin « ${a.needTitle} ».`,
      a.complete
        ? "Tous vos partenaires ont accepté : votre réponse est déposée et l'acheteur peut la consulter."
        : a.accepted
          ? "La réponse sera déposée quand tous vos partenaires auront accepté."
          : "Votre réponse n'est pas déposée : retirez ce partenaire ou proposez-en un autre avant la date limite.",
    ],
    action: { label: "Voir ma réponse", url: answerPage(a.answerId) },
  }),
  questionAsked: (a: { needId: string; needTitle: string; companyName: string }): AnswerMail => ({
    template: "question.asked",
    subject: `Nouvelle question sur « ${a.needTitle} »`,
    lead: [
      `${a.companyName} pose une question sur votre besoin « ${a.needTitle} ».`,
      "Répondez-lui en privé, ou publiez la réponse (sans nommer l'entreprise) pour tous les fournisseurs positionnés ou invités.",
    ],
    action: { label: "Répondre à la question", url: `${needPage(a.needId)}#questions` },
  }),
  questionAnsweredPrivately: (a: { needId: string; needTitle: string }): AnswerMail => ({
    template: "question.answered",
    subject: `L'acheteur a répondu à votre question sur « ${a.needTitle} »`,
    lead: ["L'acheteur a répondu à la question que vous avez posée. Cette réponse n'est visible que de votre entreprise."],
    action: { label: "Lire la réponse", url: `${needPage(a.needId)}#questions` },
  }),
  qaPublished: (a: { needId: string; needTitle: string; newDeadline: Date | null }): AnswerMail => ({
    template: a.newDeadline ? "question.published_deadline" : "question.published",
    subject: a.newDeadline ? `Date limite reportée au ${formatDate(a.newDeadline)} : « ${a.needTitle} »` : `Précision de l'acheteur sur « ${a.needTitle} »`,
    lead: [
      `L'acheteur a publié une précision sur le besoin « ${a.needTitle} », en réponse à la question d'un fournisseur.`,
      ...(a.newDeadline ? [`Pour vous laisser le temps d'en tenir compte, la date limite de réponse est reportée au ${formatDate(a.newDeadline)}.`] : []),
    ],
    action: { label: "Lire la précision", url: `${needPage(a.needId)}#questions` },
  }),
  awarded: (a: { answerId: string; needTitle: string; buyerName: string; amountEur: number; awardedOn: Date }): AnswerMail => ({
    template: "answer.awarded",
    subject: `Votre réponse est retenue : « ${a.needTitle} »`,
    lead: [
      `${a.buyerName} a retenu votre réponse au besoin « ${a.needTitle} » le ${formatDate(a.awardedOn)}, pour un montant de ${formatEuros(a.amountEur)} HT.`,
      "L'acheteur va prendre contact avec vous pour la suite.",
    ],
    action: { label: "Voir mes réponses", url: "/reponses" },
  }),
  notRetained: (a: { answerId: string; needTitle: string; feedback: string | null }): AnswerMail => ({
    template: "answer.not_retained",
    subject: `Votre réponse n'a pas été retenue : « ${a.needTitle} »`,
    lead: [
      `L'acheteur n'a pas retenu votre réponse au besoin « ${a.needTitle} ». Merci d'avoir répondu.`,
      a.feedback ? `Son retour : « ${a.feedback} »` : "L'acheteur n'a pas laissé de commentaire.",
    ],
    action: { label: "Voir mes réponses", url: "/reponses" },
  }),
  unsuccessful: (a: { needTitle: string; reason: string }): AnswerMail => ({
    template: "need.unsuccessful",
    subject: `Besoin sans suite : « ${a.needTitle} »`,
    lead: [`L'acheteur a déclaré le besoin « ${a.needTitle} » sans suite : aucune réponse n'est retenue.`, `Sa raison : « ${a.reason} »`],
    action: { label: "Voir mes réponses", url: "/reponses" },
  }),
  followUp: (a: { needId: string; needTitle: string; side: "buyer" | "supplier" }): AnswerMail => ({
    template: `follow_up.${a.side}`,
    subject: `Avez-vous conclu ? « ${a.needTitle} »`,
    lead: [
      a.side === "buyer"
        ? `Vous avez attribué le besoin « ${a.needTitle} ». L'affaire est-elle conclue ? Votre réponse, avec le montant, mesure la part locale de vos achats.`
        : `Votre réponse au besoin « ${a.needTitle} » a été retenue. L'affaire est-elle conclue ? Indiquez-le en un clic.`,
    ],
    action: { label: "Répondre : avez-vous conclu ?", url: `${needPage(a.needId)}/suivi` },
  }),
} as const;
