import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { emailCountsByStatus, listEmails } from "@/lib/mail/reads";
import { requirePermission } from "@/lib/auth/guard";
import { formatDateTime, formatNumber } from "@/lib/format";
import { z } from "@/lib/validation/zod";
import { ResendButton } from "./resend-button";
import { EMAIL_STATUSES, EmailStatusBadge } from "./status";

export const metadata: Metadata = { title: "E-mails — Back-office CCI" };

const ZParams = z.object({ statut: z.enum(["queued", "sent", "failed", "suppressed"]).optional().catch(undefined) });

export default async function StaffEmailsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePermission("staff:access");
  const params = ZParams.parse(await searchParams);
  const db = getDb();
  const [emails, counts] = await Promise.all([listEmails(db, { status: params.statut, limit: 100 }), emailCountsByStatus(db)]);
  const current = EMAIL_STATUSES.find((s) => s.value === params.statut);
  return (
    <div className="page">
      <div className="page-header">
        <h1>E-mails</h1>
        <p>Les 100 derniers e-mails {current ? current.plural : "envoyés ou à envoyer par la plateforme"}, quel que soit le mode d&apos;envoi.</p>
      </div>
      <div className="grid grid--3" style={{ marginBottom: "1.5rem" }}>
        {EMAIL_STATUSES.map((s) => (
          <Link key={s.value} href={`/cci/emails?statut=${s.value}`} className="card" style={{ textDecoration: "none", color: "inherit" }}>
            <span className="stat">{formatNumber(counts[s.value])}</span>
            <span className="stat-label">e-mails {s.plural}</span>
          </Link>
        ))}
      </div>
      {counts.failed > 0 ? (
        <div className="card" style={{ marginBottom: "1.5rem" }}>
          <p>
            Un e-mail en échec est réessayé automatiquement pendant environ 3 h 30, puis abandonné. Une fois le serveur d&apos;envoi rétabli, renvoyez-les : ils
            repartent dans la file d&apos;envoi.
          </p>
          <ResendButton label={`Renvoyer les ${formatNumber(counts.failed)} e-mails en échec`} />
        </div>
      ) : null}
      <form className="filters" method="get" aria-label="Filtrer les e-mails">
        <div className="field">
          <label htmlFor="statut">Statut</label>
          <select id="statut" name="statut" defaultValue={params.statut ?? ""}>
            <option value="">Tous</option>
            {EMAIL_STATUSES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Filtrer
        </button>
      </form>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Tableau (défilement horizontal possible)">
        <table>
          <caption className="visually-hidden">E-mails{current ? ` : ${current.label.toLowerCase()}` : ""}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Destinataire</th>
              <th scope="col">Objet</th>
              <th scope="col">Modèle</th>
              <th scope="col">Statut</th>
              <th scope="col">Tentatives</th>
              <th scope="col">Dernière erreur</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {emails.length === 0 ? (
              <tr>
                <td colSpan={8}>Aucun e-mail.</td>
              </tr>
            ) : null}
            {emails.map((e) => (
              <tr key={e.id}>
                <td>{formatDateTime(e.createdAt)}</td>
                <td>{e.toAddress}</td>
                <td>
                  <Link href={`/cci/emails/${e.id}`}>{e.subject}</Link>
                </td>
                <td>
                  <code>{e.template}</code>
                </td>
                <td>
                  <EmailStatusBadge status={e.status} />
                </td>
                <td>{e.attempts}</td>
                <td className="muted">{e.lastError ?? "—"}</td>
                <td>{e.status === "failed" ? <ResendButton emailId={e.id} label="Renvoyer" /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
