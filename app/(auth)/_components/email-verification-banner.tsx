/** Shown on every page to a signed-in account whose address is not confirmed yet, with a way to get a new link. */
import { getDb } from "@/lib/db";
import { isEmailVerified } from "@/lib/accounts/email-verification";
import { getActor } from "@/lib/auth/session";
import { ResendVerificationForm } from "./resend-verification-form";

export async function EmailVerificationBanner() {
  const actor = await getActor();
  if (!actor || (await isEmailVerified(getDb(), actor.userId))) return null;
  return (
    <div className="alert alert--info" role="note" data-testid="email-unverified" style={{ borderRadius: 0, margin: 0 }}>
      <div style={{ maxWidth: "72rem", margin: "0 auto", display: "flex", flexWrap: "wrap", gap: "0.5rem 1rem", alignItems: "center" }}>
        <span>
          Confirmez votre adresse e-mail ({actor.email}) avec le lien que nous vous avons envoyé : tant qu&apos;elle n&apos;est pas confirmée, vous ne pouvez
          pas inviter de collègues.
        </span>
        <ResendVerificationForm />
      </div>
    </div>
  );
}
