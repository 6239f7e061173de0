import type { Metadata } from "next";
import { RequestResetForm } from "./request-form";

export const metadata: Metadata = { title: "Mot de passe oublié" };

export default function ForgotPasswordPage() {
  return (
    <div className="page page--narrow">
      <div className="page-header">
        <h1>Mot de passe oublié</h1>
        <p>Indiquez l&apos;adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.</p>
      </div>
      <div className="card">
        <RequestResetForm />
      </div>
    </div>
  );
}
