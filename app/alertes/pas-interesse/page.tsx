import type { Metadata } from "next";
import { getDb } from "@/lib/db";
import { alertWithNeedTitle, DECLINE_REASONS } from "@/lib/alerts/decline";
import { DeclineForm } from "../token-forms";

export const metadata: Metadata = { title: "Pas intéressé" };

/** Opened from an alert e-mail, without signing in: the signed token is the authorization. */
export default async function DeclinePage({ searchParams }: { searchParams: Promise<{ jeton?: string }> }) {
  const { jeton = "" } = await searchParams;
  const found = await alertWithNeedTitle(getDb(), jeton);
  return (
    <div className="page page--narrow">
      <h1>Pas intéressé</h1>
      {!found ? (
        <div className="alert alert--error" role="alert">
          Ce lien n&apos;est pas valide ou a expiré.
        </div>
      ) : found.alert.declinedAt ? (
        <div className="alert alert--ok" role="status">
          Votre réponse pour « {found.needTitle} » était déjà enregistrée. Merci !
        </div>
      ) : (
        <div className="card">
          <p>
            Besoin : <strong>{found.needTitle}</strong>
          </p>
          <DeclineForm token={jeton} reasons={[...DECLINE_REASONS]} />
        </div>
      )}
    </div>
  );
}
