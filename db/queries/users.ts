/** Named queries on users and their memberships. */
import { asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { companies, memberships, users } from "../schema";

export function byEmail(email: string) {
  return sql`lower(${users.email}) = lower(${email})`;
}

export async function findUserByEmail(db: DbOrTx, email: string) {
  const rows = await db.select().from(users).where(byEmail(email)).limit(1);
  return rows[0] ?? null;
}

/** The user with its memberships, oldest first (the first one is the active company). */
export async function findUserWithMemberships(db: DbOrTx, userId: string) {
  const rows = await db
    .select({
      user: users,
      membership: {
        companyId: memberships.companyId,
        role: memberships.role,
        companyName: sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})`,
      },
    })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(companies, eq(companies.id, memberships.companyId))
    .where(eq(users.id, userId))
    .orderBy(asc(memberships.createdAt));
  if (rows.length === 0) return null;
  return {
    user: rows[0].user,
    memberships: rows.flatMap((r) => (r.membership?.companyId ? [r.membership as { companyId: string; role: "admin" | "member"; companyName: string }] : [])),
  };
}
