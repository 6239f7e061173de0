import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Connexion" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; motdepasse?: string }> }) {
  if (await getActor()) redirect("/espace");
  const { next, motdepasse } = await searchParams;
  return (
    <div className="page page--narrow">
      <div className="page-header">
        <h1>Connexion</h1>
        <p>Accédez à l&apos;espace de votre entreprise : besoins d&apos;achat, opportunités, réponses.</p>
      </div>
      {motdepasse === "change" ? (
        <div className="alert alert--ok" role="status" style={{ marginBottom: "1rem" }}>
          Votre mot de passe est changé : connectez-vous avec le nouveau.
        </div>
      ) : null}
      <div className="card">
        <SignInForm next={typeof next === "string" ? next : undefined} />
      </div>
    </div>
  );
}
