import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/app/_components/data-table";
import { requireCompanyMember } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format";
import { companyWebhooks } from "@/lib/webhooks/commands";
import { WEBHOOK_DISABLE_AFTER } from "@/lib/webhooks/deliver";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { DEFAULT_MIN_SCORE_PERCENT } from "@/lib/webhooks/schema";
import { createWebhookAction, deleteWebhookAction, replayDeliveryAction, setWebhookEnabledAction } from "./actions";
import { CreateWebhookForm, SmallActionButton } from "./webhook-forms";

export const metadata: Metadata = { title: "Webhooks" };

const STATUS = {
  pending: { label: "En cours", className: "badge badge--warn" },
  succeeded: { label: "Livré", className: "badge badge--ok" },
  failed: { label: "Échec", className: "badge badge--danger" },
} as const;

export default async function WebhooksPage() {
  const { actor, company } = await requireCompanyMember("company:manage-api");
  const { endpoints, deliveries } = await companyWebhooks(actor);

  return (
    <div className="page">
      <div className="page-header">
        <h1>Webhooks</h1>
        <p>
          {company.companyName} · votre serveur est prévenu dès qu&apos;un événement vous concerne, sans interroger l&apos;API.{" "}
          <Link href="/documentation-api#webhooks">Vérifier la signature des envois</Link> · <Link href="/mon-entreprise/api">Accès API</Link>
        </p>
      </div>

      <section className="card" aria-labelledby="new-webhook-title">
        <h2 id="new-webhook-title">Nouveau point de réception</h2>
        <p className="muted">
          Chaque envoi est signé avec un secret propre à ce point de réception. Un envoi qui échoue est réessayé pendant une quinzaine d&apos;heures ; après{" "}
          {WEBHOOK_DISABLE_AFTER} événements de suite non livrés, le point de réception est désactivé et les administrateurs prévenus par e-mail.
        </p>
        <CreateWebhookForm
          action={createWebhookAction}
          defaultMinScore={DEFAULT_MIN_SCORE_PERCENT}
          events={WEBHOOK_EVENT_TYPES.map((value) => ({ value, label: WEBHOOK_EVENT_LABELS[value] }))}
        />
      </section>

      <section className="card" style={{ marginTop: "1rem" }} aria-labelledby="endpoints-title">
        <h2 id="endpoints-title">Points de réception ({endpoints.length})</h2>
        <DataTable
          caption="Points de réception des webhooks"
          rows={endpoints}
          rowKey={(e) => e.id}
          rowTestId="webhook-endpoint"
          empty="Aucun point de réception pour l'instant."
          columns={[
            {
              key: "url",
              header: "Adresse",
              cell: (e) => (
                <>
                  <code>{e.url}</code>
                  {e.description ? (
                    <>
                      <br />
                      <span className="muted">{e.description}</span>
                    </>
                  ) : null}
                </>
              ),
            },
            {
              key: "events",
              header: "Événements",
              cell: (e) => (
                <>
                  {e.events.map((ev) => (
                    <div key={ev}>
                      <code>{ev}</code>
                      {ev === "need.published_match" ? ` (dès ${Math.round(e.minScore * 100)} %)` : ""}
                    </div>
                  ))}
                </>
              ),
            },
            { key: "secret", header: "Secret", cell: (e) => <code>{e.secretPrefix}…</code> },
            {
              key: "state",
              header: "État",
              cell: (e) =>
                e.enabled ? (
                  <>
                    <span className="badge badge--ok">Actif</span>
                    {e.failureCount > 0 ? (
                      <>
                        <br />
                        <span className="muted">{e.failureCount} échec(s) de suite</span>
                      </>
                    ) : null}
                  </>
                ) : (
                  <>
                    <span className="badge badge--danger">Désactivé</span>
                    <br />
                    <span className="muted">
                      {e.disabledReason}
                      {e.disabledAt ? ` (${formatDateTime(e.disabledAt)})` : ""}
                    </span>
                  </>
                ),
            },
            {
              key: "actions",
              header: "Actions",
              cell: (e) => (
                <div style={{ display: "flex", flexWrap: "wrap", gap: "0.5rem" }}>
                  <SmallActionButton
                    action={setWebhookEnabledAction}
                    fields={{ endpointId: e.id, enabled: String(!e.enabled) }}
                    label={e.enabled ? "Désactiver" : "Réactiver"}
                    accessibleLabel={`${e.enabled ? "Désactiver" : "Réactiver"} ${e.url}`}
                  />
                  <SmallActionButton
                    action={deleteWebhookAction}
                    fields={{ endpointId: e.id }}
                    label="Supprimer"
                    accessibleLabel={`Supprimer ${e.url}`}
                    confirm={`Supprimer le point de réception ${e.url} et son journal d'envois ?`}
                  />
                </div>
              ),
            },
          ]}
        />
      </section>

      <section className="card" style={{ marginTop: "1rem" }} aria-labelledby="deliveries-title">
        <h2 id="deliveries-title">Journal des envois</h2>
        <p className="muted">
          Les {deliveries.length} derniers envois, tous points de réception confondus. Un renvoi garde le même identifiant (<code>Webhook-Id</code>).
        </p>
        <DataTable
          caption="Journal des envois de webhooks"
          rows={deliveries}
          rowKey={(d) => d.id}
          rowTestId="webhook-delivery"
          empty="Aucun envoi pour l'instant."
          columns={[
            { key: "created", header: "Date", cell: (d) => formatDateTime(d.createdAt) },
            {
              key: "event",
              header: "Événement",
              cell: (d) => (
                <>
                  <code>{d.eventType}</code>
                  <br />
                  <span className="muted">vers {d.url}</span>
                </>
              ),
            },
            { key: "status", header: "État", cell: (d) => <span className={STATUS[d.status].className}>{STATUS[d.status].label}</span> },
            { key: "attempts", header: "Tentatives", cell: (d) => d.attempts },
            {
              key: "last",
              header: "Dernière réponse",
              cell: (d) =>
                d.lastAttemptAt ? (
                  <>
                    {d.lastStatus ? `HTTP ${d.lastStatus}` : (d.lastError ?? "—")}
                    <br />
                    <span className="muted">{formatDateTime(d.lastAttemptAt)}</span>
                  </>
                ) : (
                  <span className="muted">Pas encore tenté</span>
                ),
            },
            { key: "id", header: "Identifiant", cell: (d) => <code>{d.id}</code> },
            {
              key: "replay",
              header: "Renvoyer",
              cell: (d) => (
                <SmallActionButton
                  action={replayDeliveryAction}
                  fields={{ deliveryId: d.id }}
                  label="Renvoyer"
                  accessibleLabel={`Renvoyer l'événement ${d.eventType} du ${formatDateTime(d.createdAt)}`}
                />
              ),
            },
          ]}
        />
      </section>
    </div>
  );
}
