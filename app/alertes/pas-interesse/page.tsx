import type { Metadata } from "next";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { needs } from "@/db/schema";
import { alertForToken, DECLINE_REASONS } from "@/lib/alerts/decline";
import { DeclineForm } from "../token-forms";

export const metadata: Metadata = { title: "Pas intéressé" };

/** Opened from an alert e-mail, without signing in: the signed token is the authorization. */
export default async function DeclinePage({ searchParams }: { searchParams: Promise<{ jeton?: string }> }) {
  const { jeton = "" } = await searchParams;
  const db = getDb();
  const alert = await alertForToken(db, jeton);
  const [need] = alert ? await db.select({ title: needs.title }).from(needs).where(eq(needs.id, alert.needId)) : [];
  return (
    <div className="page page--narrow">
      <h1>Pas intéressé</h1>
      {!alert || !need ? (
        <div className="alert alert--error" role="alert">Ce lien n&apos;est pas valide ou a expiré.</div>
      ) : alert.declinedAt ? (
        <div className="alert alert--ok" role="status">Votre réponse pour « {need.title} » était déjà enregistrée. Merci !</div>
      ) : (
        <div className="card">
          <p>Besoin : <strong>{need.title}</strong></p>
          <DeclineForm token={jeton} reasons={[...DECLINE_REASONS]} />
        </div>
      )}
    </div>
  );
}
