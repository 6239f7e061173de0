import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { requireActor } from "@/lib/auth/guard";
import { challengeFormDefaults } from "@/lib/challenges/form-defaults";
import { challengePage } from "@/lib/challenges/reads";
import { isChallengeEditable } from "@/lib/challenges/state-machine";
import { NotFoundError } from "@/lib/errors";
import { z } from "@/lib/validation/zod";
import { updateChallengeAction } from "../../actions";
import { ChallengeForm } from "../../_components/challenge-form";

export const metadata: Metadata = { title: "Modifier le défi d'innovation" };

export default async function EditChallengePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  let loaded;
  try {
    loaded = await challengePage(getDb(), actor, id.data);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
  // Only the challenge's company edits it; staff and applicants find no such page.
  if (loaded.viewer !== "owner") notFound();
  const c = loaded.challenge;
  if (!isChallengeEditable(c.status)) {
    return (
      <div className="page page--narrow">
        <h1>Ce défi n&apos;est plus modifiable</h1>
        <p>
          Il a été envoyé à la CCI ou publié. <Link href={`/defis/${c.id}`}>Retour au défi</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page page--narrow">
      <div className="page-header">
        <h1>Modifier le défi</h1>
        {c.status === "changes_requested" && c.moderationNote ? (
          <div className="alert alert--info" role="note">
            Demande de la CCI : « {c.moderationNote} »
          </div>
        ) : null}
        <p>Enregistrez vos modifications, puis renvoyez le défi à la CCI depuis sa page.</p>
      </div>
      <ChallengeForm
        action={updateChallengeAction.bind(null, c.id)}
        defaults={challengeFormDefaults(c)}
        attachments={loaded.attachments}
        submitLabel="Enregistrer les modifications"
      />
      <p>
        <Link href={`/defis/${c.id}`}>Retour au défi</Link>
      </p>
    </div>
  );
}
