/** The staff moderation queue (/cci/moderation): companies awaiting verification, needs and offers awaiting review. */
export { companiesAwaitingVerification, moderationCounts, needsAwaitingModeration } from "@/db/queries/moderation";
export { listOffersAwaitingModeration } from "@/db/queries/offers";
