import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { findEmail } from "@/lib/mail/reads";
import { requirePermission } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format";
import { z } from "@/lib/validation/zod";
import { EmailStatusBadge } from "../status";

export const metadata: Metadata = { title: "E-mail — Back-office CCI" };

export default async function StaffEmailPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("staff:access");
  const id = z.uuid().safeParse((await params).id);
  const email = id.success ? await findEmail(getDb(), id.data) : null;
  if (!email) notFound();
  const headers: [string, React.ReactNode][] = [
    ["À", email.toAddress],
    ["Objet", email.subject],
    ["Modèle", <code key="t">{email.template}</code>],
    ["Statut", <EmailStatusBadge key="s" status={email.status} />],
    ["Créé le", formatDateTime(email.createdAt)],
    ["Envoyé le", email.sentAt ? formatDateTime(email.sentAt) : "—"],
    ["Tentatives", String(email.attempts)],
    ["Message-ID", email.messageId ? <code key="m">{email.messageId}</code> : "—"],
    ["Dernière erreur", email.lastError ?? "—"],
  ];
  return (
    <div className="page">
      <div className="page-header">
        <p>
          <Link href="/cci/emails">← Tous les e-mails</Link>
        </p>
        <h1>{email.subject}</h1>
      </div>
      <div className="card" style={{ marginBottom: "1.5rem" }}>
        <dl style={{ display: "grid", gridTemplateColumns: "max-content 1fr", gap: "0.35rem 1rem", margin: 0 }}>
          {headers.map(([label, value]) => [
            <dt key={`${label}-t`} className="muted">
              {label}
            </dt>,
            <dd key={`${label}-d`} style={{ margin: 0 }}>
              {value}
            </dd>,
          ])}
        </dl>
      </div>
      <div className="grid grid--2">
        <section className="card">
          <h2>Version HTML</h2>
          {/* sandbox="": no scripts, no forms, no navigation from the message's content. */}
          <iframe
            sandbox=""
            srcDoc={email.htmlBody}
            title={`Aperçu HTML de l'e-mail « ${email.subject} »`}
            style={{ width: "100%", height: "560px", border: "1px solid var(--line)", borderRadius: "6px", background: "#fff" }}
          />
        </section>
        <section className="card">
          <h2>Version texte</h2>
          <pre style={{ whiteSpace: "pre-wrap", wordBreak: "break-word", margin: 0 }}>{email.textBody}</pre>
        </section>
      </div>
    </div>
  );
}
