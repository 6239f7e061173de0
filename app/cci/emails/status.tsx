/** How the staff mailbox names and colours an e-mail's status. */
import type { EmailStatus } from "@/lib/mail/reads";

export const EMAIL_STATUSES: { value: EmailStatus; label: string; plural: string; badge: string }[] = [
  { value: "queued", label: "En attente", plural: "en attente d'envoi", badge: "badge badge--warn" },
  { value: "sent", label: "Envoyé", plural: "envoyés", badge: "badge badge--ok" },
  { value: "failed", label: "En échec", plural: "en échec", badge: "badge badge--danger" },
  { value: "suppressed", label: "Non envoyé", plural: "non envoyés (désabonnement)", badge: "badge" },
];

export function EmailStatusBadge({ status }: { status: EmailStatus }) {
  const s = EMAIL_STATUSES.find((x) => x.value === status);
  return <span className={s?.badge ?? "badge"}>{s?.label ?? status}</span>;
}
