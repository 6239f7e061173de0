/** A user's opportunity e-mail preferences (defaults when never set), and the form that changes them. */
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { notificationPreferences } from "@/db/schema";
import { z } from "../validation/zod";
import { zFrenchInt } from "../validation/french-number";
import { asList } from "../validation/as-list";

export const DEFAULT_PREFERENCES = {
  mode: "immediate" as const,
  dailyCap: 5,
  minScore: null as number | null,
  challengeAlerts: true,
  skillAlerts: true,
  unsubscribedAt: null as Date | null,
};
export type Preferences =
  | typeof DEFAULT_PREFERENCES
  | {
      mode: "immediate" | "daily" | "off";
      dailyCap: number;
      minScore: number | null;
      challengeAlerts: boolean;
      skillAlerts: boolean;
      unsubscribedAt: Date | null;
    };

export const ZPreferencesInput = z
  .object({
    mode: z.enum(["immediate", "daily", "off"], { error: "Choisissez quand recevoir les opportunités." }),
    // Not z.coerce.number: it reads "0x10" as 16 and "1e1" as 10.
    dailyCap: zFrenchInt("Le nombre d'e-mails par jour", 1, 50),
    minScore: z.enum(["", "0.5", "0.6", "0.7", "0.8"], { error: "Choix inconnu." }).transform((v) => (v === "" ? null : Number(v))),
    // Unticked boxes are not sent at all: no value is « none of them ».
    kinds: z.preprocess(asList, z.array(z.enum(["challenges", "skills"], { error: "Choix inconnu." })).max(2)),
  })
  .strict()
  .transform(({ kinds, ...rest }) => ({ ...rest, challengeAlerts: kinds.includes("challenges"), skillAlerts: kinds.includes("skills") }));

export async function preferencesOf(db: DbOrTx, userId: string): Promise<Preferences> {
  const [row] = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  return row ?? DEFAULT_PREFERENCES;
}

type PreferencesInput = z.output<typeof ZPreferencesInput>;

/** The kinds' choices are kept as they were when not given (callers that set only the frequency). */
export async function savePreferences(
  db: DbOrTx,
  userId: string,
  input: Omit<PreferencesInput, "challengeAlerts" | "skillAlerts"> & Partial<Pick<PreferencesInput, "challengeAlerts" | "skillAlerts">>,
) {
  await db
    .insert(notificationPreferences)
    .values({ userId, ...input, unsubscribedAt: input.mode === "off" ? new Date() : null })
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: { ...input, unsubscribedAt: input.mode === "off" ? new Date() : null } });
}

/** One-click unsubscribe from an e-mail: opportunity e-mails stop; the rest (moderation, answers) continue. */
export async function unsubscribe(db: DbOrTx, userId: string) {
  await db
    .insert(notificationPreferences)
    .values({ userId, mode: "off", unsubscribedAt: new Date() })
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: { mode: "off", unsubscribedAt: new Date() } });
}
