/** Who is acting, and how they relate to a resource's company. Pure: no session or DB access here. */
import { isAllowed, type Permission, type Relation } from "./permissions";
import { ForbiddenError, UnauthenticatedError } from "../errors";

export interface ActorMembership {
  companyId: string;
  companyName: string;
  role: "admin" | "member";
}

export interface Actor {
  userId: string;
  email: string;
  firstName: string;
  lastName: string;
  platformRole: "user" | "staff";
  memberships: ActorMembership[];
}

/** A resource is authorized through the company that owns it (none for platform-wide operations). */
export interface ResourceRef {
  companyId?: string | null;
}

export function relationsOf(actor: Actor | null, resource: ResourceRef = {}): Relation[] {
  if (!actor) return ["anonymous"];
  const relations: Relation[] = ["user"];
  if (actor.platformRole === "staff") relations.push("staff");
  const membership = resource.companyId ? actor.memberships.find((m) => m.companyId === resource.companyId) : undefined;
  if (membership) relations.push(membership.role === "admin" ? "admin" : "member");
  // An admin can do what a member can.
  if (membership?.role === "admin") relations.push("member");
  return relations;
}

export function can(actor: Actor | null, permission: Permission, resource?: ResourceRef): boolean {
  return isAllowed(permission, relationsOf(actor, resource));
}

/**
 * Throws UnauthenticatedError for an anonymous actor, ForbiddenError otherwise, when not allowed. An
 * assertion: after it the actor is known to be signed in (no permission is granted to "anonymous" alone
 * that a service writes with), so services read `actor.userId` without a non-null assertion.
 */
export function authorize(actor: Actor | null, permission: Permission, resource?: ResourceRef): asserts actor is Actor {
  assertSignedIn(actor);
  if (can(actor, permission, resource)) return;
  throw new ForbiddenError();
}

/** Throws UnauthenticatedError for an anonymous actor: the first check of a write whose rule lives in its domain. */
export function assertSignedIn(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new UnauthenticatedError();
}

/** The company the actor works for in this session: its first membership (a switcher can come later). */
export function activeCompany(actor: Actor | null): ActorMembership | null {
  return actor?.memberships[0] ?? null;
}
