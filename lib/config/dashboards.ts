/**
 * The chamber's membership goal: double the charter signatories counted at a start date
 * (MEMBERS_GOAL_START, default 2026-01-01), unless MEMBERS_GOAL sets the target outright.
 */
import { z } from "@/lib/validation/zod";

const ZGoalEnv = z.object({
  MEMBERS_GOAL_START: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "MEMBERS_GOAL_START doit être une date AAAA-MM-JJ")
    .default("2026-01-01"),
  MEMBERS_GOAL: z.coerce.number().int().positive().optional(),
});

export interface MembersGoalConfig {
  /** "YYYY-MM-DD": the day whose signatories are doubled. */
  startDate: string;
  /** A fixed target that replaces 2 × signatories at the start date. */
  override?: number;
}

export function membersGoalConfig(env: NodeJS.ProcessEnv = process.env): MembersGoalConfig {
  const parsed = ZGoalEnv.parse({ MEMBERS_GOAL_START: env.MEMBERS_GOAL_START || undefined, MEMBERS_GOAL: env.MEMBERS_GOAL || undefined });
  return { startDate: parsed.MEMBERS_GOAL_START, override: parsed.MEMBERS_GOAL };
}

/** The target number of signatories. */
export const membersGoal = (cfg: MembersGoalConfig, signatoriesAtStart: number) => cfg.override ?? 2 * signatoriesAtStart;
