import type { Metadata } from "next";
import Link from "next/link";
import { getActor } from "@/lib/auth/session";
import { ContactForm } from "./contact-form";

export const metadata: Metadata = { title: "Contact" };

export default async function ContactPage() {
  const actor = await getActor();
  return (
    <div className="page page--narrow">
      <div className="page-header">
        <h1>Contacter l&apos;équipe de la CCI</h1>
        <p>
          Une question sur la plateforme, votre compte, vos données personnelles ou l&apos;accessibilité d&apos;une page ? Écrivez-nous : le message parvient à
          l&apos;équipe de la CCI qui anime Circuit Court, et nous vous répondons par e-mail.
        </p>
        <p className="muted">
          Pour exporter vos données ou supprimer votre compte vous-même, connectez-vous et ouvrez <Link href="/mes-donnees">« Mes données »</Link>. Les champs
          marqués d&apos;un astérisque (*) sont obligatoires.
        </p>
      </div>
      <div className="card">
        <ContactForm name={actor ? `${actor.firstName} ${actor.lastName}` : undefined} email={actor?.email} />
      </div>
    </div>
  );
}
