/**
 * Page and action guards: the server-side check every page calls before rendering.
 * Anonymous visitors are sent to sign-in; signed-in users without the right get a real 403.
 */
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { can, type Actor, type ResourceRef } from "./actor";
import type { Permission } from "./permissions";
import { getActor } from "./session";

/** Sends an anonymous visitor to sign-in, coming back to the page they asked for. */
async function redirectToSignIn(): Promise<never> {
  const path = (await headers()).get("x-pathname") ?? "/espace";
  redirect(`/connexion?next=${encodeURIComponent(path)}`);
}

export async function requireActor(): Promise<Actor> {
  return (await getActor()) ?? redirectToSignIn();
}

export async function requirePermission(permission: Permission, resource?: ResourceRef): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor, permission, resource)) forbidden();
  return actor;
}
