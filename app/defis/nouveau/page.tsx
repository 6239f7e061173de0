import type { Metadata } from "next";
import { requireCompanyMember } from "@/lib/auth/guard";
import { createChallengeAction } from "../actions";
import { ChallengeForm } from "../_components/challenge-form";

export const metadata: Metadata = { title: "Proposer un défi d'innovation" };

export default async function NewChallengePage() {
  await requireCompanyMember("challenge:post");
  return (
    <div className="page">
      <div className="page-header">
        <h1>Proposer un défi d&apos;innovation</h1>
        <p>Décrivez votre problème et ce que gagnera le lauréat. Le défi est relu par la CCI avant d&apos;être publié.</p>
      </div>
      <ChallengeForm action={createChallengeAction} />
    </div>
  );
}
