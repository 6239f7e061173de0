"use server";
/** Staff actions on the outbox: resend e-mails in failure (one, or all of them after an outage). */
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db";
import { userAction } from "@/lib/actions/client";
import { formatNumber, plural } from "@/lib/format";
import { resendFailedEmails } from "@/lib/mail/resend";
import { z } from "@/lib/validation/zod";

const ZResend = z
  .object({ emailId: z.uuid().optional(), all: z.literal("failed").optional() })
  .strict()
  .refine((v) => Boolean(v.emailId) !== Boolean(v.all), { message: "Choisissez un e-mail, ou tous les e-mails en échec." });

export const resendEmailsAction = userAction(ZResend, async (input, { actor }) => {
  const n = await resendFailedEmails(getDb(), actor, input.emailId ? { emailId: input.emailId } : { allFailed: true });
  revalidatePath("/cci/emails");
  return {
    ok: true,
    message: n === 0 ? "Aucun e-mail en échec à renvoyer." : `${formatNumber(n)} ${plural(n, "e-mail remis", "e-mails remis")} dans la file d'envoi.`,
  };
});
