import type { Metadata } from "next";
import { getDb } from "@/lib/db";
import { inspectToken } from "@/lib/accounts/tokens";
import { LinkProblem } from "../../_components/link-problem";
import { resetPasswordAction } from "../actions";
import { NewPasswordForm } from "../new-password-form";

export const metadata: Metadata = { title: "Nouveau mot de passe", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ jeton: string }> }) {
  const { jeton } = await params;
  // Opening the page consumes nothing (mail scanners open links too): the form does.
  const seen = await inspectToken(getDb(), "reset", jeton);
  if (!seen.ok) return <LinkProblem problem={seen.problem} kind="reset" />;
  return (
    <div className="page page--narrow">
      <div className="page-header">
        <h1>Choisir un nouveau mot de passe</h1>
        <p>Pour le compte {seen.row.email}. Ce lien ne fonctionne qu&apos;une fois.</p>
      </div>
      <div className="card">
        <NewPasswordForm action={resetPasswordAction.bind(null, jeton)} />
      </div>
    </div>
  );
}
