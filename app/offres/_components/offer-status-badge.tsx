import { OFFER_STATUS_LABELS, type OfferStatus } from "@/lib/offers/state-machine";

const TONE: Record<OfferStatus, string> = {
  draft: "",
  submitted: "badge--warn",
  changes_requested: "badge--danger",
  rejected: "badge--danger",
  published: "badge--ok",
  archived: "",
};

export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  return <span className={`badge ${TONE[status]}`}>{OFFER_STATUS_LABELS[status]}</span>;
}
