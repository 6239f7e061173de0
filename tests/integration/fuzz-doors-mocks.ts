/**
 * What the fuzzed doors replace of a Next.js request, imported first by each fuzz-doors-*.test.ts: the
 * session (the signed-in actor is whoever `session.actor` names), the cache, Auth.js and the request headers.
 */
import { vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";

// Read by the mocked getActor when a door runs, long after this module has set it up.
export const session: { actor: Actor | null } = { actor: null };
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
// Auth.js needs a request context; signing in is not the door under test (the credentials check is).
vi.mock("@/lib/auth/auth", async () => {
  const { redirect } = await import("next/navigation");
  return { signIn: async () => redirect("/espace"), signOut: async () => redirect("/"), auth: async () => null, handlers: {} };
});
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9", origin: "http://localhost", host: "localhost" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));
