import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { loadOffer } from "@/lib/offers/reads";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/guard";
import { territoryName } from "@/lib/geo/territory-name";
import { isEditable, OFFER_STATUS_LABELS } from "@/lib/offers/state-machine";
import { z } from "@/lib/validation/zod";
import { updateOfferAction } from "../../actions";
import { OfferForm } from "../../_components/offer-form";
import { offerFormDefaults } from "../../_components/form-defaults";

export const metadata: Metadata = { title: "Modifier l'offre" };

export default async function EditOfferPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const db = getDb();
  const loaded = await loadOffer(db, id.data);
  // Another company's offer: not found, so its existence does not leak.
  if (!loaded || !can(actor, "offer:edit", { companyId: loaded.offer.companyId })) notFound();
  const o = loaded.offer;
  if (!isEditable(o.status)) {
    return (
      <div className="page page--narrow">
        <h1>Cette offre n&apos;est plus modifiable</h1>
        <p>
          Elle est « {OFFER_STATUS_LABELS[o.status]} ». <Link href={`/offres/${o.id}`}>Retour à l&apos;offre</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page page--narrow">
      <div className="page-header">
        <h1>Modifier l&apos;offre</h1>
        {o.status === "changes_requested" && o.moderationNote ? (
          <div className="alert alert--info" role="note">
            Demande de la CCI : « {o.moderationNote} »
          </div>
        ) : null}
      </div>
      <OfferForm
        action={updateOfferAction.bind(null, o.id)}
        defaults={offerFormDefaults(loaded)}
        photos={loaded.photos}
        communeName={loaded.communeName}
        territoryName={await territoryName(db)}
        submitLabel="Enregistrer les modifications"
      />
    </div>
  );
}
