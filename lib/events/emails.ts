/** E-mails of events, queued on the caller's transaction (lib/mail/queue-email.ts): French words gathered here. */
import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { eventRegistrationPeople, users } from "@/db/schema";
import { plural } from "../format";
import { queueEmails } from "../mail/queue-email";
import { absoluteUrl, renderEmail, type EmailContent } from "../mail/render";

/** One e-mail to each person a registration sends (each registration's people, deduplicated). */
export async function emailRegistrations(
  tx: Tx,
  registrationIds: string[],
  template: string,
  subject: string,
  content: (registrationId: string) => EmailContent,
) {
  if (registrationIds.length === 0) return 0;
  const people = await tx
    .select({ registrationId: eventRegistrationPeople.registrationId, userId: users.id, email: users.email })
    .from(eventRegistrationPeople)
    .innerJoin(users, eq(users.id, eventRegistrationPeople.userId))
    .where(inArray(eventRegistrationPeople.registrationId, registrationIds));
  const msgs = people.map((p) => {
    const { html, text } = renderEmail(content(p.registrationId));
    return { to: p.email, toUserId: p.userId, template, subject, html, text };
  });
  await queueEmails(tx, msgs);
  return msgs.length;
}

export const EVENT_EMAILS = {
  registered: (title: string, pending: boolean, eventId: string): EmailContent => ({
    title: pending ? `Inscription reçue : ${title}` : `Vous êtes inscrit à « ${title} »`,
    paragraphs: [
      pending
        ? "Votre inscription est enregistrée. L'équipe de la CCI la valide avant l'ouverture des prises de rendez-vous ; vous recevrez un e-mail."
        : "Votre inscription est confirmée. Pendant la période de prise de rendez-vous, consultez les participants qui vous sont proposés et envoyez vos demandes.",
    ],
    action: { label: "Mon espace participant", url: `/evenements/${eventId}/espace` },
  }),
  /** A non-member registered from the event page: the invitation to sign the charter (the sign-up) and register as a member. */
  guestInvited: (title: string, firstName: string, companyName: string, siret: string, eventId: string): EmailContent => ({
    title: `Votre inscription à « ${title} »`,
    paragraphs: [
      `Bonjour ${firstName},`,
      `Nous avons enregistré l'inscription de ${companyName} (SIRET ${siret}) à « ${title} » : votre place est réservée.`,
      `Pour demander des rendez-vous aux autres participants et recevoir votre agenda, votre entreprise rejoint Circuit Court, la place de marché des achats locaux du territoire : inscrivez-la avec ce SIRET et signez sa charte, en quelques minutes. Confirmez ensuite votre participation depuis la page de l'événement : ${absoluteUrl(`/evenements/${eventId}`)}.`,
      "Si vous n'êtes pas à l'origine de cette inscription, ignorez cet e-mail.",
    ],
    action: { label: "Signer la charte et créer mon compte", url: "/inscription" },
  }),
  decided: (title: string, accepted: boolean, eventId: string): EmailContent => ({
    title: accepted ? `Inscription acceptée : ${title}` : `Inscription non retenue : ${title}`,
    paragraphs: [
      accepted
        ? "La CCI a accepté votre inscription. Vous pouvez dès l'ouverture des prises de rendez-vous demander des rencontres."
        : "La CCI n'a pas retenu votre inscription pour cet événement. Contactez-la pour en savoir plus.",
    ],
    action: { label: "Voir l'événement", url: `/evenements/${eventId}` },
  }),
  requestReceived: (title: string, from: string, message: string, eventId: string): EmailContent => ({
    title: `${from} souhaite vous rencontrer`,
    paragraphs: [
      `Dans le cadre de « ${title} », ${from} vous propose un rendez-vous :`,
      message,
      "Acceptez ou déclinez la demande depuis votre espace participant.",
    ],
    action: { label: "Répondre à la demande", url: `/evenements/${eventId}/espace` },
  }),
  requestAnswered: (title: string, to: string, accepted: boolean, eventId: string): EmailContent => ({
    title: accepted ? `${to} a accepté votre rendez-vous` : `${to} a décliné votre rendez-vous`,
    paragraphs: [
      accepted
        ? `Le rendez-vous sera placé dans le planning de « ${title} », que vous recevrez à sa publication.`
        : `Votre demande de rendez-vous pour « ${title} » n'a pas été acceptée. D'autres participants vous sont proposés dans votre espace.`,
    ],
    action: { label: "Mon espace participant", url: `/evenements/${eventId}/espace` },
  }),
  cancelled: (title: string, by: string, wasScheduled: boolean, eventId: string): EmailContent => ({
    title: `${by} a annulé votre rendez-vous`,
    paragraphs: [
      wasScheduled
        ? `Le rendez-vous avec ${by} prévu à « ${title} » est annulé : son créneau est libéré dans votre agenda.`
        : `${by} a retiré sa demande de rendez-vous pour « ${title} ».`,
    ],
    action: { label: "Mon espace participant", url: `/evenements/${eventId}/espace` },
  }),
  schedulePublished: (title: string, count: number, changed: boolean, eventId: string): EmailContent => ({
    title: changed ? `Votre planning a changé : ${title}` : `Votre planning de rendez-vous : ${title}`,
    paragraphs: [
      count === 0
        ? "Aucun rendez-vous ne vous a été attribué."
        : `${count} rendez-vous ${plural(count, "vous est attribué", "vous sont attribués")}, avec l'heure et la table de chacun.`,
      "Retrouvez votre agenda en ligne et ajoutez-le à votre calendrier (fichier ICS).",
    ],
    action: { label: "Voir mon agenda", url: `/evenements/${eventId}/espace` },
  }),
  reminder: (title: string, count: number, first: string, eventId: string): EmailContent => ({
    title: `Demain : ${title}`,
    paragraphs: [
      `${count} rendez-vous vous attendent${count > 0 ? `, le premier à ${first}` : ""}. Votre agenda indique l'heure et la table de chacun.`,
      "Présentez-vous à l'accueil un peu avant votre premier rendez-vous.",
    ],
    action: { label: "Voir mon agenda", url: `/evenements/${eventId}/espace` },
  }),
};
