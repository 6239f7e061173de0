import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePermission } from "@/lib/auth/guard";
import { allEvents } from "@/lib/events/reads";
import { formatDate } from "@/lib/format";
import { ActionForm } from "@/app/evenements/_components/action-form";
import { createEventAction } from "./actions";
import { EventFields } from "./event-fields";

export const metadata: Metadata = { title: "Événements — back-office" };

const STATUS = { draft: "Brouillon", published: "Publié", cancelled: "Annulé" } as const;
const SCHEDULE = { none: "pas de planning", computed: "planning calculé", published: "planning publié" } as const;

export default async function StaffEventsPage() {
  const actor = await requirePermission("event:manage");
  const list = await allEvents(getDb(), actor);
  return (
    <div className="page">
      <div className="page-header">
        <h1>Rendez-vous d&apos;affaires</h1>
        <p>Préparez un événement en brouillon, ajoutez ses sessions, publiez-le ; suivez les inscriptions, calculez et publiez le planning.</p>
      </div>
      {list.length ? (
        <ul>
          {list.map((e) => (
            <li key={e.id}>
              <Link href={`/cci/evenements/${e.id}`}>{e.title}</Link> — {STATUS[e.status]}, {SCHEDULE[e.scheduleStatus]}, inscriptions jusqu&apos;au{" "}
              {formatDate(e.registrationClosesAt)}
            </li>
          ))}
        </ul>
      ) : (
        <p>Aucun événement.</p>
      )}
      <section aria-labelledby="nouveau" className="card">
        <h2 id="nouveau">Nouvel événement</h2>
        <ActionForm action={createEventAction} submitLabel="Créer le brouillon">
          <EventFields />
        </ActionForm>
      </section>
    </div>
  );
}
