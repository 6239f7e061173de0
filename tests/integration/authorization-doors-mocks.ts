/**
 * What the door matrices replace of a Next.js request, imported first by each authorization-doors*.test.ts:
 * the session (the signed-in actor is whoever `session.actor` names), the cache, Auth.js's sign-in and the
 * request headers. forbidden() is Next's experimental auth interrupt (next.config.mjs turns it on for the app).
 */
import { vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";

process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

// Read by the mocked getActor when a door runs, long after this module has set it up.
export const session: { actor: Actor | null } = { actor: null };
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("@/lib/auth/auth", async () => {
  const { redirect } = await import("next/navigation");
  return { signIn: async () => redirect("/espace"), signOut: async () => redirect("/"), auth: async () => null, handlers: {} };
});
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9", origin: "http://localhost", host: "localhost", "x-pathname": "/page-demandee" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));
