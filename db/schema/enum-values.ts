/**
 * The values of the status enums that code outside db/ lists too, written once: the pgEnums in this folder
 * are built from them, and lib/ derives its lists and types from them (this file imports nothing, so
 * client components may read it without bringing the schema along).
 */

export const NEED_STATUS_VALUES = [
  "draft",
  "submitted",
  "changes_requested",
  "rejected",
  "published",
  "closed",
  "awarded",
  "unsuccessful",
  "cancelled",
] as const;
/** A need in one of these is visible to suppliers (its buyer's choices aside: visibility, suspension). */
export const PUBLISHED_NEED_STATUSES = ["published", "closed", "awarded", "unsuccessful"] as const satisfies readonly (typeof NEED_STATUS_VALUES)[number][];

/** What a need buys: the need form's choices (lib/needs/csr.ts labels them) and the API's `kind`. */
export const NEED_KIND_VALUES = ["supplies", "services", "works"] as const;

export const OFFER_STATUS_VALUES = ["draft", "submitted", "changes_requested", "rejected", "published", "archived"] as const;

export const ANSWER_STATUS_VALUES = ["interested", "submitted", "withdrawn", "shortlisted", "awarded", "not_retained"] as const;

export const AREA_KIND_VALUES = ["radius", "territory", "areas"] as const;

/** Scopes of an API token: "read" (GET only) or "write" (also creates drafts); write includes read. */
export const API_TOKEN_SCOPE_VALUES = ["read", "write"] as const;

/** Events a company's webhook endpoint subscribes to (lib/webhooks/events.ts labels them and builds their payloads). */
export const WEBHOOK_EVENT_VALUES = ["need.published_match", "answer.received", "award.decided", "question.answered"] as const;

/** A webhook delivery: waiting for (another) attempt, delivered (2xx), or given up after its last attempt. */
export const WEBHOOK_DELIVERY_STATUS_VALUES = ["pending", "succeeded", "failed"] as const;
