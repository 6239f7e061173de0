import type { Metadata } from "next";
import Link from "next/link";
import { ENDPOINTS } from "@/lib/api/openapi";
import { POLICIES } from "@/lib/security/rate-limit";
import { WEBHOOK_DISABLE_AFTER, WEBHOOK_TIMEOUT_MS } from "@/lib/webhooks/deliver";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES, WEBHOOK_MAX_ATTEMPTS } from "@/lib/webhooks/events";
import { VERIFY_SNIPPET } from "@/lib/webhooks/signature";

export const metadata: Metadata = { title: "API publique : documentation" };

const METHOD_LABELS: Record<string, string> = { get: "GET", post: "POST" };

const PAYLOAD_EXAMPLE = `{
  "id": "2f1c0c1e-8d0a-4a55-9d51-0b7c3c7f3a10",
  "type": "answer.received",
  "createdAt": "2026-12-05T09:30:00.000Z",
  "data": {
    "need": { "id": "…", "title": "Entretien des espaces verts", "url": "https://…/besoins/…" },
    "answer": { "id": "…", "supplier": { "id": "…", "name": "Garnier Paysages" }, "url": "https://…/besoins/…/reponses" }
  }
}`;

/** Public reference of the API v1, from the same endpoint list as the OpenAPI document (lib/api/openapi.ts). */
export default function ApiReferencePage() {
  const limit = POLICIES.publicApi;
  return (
    <div className="page page--narrow">
      <div className="page-header">
        <h1>API publique de Circuit Court</h1>
        <p>
          Vos logiciels peuvent lire les besoins d&apos;achat publiés, les besoins de votre entreprise et leurs réponses, l&apos;annuaire des signataires
          vérifiés, et déposer des besoins en brouillon. L&apos;API ne renvoie aucune donnée personnelle : ni nom, ni adresse e-mail, ni téléphone de personne,
          seulement des entreprises.
        </p>
      </div>

      <section className="card" aria-labelledby="auth-title">
        <h2 id="auth-title">Authentification</h2>
        <p>
          Un administrateur de l&apos;entreprise crée un jeton dans <Link href="/mon-entreprise/api">Accès API</Link>, en lecture ou en lecture et écriture. Le
          jeton n&apos;est affiché qu&apos;une fois ; la plateforme n&apos;en garde qu&apos;une empreinte. Envoyez-le dans l&apos;en-tête
          <code> Authorization: Bearer cc_…</code>. Un jeton agit pour son entreprise avec les droits de son créateur, jamais plus, et cesse de fonctionner
          s&apos;il est révoqué.
        </p>
        <pre>
          <code>{`curl -H "Authorization: Bearer cc_…" https://…/api/v1/needs?limit=20`}</code>
        </pre>
      </section>

      <section className="card" style={{ marginTop: "1rem" }} aria-labelledby="limits-title">
        <h2 id="limits-title">Limites et erreurs</h2>
        <p>
          {limit.points} requêtes par {limit.durationSec === 60 ? "minute" : `${limit.durationSec} secondes`} et par jeton ; au-delà, la réponse est 429 avec
          l&apos;en-tête <code>Retry-After</code> (en secondes). Les erreurs suivent le format « problem details » (RFC 9457), en français : <code>type</code>,{" "}
          <code>title</code>, <code>status</code>, <code>detail</code> et, pour une requête invalide, les champs refusés dans <code>errors</code>. Une ressource
          qu&apos;une autre entreprise ne peut pas voir répond 404, comme une ressource inexistante.
        </p>
      </section>

      <section className="card" style={{ marginTop: "1rem" }} aria-labelledby="webhooks" id="webhooks-section">
        <h2 id="webhooks">Webhooks</h2>
        <p>
          Plutôt que d&apos;interroger l&apos;API, votre serveur peut être prévenu. Un administrateur de l&apos;entreprise déclare une adresse https:// dans{" "}
          <Link href="/mon-entreprise/webhooks">Webhooks</Link> et choisit les événements ; un secret de signature (<code>whsec_…</code>) s&apos;affiche une
          seule fois. Comme l&apos;API, les envois ne contiennent aucune donnée personnelle : des identifiants, des titres, des liens, des noms
          d&apos;entreprises et, pour une attribution, le montant de votre propre marché.
        </p>
        <ul>
          {WEBHOOK_EVENT_TYPES.map((t) => (
            <li key={t}>
              <code>{t}</code> : {WEBHOOK_EVENT_LABELS[t].toLowerCase()}.
            </li>
          ))}
        </ul>
        <h3>Requête</h3>
        <p>
          Un <code>POST</code> en JSON, avec les en-têtes <code>Webhook-Id</code> (l&apos;identifiant de l&apos;envoi, le même à chaque nouvelle tentative et à
          chaque renvoi : ignorez un identifiant déjà traité), <code>Webhook-Timestamp</code> (secondes depuis 1970) et <code>Webhook-Signature</code> :{" "}
          <code>v1=</code> suivi du HMAC-SHA256, en hexadécimal, de
          <code> &lt;Webhook-Id&gt;.&lt;Webhook-Timestamp&gt;.&lt;corps&gt;</code>, calculé avec le secret (la chaîne entière, en UTF-8).
        </p>
        <pre>
          <code>{PAYLOAD_EXAMPLE}</code>
        </pre>
        <h3>Vérifier la signature (Node.js)</h3>
        <pre>
          <code>{VERIFY_SNIPPET}</code>
        </pre>
        <h3>Réponses, reprises et désactivation</h3>
        <p>
          Répondez par un code 2xx en moins de {WEBHOOK_TIMEOUT_MS / 1000} secondes ; toute autre réponse (redirection comprise) ou l&apos;absence de réponse
          est un échec. Un envoi en échec est repris avec un délai qui croît de façon exponentielle (quelques secondes, puis jusqu&apos;à 6 heures),{" "}
          {WEBHOOK_MAX_ATTEMPTS} tentatives en tout, soit une quinzaine d&apos;heures. Après {WEBHOOK_DISABLE_AFTER} envois de suite abandonnés, l&apos;adresse
          est désactivée et les administrateurs sont prévenus par e-mail ; un envoi réussi remet ce compte à zéro. Le journal des 50 derniers envois permet de
          renvoyer un événement.
        </p>
      </section>

      <section style={{ marginTop: "1rem" }} aria-labelledby="endpoints-title">
        <h2 id="endpoints-title">Points d&apos;accès</h2>
        <p>
          Le document OpenAPI 3.1, généré à partir des schémas de validation de l&apos;API : <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
        </p>
        {ENDPOINTS.map((e) => (
          <article key={`${e.method} ${e.path}`} className="card" style={{ marginTop: "0.75rem" }}>
            <h3>
              <code>
                {METHOD_LABELS[e.method] ?? e.method} {e.path}
              </code>
            </h3>
            <p>
              <strong>{e.summary}.</strong> {e.description}
            </p>
            <p className="muted">
              Droits du jeton : {e.scope === "write" ? "lecture et écriture" : "lecture"} · réponse {e.ok.status} · refus possibles : {e.refusals.join(", ")}
            </p>
          </article>
        ))}
      </section>
    </div>
  );
}
