/**
 * The life of an offer, as a pure state machine:
 *
 *   draft ──submit──▶ submitted ──approve──▶ published ──archive──▶ archived
 *     ▲                  │  │
 *     │   changes_requested ◀─request_changes
 *     └──(edit, then submit again)   └─reject──▶ rejected
 *
 * Each transition names who may trigger it and the timestamp it sets.
 */
import { OFFER_STATUS_VALUES } from "@/db/schema/enum-values";
import { ConflictError } from "../errors";

export const OFFER_STATUSES = OFFER_STATUS_VALUES;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export type OfferEvent = "submit" | "approve" | "request_changes" | "reject" | "archive";
export type OfferEventActor = "company" | "staff";

type TimestampField = "submittedAt" | "publishedAt" | "changesRequestedAt" | "rejectedAt" | "archivedAt";

interface Transition {
  from: OfferStatus[];
  to: OfferStatus;
  by: OfferEventActor[];
  sets: TimestampField;
}

export const OFFER_TRANSITIONS: Record<OfferEvent, Transition> = {
  submit: { from: ["draft", "changes_requested"], to: "submitted", by: ["company"], sets: "submittedAt" },
  approve: { from: ["submitted"], to: "published", by: ["staff"], sets: "publishedAt" },
  request_changes: { from: ["submitted"], to: "changes_requested", by: ["staff"], sets: "changesRequestedAt" },
  reject: { from: ["submitted"], to: "rejected", by: ["staff"], sets: "rejectedAt" },
  archive: { from: ["published"], to: "archived", by: ["company"], sets: "archivedAt" },
};

/** The statuses in which the company may still edit the offer. */
export const EDITABLE_STATUSES: readonly OfferStatus[] = ["draft", "changes_requested"];
/** Only an offer never sent to the CCI can be deleted; a published one is archived. */
export const DELETABLE_STATUSES: readonly OfferStatus[] = ["draft"];

export const isEditable = (status: OfferStatus) => EDITABLE_STATUSES.includes(status);
export const isDeletable = (status: OfferStatus) => DELETABLE_STATUSES.includes(status);

export function canTransition(status: OfferStatus, event: OfferEvent, by: OfferEventActor): boolean {
  const t = OFFER_TRANSITIONS[event];
  return t.from.includes(status) && t.by.includes(by);
}

export const OFFER_STATUS_LABELS: Record<OfferStatus, string> = {
  draft: "Brouillon",
  submitted: "En attente de validation",
  changes_requested: "Modifications demandées",
  rejected: "Refusée",
  published: "Publiée",
  archived: "Archivée",
};

/** Applies an event: the next status and the timestamp to set, or a ConflictError in French. */
export function applyOfferEvent(status: OfferStatus, event: OfferEvent, by: OfferEventActor, at: Date) {
  const t = OFFER_TRANSITIONS[event];
  if (!t.by.includes(by)) throw new ConflictError("Cette action n'est pas possible pour votre rôle.");
  if (!t.from.includes(status)) {
    throw new ConflictError(`Action impossible : l'offre est « ${OFFER_STATUS_LABELS[status]} ». Rechargez la page pour voir son état actuel.`);
  }
  return { status: t.to, [t.sets]: at } as { status: OfferStatus } & Partial<Record<TimestampField, Date>>;
}
