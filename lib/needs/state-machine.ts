/**
 * The life of a need, as a pure state machine:
 *
 *   draft ──submit──▶ submitted ──approve──▶ published ──close (deadline)──▶ closed ──award──▶ awarded
 *     ▲                  │  │                    │                          │ └─declare_unsuccessful─▶ unsuccessful
 *     │   changes_requested ◀─request_changes   │                          │
 *     └──(edit, then submit again)  └─reject──▶ rejected                   │
 *                        published / closed ──cancel──▶ cancelled ◀────────┘
 *
 * Each transition names who may trigger it and the timestamp it sets.
 */
import { NEED_STATUS_VALUES, PUBLISHED_NEED_STATUSES } from "@/db/schema/enum-values";
import { ConflictError } from "../errors";

export const NEED_STATUSES = NEED_STATUS_VALUES;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export type NeedEvent = "submit" | "approve" | "request_changes" | "reject" | "close" | "cancel" | "award" | "declare_unsuccessful";
export type NeedEventActor = "company" | "staff" | "system";

type TimestampField = "submittedAt" | "publishedAt" | "changesRequestedAt" | "rejectedAt" | "closedAt" | "cancelledAt" | "awardedAt" | "unsuccessfulAt";

interface Transition {
  from: NeedStatus[];
  to: NeedStatus;
  by: NeedEventActor[];
  sets: TimestampField;
}

export const NEED_TRANSITIONS: Record<NeedEvent, Transition> = {
  submit: { from: ["draft", "changes_requested"], to: "submitted", by: ["company"], sets: "submittedAt" },
  approve: { from: ["submitted"], to: "published", by: ["staff"], sets: "publishedAt" },
  request_changes: { from: ["submitted"], to: "changes_requested", by: ["staff"], sets: "changesRequestedAt" },
  reject: { from: ["submitted"], to: "rejected", by: ["staff"], sets: "rejectedAt" },
  // The buyer may also close early; the scheduled job closes at the deadline.
  close: { from: ["published"], to: "closed", by: ["system", "company"], sets: "closedAt" },
  cancel: { from: ["published", "closed"], to: "cancelled", by: ["company"], sets: "cancelledAt" },
  award: { from: ["closed"], to: "awarded", by: ["company"], sets: "awardedAt" },
  declare_unsuccessful: { from: ["closed"], to: "unsuccessful", by: ["company"], sets: "unsuccessfulAt" },
};

/** The statuses in which the buyer may still edit (and delete) the need. */
export const EDITABLE_STATUSES: readonly NeedStatus[] = ["draft", "changes_requested"];
/** Visible to suppliers. */
export const PUBLIC_STATUSES: readonly NeedStatus[] = PUBLISHED_NEED_STATUSES;

export const isEditable = (status: NeedStatus) => EDITABLE_STATUSES.includes(status);

export function canTransition(status: NeedStatus, event: NeedEvent, by: NeedEventActor): boolean {
  const t = NEED_TRANSITIONS[event];
  return t.from.includes(status) && t.by.includes(by);
}

export const NEED_STATUS_LABELS: Record<NeedStatus, string> = {
  draft: "Brouillon",
  submitted: "En attente de validation",
  changes_requested: "Modifications demandées",
  rejected: "Refusé",
  published: "Publié",
  closed: "Clos (échéance passée)",
  awarded: "Attribué",
  unsuccessful: "Sans suite",
  cancelled: "Annulé",
};

/** Applies an event: the next status and the timestamp to set, or a ConflictError in French. */
export function applyNeedEvent(status: NeedStatus, event: NeedEvent, by: NeedEventActor, at: Date) {
  const t = NEED_TRANSITIONS[event];
  if (!t.by.includes(by)) throw new ConflictError("Cette action n'est pas possible pour votre rôle.");
  if (!t.from.includes(status)) {
    throw new ConflictError(`Action impossible : le besoin est « ${NEED_STATUS_LABELS[status]} ». Rechargez la page pour voir son état actuel.`);
  }
  return { status: t.to, [t.sets]: at } as { status: NeedStatus } & Partial<Record<TimestampField, Date>>;
}
