/** Companies with an admin and a member, and a staff user, as Actors (what the session would give). */
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { companies, memberships, users } from "@/db/schema";
import { signUp } from "@/lib/accounts/sign-up";
import type { Actor } from "@/lib/auth/actor";
import { signUpInput } from "./accounts";

let n = 0;

async function addUser(db: Db, platformRole: "user" | "staff" = "user") {
  n += 1;
  const [u] = await db
    .insert(users)
    .values({
      email: `user.${n}.${Date.now()}@exemple.fr`,
      firstName: `Prénom${n}`,
      lastName: `Nom${n}`,
      passwordHash: "x",
      platformRole,
    })
    .returning();
  return u;
}

const actorOf = (u: typeof users.$inferSelect, memberships: Actor["memberships"]): Actor => ({
  userId: u.id,
  email: u.email,
  firstName: u.firstName,
  lastName: u.lastName,
  platformRole: u.platformRole,
  memberships,
});

/** A signed-up company (admin = the person who signed up), verified unless told otherwise, plus a member. */
export async function companyWithTeam(db: Db, opts: { verified?: boolean; siret?: string } = {}) {
  const { userId, companyId } = await signUp(db, signUpInput(opts.siret ? { siret: opts.siret } : {}));
  if (opts.verified !== false) {
    await db.update(companies).set({ verificationStatus: "verified", verifiedAt: new Date() }).where(eq(companies.id, companyId));
  }
  // Like every account the factories make, the admin's address counts as confirmed (sign-up leaves it to a link).
  await db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, userId));
  const [adminRow] = await db.select().from(users).where(eq(users.id, userId));
  const memberRow = await addUser(db);
  await db.insert(memberships).values({ userId: memberRow.id, companyId, role: "member" });
  const [company] = await db.select().from(companies).where(eq(companies.id, companyId));
  const name = company.legalName;
  return {
    companyId,
    admin: actorOf(adminRow, [{ companyId, companyName: name, role: "admin" }]),
    member: actorOf(memberRow, [{ companyId, companyName: name, role: "member" }]),
  };
}

export async function staffActor(db: Db): Promise<Actor> {
  return actorOf(await addUser(db, "staff"), []);
}

/** A signed-in account that belongs to no company (e.g. after leaving one, or before joining by invitation). */
export async function loneUser(db: Db): Promise<Actor> {
  return actorOf(await addUser(db), []);
}
