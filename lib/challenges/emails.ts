/** E-mails of challenges, queued on the caller's transaction (the outbox): French words gathered here. */
import { and, eq, or } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { queueEmails } from "../mail/queue-email";
import { renderEmail, type EmailContent } from "../mail/render";
import type { PitchPlace } from "./pitch";

/** One e-mail to each admin of the company, and to its member who created the object. */
export async function emailCompany(tx: Tx, companyId: string, createdBy: string | null, template: string, content: EmailContent) {
  const people = await tx
    .select({ id: users.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, companyId), createdBy ? or(eq(memberships.role, "admin"), eq(users.id, createdBy)) : eq(memberships.role, "admin")));
  const { html, text } = renderEmail(content);
  await queueEmails(
    tx,
    people.map((p) => ({ to: p.email, toUserId: p.id, template, subject: content.title, html, text })),
  );
  return people.length;
}

export const CHALLENGE_EMAILS = {
  decided: (title: string, decision: "approve" | "request_changes" | "reject", reason: string | null, id: string): EmailContent => ({
    title:
      decision === "approve"
        ? `Votre défi « ${title} » est publié`
        : decision === "reject"
          ? `Votre défi « ${title} » n'a pas été publié`
          : `Modifications demandées sur « ${title} »`,
    paragraphs: [
      decision === "approve"
        ? "L'équipe de la CCI a validé votre défi : les start-up et PME du territoire peuvent maintenant candidater."
        : decision === "reject"
          ? "L'équipe de la CCI n'a pas publié votre défi, pour la raison suivante :"
          : "L'équipe de la CCI vous demande de modifier votre défi avant de le publier. Voici sa demande :",
      ...(reason ? [`« ${reason} »`] : []),
    ],
    action: { label: "Voir le défi", url: `/defis/${id}` },
  }),
  applicationReceived: (title: string, applicant: string, id: string): EmailContent => ({
    title: `Nouvelle candidature pour « ${title} »`,
    paragraphs: [`${applicant} a candidaté à votre défi. Lisez son pitch, posez-lui vos questions et présélectionnez les candidatures qui vous intéressent.`],
    action: { label: "Voir les candidatures", url: `/defis/${id}/candidatures` },
  }),
  applicationDecided: (title: string, status: "shortlisted" | "selected" | "declined", id: string): EmailContent => ({
    title:
      status === "selected"
        ? `Votre candidature est retenue : ${title}`
        : status === "shortlisted"
          ? `Votre candidature est présélectionnée : ${title}`
          : `Votre candidature n'est pas retenue : ${title}`,
    paragraphs: [
      status === "selected"
        ? "Félicitations : le porteur du défi a retenu votre solution. Il vous contactera pour la suite (preuve de concept, pilote ou contrat)."
        : status === "shortlisted"
          ? "Le porteur du défi a présélectionné votre candidature. Il peut vous poser des questions et vous proposer un créneau de pitch."
          : "Le porteur du défi n'a pas retenu votre candidature cette fois. D'autres défis vous attendent sur la plateforme.",
    ],
    action: { label: "Ma candidature", url: `/defis/${id}` },
  }),
  question: (title: string, id: string): EmailContent => ({
    title: `Une question sur votre candidature : ${title}`,
    paragraphs: ["Le porteur du défi vous pose une question sur votre candidature. Répondez depuis la page du défi."],
    action: { label: "Répondre", url: `/defis/${id}` },
  }),
  pitch: (title: string, when: string, id: string, place: PitchPlace | null = null): EmailContent => ({
    title: `Votre créneau de pitch : ${title}`,
    paragraphs: place
      ? [
          `Le porteur du défi vous invite à présenter votre solution le ${when}, pendant « ${place.eventTitle} » (session « ${place.sessionLabel} »)${place.place ? ` — ${place.place}` : ""}.`,
          "La page du défi vous donne le lien vers l'événement et le créneau à ajouter à votre agenda.",
        ]
      : [`Le porteur du défi vous invite à présenter votre solution le ${when}.`, "Ajoutez ce créneau à votre agenda depuis la page du défi."],
    action: { label: "Ma candidature", url: `/defis/${id}` },
  }),
};
