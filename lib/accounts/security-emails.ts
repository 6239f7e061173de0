/**
 * E-mails that tell an account's owner about attempts made with their address: a sign-in lock after
 * repeated wrong passwords, a sign-up with an e-mail that already has an account. Queued on the caller's
 * transaction (outbox); they say what happened and when, never who (we do not know).
 */
import type { DbOrTx } from "@/db/client";
import { formatDateTime } from "../format";
import { queueEmail } from "../mail/queue-email";
import { renderEmail } from "../mail/render";

export interface Owner {
  id: string;
  email: string;
  firstName: string;
}

export async function queueSignInLockedEmail(tx: DbOrTx, owner: Owner, at: { lockedAt: Date; unlockAt: Date }): Promise<string> {
  const subject = "Connexion à votre compte bloquée après plusieurs échecs";
  const { html, text } = renderEmail({
    preheader: `Des mots de passe erronés ont été saisis pour ${owner.email}.`,
    title: subject,
    paragraphs: [
      `Bonjour ${owner.firstName},`,
      `Plusieurs mots de passe erronés ont été saisis pour votre compte Circuit Court (${owner.email}). Par sécurité, nous avons bloqué les connexions à ce compte le ${formatDateTime(at.lockedAt)}, jusqu'au ${formatDateTime(at.unlockAt)}.`,
      "Si c'était vous, patientez jusqu'à cette heure puis réessayez avec votre mot de passe habituel.",
      "Si ce n'était pas vous, quelqu'un essaie peut-être de deviner votre mot de passe : votre compte reste protégé, mais assurez-vous qu'il est long et que vous ne l'utilisez nulle part ailleurs. Si les tentatives continuent, chaque nouveau blocage dure plus longtemps ; nous ne vous écrirons pas à chaque fois.",
    ],
    action: { label: "Aller à la page de connexion", url: "/connexion" },
  });
  return queueEmail(tx, { to: owner.email, toUserId: owner.id, template: "account.sign_in_locked", subject, text, html });
}

export async function queueSignUpAttemptEmail(tx: DbOrTx, owner: Owner, at: Date): Promise<string> {
  const subject = "Quelqu'un a tenté de créer un compte avec votre adresse";
  const { html, text } = renderEmail({
    preheader: "Votre compte existe déjà : aucun nouveau compte n'a été créé.",
    title: subject,
    paragraphs: [
      `Bonjour ${owner.firstName},`,
      `Quelqu'un a tenté de créer un compte Circuit Court avec votre adresse (${owner.email}) le ${formatDateTime(at)}. Comme un compte existe déjà à cette adresse, aucun nouveau compte n'a été créé et le vôtre n'a pas été modifié.`,
      "Si c'était vous, connectez-vous simplement avec votre mot de passe habituel.",
      "Si ce n'était pas vous, vous pouvez ignorer cet e-mail.",
    ],
    action: { label: "Me connecter", url: "/connexion" },
  });
  return queueEmail(tx, { to: owner.email, toUserId: owner.id, template: "account.sign_up_attempt", subject, text, html });
}
