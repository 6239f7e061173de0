import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Connexion" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await getActor()) redirect("/espace");
  const { next } = await searchParams;
  return (
    <div className="page page--narrow">
      <div className="page-header">
        <h1>Connexion</h1>
        <p>Accédez à l&apos;espace de votre entreprise : besoins d&apos;achat, opportunités, réponses.</p>
      </div>
      <div className="card">
        <SignInForm next={typeof next === "string" ? next : undefined} />
      </div>
    </div>
  );
}
