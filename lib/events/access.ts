/**
 * Who may see and do what around an event. Published events are public; drafts are staff's. A company
 * acts through its own registration only: requests, agenda and feedback are read from the registration the
 * actor's company owns, so a participant never reads another's requests (they are « introuvables »).
 */
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { eventRegistrations, events } from "@/db/schema";
import { authorize, can, type Actor, type ResourceRef } from "../auth/actor";
import type { Permission } from "../auth/permissions";
import { NotFoundError, UnauthenticatedError } from "../errors";

/** authorize() that hands back the actor, typed as present. */
export function authorized(actor: Actor | null, permission: Permission, resource?: ResourceRef): Actor {
  if (!actor) throw new UnauthenticatedError();
  authorize(actor, permission, resource);
  return actor;
}

/** An event as the actor may see it: published (or cancelled) for everyone, drafts for staff only. */
export async function visibleEvent(db: DbOrTx, actor: Actor | null, eventId: string) {
  const [event] = await db.select().from(events).where(eq(events.id, eventId));
  if (!event || (event.status === "draft" && !can(actor, "event:manage"))) throw new NotFoundError("Événement introuvable.");
  return event;
}

/** The registration of the actor's company (any of its memberships) for this event, or null. */
export async function ownRegistration(db: DbOrTx, actor: Actor | null, eventId: string) {
  if (!actor) return null;
  for (const m of actor.memberships) {
    const [reg] = await db
      .select()
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.companyId, m.companyId)));
    if (reg && can(actor, "event:register", { companyId: reg.companyId })) return reg;
  }
  return null;
}

/** Like ownRegistration, but an error when there is none (or it is not accepted yet, when `accepted`). */
export async function requireOwnRegistration(db: DbOrTx, actor: Actor | null, eventId: string, opts: { accepted?: boolean } = {}) {
  if (!actor) throw new UnauthenticatedError();
  const reg = await ownRegistration(db, actor, eventId);
  if (!reg) throw new NotFoundError("Votre entreprise n'est pas inscrite à cet événement.");
  if (opts.accepted && reg.status !== "accepted") throw new NotFoundError("Votre inscription n'est pas encore acceptée par la CCI.");
  return reg;
}
