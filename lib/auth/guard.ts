/**
 * Page guards: the server-side check every page calls before rendering, one way for all pages.
 * - not signed in → /connexion?next=<the page>;
 * - signed in without a company, on a company page → one target (`noCompanyTarget`);
 * - signed in without the right → the 403 page (`forbidden()`); a resource one may not see → the 404 page.
 * The rules themselves are the permission table (lib/auth/permissions.ts) and the resource modules
 * (lib/needs/access.ts…); pages only translate their refusals.
 */
import { forbidden, notFound, redirect } from "next/navigation";
import { headers } from "next/headers";
import { activeCompany, can, type Actor, type ActorMembership, type ResourceRef } from "./actor";
import type { Permission } from "./permissions";
import { getActor } from "./session";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "../errors";

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

/**
 * Where a signed-in account without a company lands when it opens a company page: staff on their
 * back-office home, everyone else on the home page (which explains how to register a company).
 */
export function noCompanyTarget(actor: Actor): string {
  return can(actor, "staff:access") ? "/cci" : "/";
}

export interface MemberPage {
  actor: Actor;
  company: ActorMembership;
}

/**
 * A page of the company space: the actor and its active company, allowed `permission` on that company
 * (« company:use-space » unless told). Anonymous → sign-in, no company → `noCompanyTarget`, refused → 403.
 */
export async function requireCompanyMember(permission: Permission = "company:use-space"): Promise<MemberPage> {
  const actor = await requireActor();
  const company = activeCompany(actor);
  if (!company) redirect(noCompanyTarget(actor));
  if (!can(actor, permission, { companyId: company.companyId })) forbidden();
  return { actor, company };
}

/**
 * Runs a resource read or check from lib (e.g. a `…/access.ts` rule) for a page and turns its refusals
 * into the page's answer: UnauthenticatedError → sign-in, NotFoundError → 404, ForbiddenError → 403
 * (or 404 with `{ hide: true }` when even the resource's existence must not leak).
 */
export async function pageAccess<T>(load: () => Promise<T>, options: { hide?: boolean } = {}): Promise<T> {
  try {
    return await load();
  } catch (err) {
    if (err instanceof UnauthenticatedError) return redirectToSignIn();
    if (err instanceof NotFoundError) notFound();
    if (err instanceof ForbiddenError) (options.hide ? notFound : forbidden)();
    throw err;
  }
}
