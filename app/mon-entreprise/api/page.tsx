import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/app/_components/data-table";
import { companyApiTokens } from "@/lib/api/token-commands";
import { API_SCOPE_LABELS } from "@/lib/api/tokens";
import { requireCompanyMember } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format";
import { createTokenAction, revokeTokenAction } from "./actions";
import { CreateTokenForm, RevokeButton } from "./token-forms";

export const metadata: Metadata = { title: "Accès API" };

export default async function ApiTokensPage() {
  const { actor, company } = await requireCompanyMember("company:manage-api");
  const tokens = await companyApiTokens(actor);

  return (
    <div className="page">
      <div className="page-header">
        <h1>Accès API</h1>
        <p>
          {company.companyName} · des jetons pour que vos logiciels lisent les besoins publiés, vos besoins et leurs réponses, et déposent des besoins en
          brouillon. <Link href="/documentation-api">Documentation de l&apos;API</Link> · <Link href="/mon-entreprise/webhooks">Webhooks</Link>
        </p>
      </div>

      <section className="card" aria-labelledby="new-token-title">
        <h2 id="new-token-title">Nouveau jeton</h2>
        <p className="muted">
          Un jeton agit pour l&apos;entreprise avec vos droits d&apos;administrateur, jamais plus. Il cesse de fonctionner si vous le révoquez ou si vous
          n&apos;êtes plus administrateur.
        </p>
        <CreateTokenForm action={createTokenAction} />
      </section>

      <section className="card" style={{ marginTop: "1rem" }} aria-labelledby="tokens-title">
        <h2 id="tokens-title">Jetons de l&apos;entreprise ({tokens.length})</h2>
        <DataTable
          caption="Jetons d'API de l'entreprise"
          rows={tokens}
          rowKey={(t) => t.id}
          rowTestId="api-token"
          empty="Aucun jeton pour l'instant."
          columns={[
            { key: "name", header: "Nom", cell: (t) => t.name },
            { key: "scope", header: "Droits", cell: (t) => API_SCOPE_LABELS[t.scope] },
            { key: "prefix", header: "Début du jeton", cell: (t) => <code>{t.prefix}…</code> },
            {
              key: "created",
              header: "Créé",
              cell: (t) => (
                <>
                  {formatDateTime(t.createdAt)}
                  {t.createdByName ? (
                    <>
                      <br />
                      <span className="muted">par {t.createdByName}</span>
                    </>
                  ) : null}
                </>
              ),
            },
            { key: "used", header: "Dernière utilisation", cell: (t) => (t.lastUsedAt ? formatDateTime(t.lastUsedAt) : <span className="muted">Jamais</span>) },
            {
              key: "state",
              header: "État",
              cell: (t) =>
                t.revokedAt ? (
                  <span className="badge">Révoqué le {formatDateTime(t.revokedAt)}</span>
                ) : (
                  <RevokeButton action={revokeTokenAction} tokenId={t.id} name={t.name} />
                ),
            },
          ]}
        />
      </section>
    </div>
  );
}
