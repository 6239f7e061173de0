import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePermission } from "@/lib/auth/guard";
import { checkInTarget } from "@/lib/events/day";
import { EVENT_ROLE_LABELS, REGISTRATION_STATUS_LABELS } from "@/lib/events/schemas";
import { formatTime } from "@/lib/events/times";
import { NotFoundError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { ActionForm } from "@/app/evenements/_components/action-form";
import { checkInByTokenAction } from "../../actions";

export const metadata: Metadata = { title: "Accueil d'un participant — back-office" };

/** What the QR code of a printed agenda opens: staff confirm the participant's presence in one click. */
export default async function CheckInByLinkPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { token } = await params;
  const { fait } = await searchParams;
  const actor = await requirePermission("event:manage");
  let target;
  try {
    target = await checkInTarget(getDb(), actor, token);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
  return (
    <div className="page">
      <div className="page-header">
        <h1>Accueil : {target.name}</h1>
        <p>
          <Link href={`/cci/evenements/${target.eventId}`}>{target.eventTitle}</Link> — {EVENT_ROLE_LABELS[target.role]}
        </p>
      </div>
      {fait === "accueil" ? (
        <div className="alert alert--ok" role="status">
          Participant enregistré comme présent.
        </div>
      ) : null}
      <div className="card">
        {target.status !== "accepted" ? (
          <p>Inscription « {REGISTRATION_STATUS_LABELS[target.status]} » : pas d&apos;accueil possible.</p>
        ) : target.checkedInAt ? (
          <p>
            Présent depuis le {formatDate(target.checkedInAt)} à {formatTime(target.checkedInAt)}.
          </p>
        ) : (
          <ActionForm action={checkInByTokenAction.bind(null, token)} submitLabel="Enregistrer la présence" />
        )}
      </div>
    </div>
  );
}
