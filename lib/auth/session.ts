/** The current actor, read once per request from the Auth.js session and the database. */
import { cache } from "react";
import { auth } from "./auth";
import { getDb } from "@/db/client";
import { findUserWithMemberships } from "@/db/queries/users";
import type { Actor } from "./actor";

export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const found = await findUserWithMemberships(getDb(), userId);
  if (!found) return null;
  return {
    userId: found.user.id,
    email: found.user.email,
    firstName: found.user.firstName,
    lastName: found.user.lastName,
    platformRole: found.user.platformRole,
    memberships: found.memberships,
  };
});
