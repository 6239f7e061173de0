"use server";
import { headers } from "next/headers";
import { getDb } from "@/lib/db";
import { formAction } from "@/lib/actions/client";
import { sendContactMessage, ZContactInput } from "@/lib/contact/message";
import { clientIp, rateLimits } from "@/lib/security/rate-limit";

export const sendContactAction = formAction(ZContactInput, async (input, { actor }) => {
  await rateLimits().enforce("contactIp", `ip:${clientIp(await headers())}`);
  await sendContactMessage(getDb(), input, actor?.userId ?? null);
  return { ok: true, message: "Message envoyé. L'équipe de la CCI vous répond par e-mail, en général sous deux jours ouvrés." };
});
