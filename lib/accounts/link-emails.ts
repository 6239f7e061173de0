/**
 * The e-mails that carry a single-use link (reset, verification, invitation) and the welcome e-mail.
 * Link e-mails are rendered twice: with the link, to send, and with the link masked, for the `emails`
 * row that staff read in /cci/emails — the token itself is never stored.
 */
import type { DbOrTx } from "@/db/client";
import { formatDateTime } from "../format";
import { queueEmail } from "../mail/queue-email";
import { renderEmail } from "../mail/render";
import type { AccountTokenRow as AccountToken } from "@/db/schema";

/** The page each kind of link opens (app/(auth)/…). */
export const LINK_PATHS = { reset: "/reinitialiser", verify: "/verifier-email", invite: "/invitation" } as const;
export const MASKED_TOKEN = "lien-masque";

export const linkPath = (purpose: AccountToken["purpose"], token: string) => `${LINK_PATHS[purpose]}/${token}`;

export interface LinkContext {
  firstName?: string | null;
  companyName?: string | null;
  inviterName?: string | null;
}

export interface RenderedLinkEmail {
  template: string;
  subject: string;
  text: string;
  html: string;
}

export function renderLinkEmail(row: AccountToken, token: string, ctx: LinkContext): RenderedLinkEmail {
  const url = linkPath(row.purpose, token);
  const until = formatDateTime(row.expiresAt);
  const hello = ctx.firstName ? `Bonjour ${ctx.firstName},` : "Bonjour,";
  if (row.purpose === "reset") {
    const subject = "Choisir un nouveau mot de passe";
    return {
      template: "account.password_reset",
      subject,
      ...renderEmail({
        preheader: "Le lien pour choisir un nouveau mot de passe, valable une heure.",
        title: subject,
        paragraphs: [
          hello,
          `Vous avez demandé à choisir un nouveau mot de passe pour votre compte Circuit Court (${row.email}). Le lien ci-dessous fonctionne une seule fois, jusqu'au ${until}.`,
          "Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail : votre mot de passe actuel reste valable.",
        ],
        action: { label: "Choisir un nouveau mot de passe", url },
      }),
    };
  }
  if (row.purpose === "verify") {
    const subject = "Confirmez votre adresse e-mail";
    return {
      template: "account.verify_email",
      subject,
      ...renderEmail({
        preheader: "Un clic pour confirmer l'adresse de votre compte Circuit Court.",
        title: subject,
        paragraphs: [
          hello,
          `Pour terminer l'inscription de votre compte Circuit Court, confirmez que l'adresse ${row.email} est bien la vôtre. Le lien fonctionne une seule fois, jusqu'au ${until}.`,
          "Si vous n'avez pas créé de compte, ignorez cet e-mail.",
        ],
        action: { label: "Confirmer mon adresse", url },
      }),
    };
  }
  const company = ctx.companyName ?? "une entreprise";
  const subject = `Invitation à rejoindre ${company} sur Circuit Court`;
  return {
    template: "account.invitation",
    subject,
    ...renderEmail({
      preheader: `${ctx.inviterName ?? "Un collègue"} vous invite à rejoindre l'équipe de ${company}.`,
      title: subject,
      paragraphs: [
        "Bonjour,",
        `${ctx.inviterName ?? "Un administrateur"} vous invite à rejoindre l'équipe de ${company} sur Circuit Court, la place de marché des achats locaux entre entreprises du territoire.`,
        `Avec ce lien, créez votre compte ou, si vous en avez déjà un avec cette adresse (${row.email}), rejoignez l'équipe en vous connectant. Il fonctionne une seule fois, jusqu'au ${until}.`,
        "Si vous ne connaissez pas cette entreprise, ignorez cet e-mail.",
      ],
      action: { label: "Voir l'invitation", url },
    }),
  };
}

/** Once the address is confirmed. */
export async function queueWelcomeEmail(tx: DbOrTx, user: { id: string; email: string; firstName: string }): Promise<string> {
  const subject = "Bienvenue sur Circuit Court";
  const { html, text } = renderEmail({
    preheader: "Votre adresse est confirmée : voici par où commencer.",
    title: subject,
    paragraphs: [
      `Bonjour ${user.firstName},`,
      "Votre adresse e-mail est confirmée. Sur Circuit Court, chaque entreprise est à la fois acheteuse et fournisseuse : publiez vos besoins d'achat pour trouver des fournisseurs du territoire, et répondez aux besoins publiés par les autres signataires.",
      "L'équipe de la CCI vérifie chaque entreprise inscrite ; vous serez prévenu par e-mail dès que la vôtre le sera. En attendant, complétez la fiche de votre entreprise : c'est elle que les acheteurs consultent.",
      "Vous pouvez aussi inviter vos collègues à rejoindre l'équipe de votre entreprise depuis « Mon entreprise ».",
    ],
    action: { label: "Compléter la fiche de mon entreprise", url: "/mon-entreprise" },
  });
  return queueEmail(tx, { to: user.email, toUserId: user.id, template: "account.welcome", subject, text, html });
}
