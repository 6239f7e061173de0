import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { publishedEvents } from "@/lib/events/reads";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Rendez-vous d'affaires" };

export default async function EventsPage() {
  const list = await publishedEvents(getDb());
  return (
    <div className="page">
      <div className="page-header">
        <h1>Rendez-vous d&apos;affaires</h1>
        <p>
          Journées acheteurs et rencontres d&apos;affaires organisées par la CCI : inscrivez votre entreprise, demandez vos rendez-vous, recevez votre planning.
        </p>
      </div>
      {list.length === 0 ? (
        <div className="card">
          <p>Aucun événement n&apos;est annoncé pour l&apos;instant.</p>
        </div>
      ) : (
        <ul className="results">
          {list.map((e) => (
            <li key={e.id} className="card">
              <h2>
                <Link href={`/evenements/${e.id}`}>{e.title}</Link>
              </h2>
              <p className="muted">
                {e.online ? "En ligne" : e.commune} · inscriptions jusqu&apos;au {formatDate(e.registrationClosesAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
