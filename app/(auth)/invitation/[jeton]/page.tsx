import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { findUserByEmail } from "@/lib/accounts/reads";
import { companyNameOf, TEAM_MESSAGES } from "@/lib/accounts/team";
import { inspectToken } from "@/lib/accounts/tokens";
import { getActor } from "@/lib/auth/session";
import { LinkProblem } from "../../_components/link-problem";
import { signOutAction } from "../../actions";
import { acceptInvitationAction, joinInvitationAction } from "../actions";
import { JoinForm, NewAccountForm } from "../invitation-forms";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

export default async function InvitationPage({ params }: { params: Promise<{ jeton: string }> }) {
  const { jeton } = await params;
  const db = getDb();
  const seen = await inspectToken(db, "invite", jeton);
  if (!seen.ok) return <LinkProblem problem={seen.problem} kind="invite" />;
  const invitation = seen.row;
  const companyName = invitation.companyId ? await companyNameOf(db, invitation.companyId) : null;
  if (!companyName) return <LinkProblem problem="unknown" kind="invite" />;
  const actor = await getActor();
  const role = invitation.role === "admin" ? "administrateur" : "membre";

  let body: React.ReactNode;
  if (actor && actor.email.toLowerCase() === invitation.email) {
    body = <JoinForm action={joinInvitationAction.bind(null, jeton)} companyName={companyName} />;
  } else if (actor) {
    body = (
      <>
        <p className="alert alert--error" role="note">
          {TEAM_MESSAGES.otherAddress} ({invitation.email})
        </p>
        <form action={signOutAction}>
          <button type="submit" className="button button--secondary">
            Me déconnecter
          </button>
        </form>
      </>
    );
  } else if (await findUserByEmail(db, invitation.email)) {
    // Whoever holds the link reads the mailbox of this address: telling them it has an account reveals nothing new.
    body = (
      <p>
        Un compte existe déjà pour {invitation.email}. <Link href={`/connexion?next=${encodeURIComponent(`/invitation/${jeton}`)}`}>Connectez-vous</Link> pour
        rejoindre l&apos;équipe.
      </p>
    );
  } else {
    body = <NewAccountForm action={acceptInvitationAction.bind(null, jeton)} email={invitation.email} />;
  }

  return (
    <div className="page page--narrow">
      <div className="page-header">
        <h1>Rejoindre {companyName}</h1>
        <p>
          Vous êtes invité à rejoindre l&apos;équipe de {companyName} sur Circuit Court, en tant que {role}.
        </p>
      </div>
      <div className="card">{body}</div>
    </div>
  );
}
