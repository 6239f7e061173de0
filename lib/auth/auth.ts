/**
 * Auth.js v5 configuration: e-mail + password (argon2) with JWT sessions.
 * The session carries only the user id; roles and memberships are read from the database on each
 * request (lib/auth/session.ts) so that a staff decision (suspension, role change) applies at once.
 */
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { findUserByEmail } from "@/db/queries/users";
import { randomUUID } from "node:crypto";
import { hashPassword, verifyPassword } from "./password";

const ZCredentials = z.object({ email: z.string().trim().email(), password: z.string().min(1).max(200) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 7 * 24 * 3600 },
  pages: { signIn: "/connexion" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = ZCredentials.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        const db = getDb();
        const user = await findUserByEmail(db, parsed.data.email);
        // Verify even without a user so response time does not reveal which e-mails exist.
        const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), parsed.data.password);
        if (!user || !ok) throw new CredentialsSignin();
        await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
        return { id: user.id, email: user.email, name: `${user.firstName} ${user.lastName}` };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});

// Hash of a random string, compared against when the e-mail is unknown.
let dummyHash: Promise<string> | undefined;
function getDummyHash() {
  dummyHash ??= hashPassword(randomUUID());
  return dummyHash;
}
