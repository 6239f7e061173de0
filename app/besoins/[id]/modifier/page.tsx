import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { companyMembers } from "@/lib/companies/reads";
import { loadNeed } from "@/lib/needs/reads";
import { findEpci } from "@/lib/geo/reads";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/guard";
import { territoryConfig } from "@/lib/config/territory";
import { isEditable } from "@/lib/needs/state-machine";
import { z } from "@/lib/validation/zod";
import { updateNeedAction } from "../../actions";
import { NeedForm } from "../../_components/need-form";
import { needFormDefaults } from "../../_components/form-defaults";

export const metadata: Metadata = { title: "Modifier le besoin" };

export default async function EditNeedPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ copie?: string }> }) {
  const actor = await requireActor();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const db = getDb();
  const loaded = await loadNeed(db, id.data);
  // Another company's need: not found, so its existence does not leak.
  if (!loaded || !can(actor, "need:edit", { companyId: loaded.need.companyId })) notFound();
  const territory = territoryConfig();
  const [members, epci] = await Promise.all([companyMembers(db, loaded.need.companyId), findEpci(db, territory.epciCode)]);
  const { copie } = await searchParams;
  if (!isEditable(loaded.need.status)) {
    return (
      <div className="page page--narrow">
        <h1>Ce besoin n&apos;est plus modifiable</h1>
        <p>
          Il a été envoyé à la CCI ou publié. <Link href={`/besoins/${loaded.need.id}`}>Retour au besoin</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page page--narrow">
      <div className="page-header">
        <h1>Modifier le besoin</h1>
        {copie ? (
          <div className="alert alert--ok" role="status">
            Copie créée : relisez-la, puis enregistrez.
          </div>
        ) : null}
        {loaded.need.status === "changes_requested" && loaded.need.moderationNote ? (
          <div className="alert alert--info" role="note">
            Demande de la CCI : « {loaded.need.moderationNote} »
          </div>
        ) : null}
      </div>
      <NeedForm
        action={updateNeedAction.bind(null, loaded.need.id)}
        defaults={needFormDefaults(loaded)}
        members={members.map((m) => ({ id: m.id, name: `${m.firstName} ${m.lastName}` }))}
        attachments={loaded.attachments}
        territoryName={territory.displayName ?? epci?.name ?? "territoire"}
        submitLabel="Enregistrer les modifications"
      />
    </div>
  );
}
