/**
 * Auth.js v5 configuration: e-mail + password (argon2) with JWT sessions.
 * The session carries only the user id; roles and memberships are read from the database on each
 * request (lib/auth/session.ts) so that a staff decision (suspension, role change) applies at once.
 * Sign-in attempts go through the limits of lib/auth/credentials.ts, whatever door they come by (the
 * sign-in action or a direct POST to /api/auth/callback/credentials).
 */
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "@/lib/validation/zod";
import { getDb } from "@/db/client";
import { clientIp, rateLimits } from "../security/rate-limit";
import { checkCredentials } from "./credentials";
import { secureCookiesFor } from "./secure-cookies";

const ZCredentials = z.object({ email: z.string().trim().email(), password: z.string().min(1).max(200) });

/**
 * Refused because of too many attempts. `code` travels in the URL when Auth.js redirects (a direct POST);
 * the sign-in action reads `retryAfterSec` to tell how long to wait.
 */
export class SignInLocked extends CredentialsSignin {
  code = "trop_de_tentatives";
  constructor(public retryAfterSec: number) {
    super();
  }
}

const baseConfig: NextAuthConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: 7 * 24 * 3600 },
  pages: { signIn: "/connexion" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      // Auth.js passes a Request rebuilt with the incoming request's headers (the client address).
      async authorize(raw, request) {
        const parsed = ZCredentials.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        const outcome = await checkCredentials({ ...parsed.data, ip: clientIp(request.headers) }, { db: getDb(), limits: rateLimits() });
        if (outcome.ok) return outcome.user;
        if (outcome.reason === "locked") throw new SignInLocked(outcome.retryAfterSec);
        throw new CredentialsSignin();
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
};

/** Headers of the current request in actions and server components (the lazy config gets no request there). */
async function currentHeaders(): Promise<Headers | null> {
  try {
    const { headers } = await import("next/headers");
    return new Headers(await headers());
  } catch {
    return null;
  }
}

// A config per request, so that Secure cookies follow the request's scheme behind a trusted proxy.
export const { handlers, auth, signIn, signOut } = NextAuth(async (request) => ({
  ...baseConfig,
  useSecureCookies: secureCookiesFor(process.env, request?.headers ?? (await currentHeaders())),
}));
