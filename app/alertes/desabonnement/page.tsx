import type { Metadata } from "next";
import { readToken } from "@/lib/alerts/tokens";
import { UnsubscribeForm } from "../token-forms";

export const metadata: Metadata = { title: "Se désabonner" };

/** A button, not an automatic unsubscribe on GET: mail scanners open links and must not unsubscribe anyone. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ jeton?: string }> }) {
  const { jeton = "" } = await searchParams;
  return (
    <div className="page page--narrow">
      <h1>Se désabonner des opportunités</h1>
      {readToken("unsubscribe", jeton) ? (
        <div className="card">
          <p>Vous ne recevrez plus d&apos;e-mails annonçant de nouveaux besoins. Les e-mails liés à vos propres besoins et réponses continuent.</p>
          <UnsubscribeForm token={jeton} />
        </div>
      ) : (
        <div className="alert alert--error" role="alert">
          Ce lien n&apos;est pas valide.
        </div>
      )}
    </div>
  );
}
