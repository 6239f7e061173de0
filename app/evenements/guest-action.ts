"use server";
/** A non-member registers for an event without an account (the public form of the event page). */
import { headers } from "next/headers";
import { getDb } from "@/lib/db";
import { boundFormAction } from "@/lib/actions/client";
import { ZGuestRegistrationInput } from "@/lib/events/guest-schema";
import { registerGuest } from "@/lib/events/guests";
import { clientIp, rateLimits } from "@/lib/security/rate-limit";

export const registerGuestAction = boundFormAction(
  ZGuestRegistrationInput,
  async (input, { id }) => {
    await rateLimits().enforce("eventGuestIp", `ip:${clientIp(await headers())}`);
    await registerGuest(getDb(), id, input);
    return {
      ok: true,
      message: `Inscription enregistrée. Nous avons écrit à ${input.email} : signez la charte et créez le compte de votre entreprise pour prendre vos rendez-vous.`,
    };
  },
  { notFound: "Événement introuvable." },
);
