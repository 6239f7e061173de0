import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { latestCharter } from "@/lib/accounts/reads";
import { getActor } from "@/lib/auth/session";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Inscrire mon entreprise" };

export default async function SignUpPage() {
  if (await getActor()) redirect("/espace");
  const charter = await latestCharter(getDb());
  return (
    <div className="page page--narrow">
      <div className="page-header">
        <h1>Inscrire mon entreprise</h1>
        <p>
          Votre entreprise pourra publier ses besoins d&apos;achat et répondre à ceux des donneurs d&apos;ordre du territoire. Les champs marqués d&apos;un
          astérisque (*) sont obligatoires.
        </p>
      </div>
      <SignUpForm charterTitle={charter?.title ?? "Charte"} charterBody={charter?.body ?? ""} />
    </div>
  );
}
