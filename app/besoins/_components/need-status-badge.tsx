import { NEED_STATUS_LABELS, type NeedStatus } from "@/lib/needs/state-machine";

const TONE: Record<NeedStatus, string> = {
  draft: "",
  submitted: "badge--warn",
  changes_requested: "badge--danger",
  rejected: "badge--danger",
  published: "badge--ok",
  closed: "",
  awarded: "badge--ok",
  unsuccessful: "",
  cancelled: "",
};

export function NeedStatusBadge({ status }: { status: NeedStatus }) {
  return <span className={`badge ${TONE[status]}`}>{NEED_STATUS_LABELS[status]}</span>;
}
