/** A challenge's current values as its form sends them, to prefill the edit form (app/defis/[id]/modifier). */
import { parisDay } from "../dates";
import type { ChallengeRow } from "@/db/schema";

type Editable = Pick<ChallengeRow, "title" | "summary" | "context" | "maturity" | "reward" | "budgetBand" | "deadline" | "confidential" | "openToYoung"> & {
  problem: string | null;
  expectedSolution: string | null;
  ndaText: string | null;
};

export function challengeFormDefaults(c: Editable): Record<string, string> {
  return {
    title: c.title,
    summary: c.summary,
    problem: c.problem ?? "",
    context: c.context ?? "",
    expectedSolution: c.expectedSolution ?? "",
    maturity: c.maturity,
    reward: c.reward,
    budgetBand: c.budgetBand,
    // Stored as the end of that day in Paris (schemas.ts endOfDayParis): the form shows the day.
    deadline: parisDay(c.deadline),
    confidential: c.confidential ? "on" : "",
    ndaText: c.ndaText ?? "",
    openToYoung: c.openToYoung ? "on" : "",
  };
}
