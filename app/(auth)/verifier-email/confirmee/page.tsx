import type { Metadata } from "next";
import Link from "next/link";
import { getActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Adresse e-mail confirmée" };

/** Where the confirmation form sends (the link's own page would now say the link has been used). */
export default async function EmailVerifiedPage() {
  const actor = await getActor();
  return (
    <div className="page page--narrow">
      <div className="page-header">
        <h1>Adresse e-mail confirmée</h1>
      </div>
      <div className="alert alert--ok" role="status" data-testid="email-verified">
        <p>Votre adresse e-mail est confirmée. Merci ! Un e-mail de bienvenue vous attend.</p>
        <p>{actor ? <Link href="/espace">Aller à mon espace</Link> : <Link href="/connexion">Me connecter</Link>}</p>
      </div>
    </div>
  );
}
