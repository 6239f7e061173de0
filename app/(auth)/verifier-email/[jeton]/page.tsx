import type { Metadata } from "next";
import { getDb } from "@/lib/db";
import { inspectToken } from "@/lib/accounts/tokens";
import { LinkProblem } from "../../_components/link-problem";
import { verifyEmailAction } from "../actions";
import { ConfirmEmailForm } from "../confirm-form";

export const metadata: Metadata = { title: "Confirmer mon adresse e-mail", referrer: "no-referrer" };

export default async function VerifyEmailPage({ params }: { params: Promise<{ jeton: string }> }) {
  const { jeton } = await params;
  // A button, not the visit, confirms: mail scanners open links before the person does.
  const seen = await inspectToken(getDb(), "verify", jeton);
  if (!seen.ok) return <LinkProblem problem={seen.problem} kind="verify" />;
  return (
    <div className="page page--narrow">
      <div className="page-header">
        <h1>Confirmer mon adresse e-mail</h1>
        <p>Confirmez que l&apos;adresse {seen.row.email} est bien la vôtre.</p>
      </div>
      <div className="card">
        <ConfirmEmailForm action={verifyEmailAction.bind(null, jeton)} />
      </div>
    </div>
  );
}
