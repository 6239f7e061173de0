/** The partner space's reads and its forward action, on the application's database (app/ imports no db/). */
import { getDb } from "@/db/client";
import type { Actor } from "../auth/actor";
import { requirePartnerAccess } from "./access";
import { partnerInbox } from "./inbox";
import { forwardNeed, relayTracking } from "./relays";
import { partnerMemberList } from "./service";

export async function partnerSpace(actor: Actor | null, partnerId: string) {
  const db = getDb();
  const { partner } = await requirePartnerAccess(db, actor, partnerId);
  const [inbox, relays, members] = [await partnerInbox(db, actor, partnerId), await relayTracking(db, actor, partnerId), await partnerMemberList(db, actor, partnerId)];
  return { partner, inbox, relays, members };
}

export const forwardFromSpace = (actor: Actor | null, partnerId: string, input: { needId: string; companyIds: string[]; note?: string }) =>
  forwardNeed(getDb(), actor, partnerId, input.needId, { companyIds: input.companyIds, note: input.note });
