import type { Metadata } from "next";
import Link from "next/link";
import { ENDPOINTS } from "@/lib/api/openapi";
import { POLICIES } from "@/lib/security/rate-limit";

export const metadata: Metadata = { title: "API publique : documentation" };

const METHOD_LABELS: Record<string, string> = { get: "GET", post: "POST" };

/** Public reference of the API v1, from the same endpoint list as the OpenAPI document (lib/api/openapi.ts). */
export default function ApiReferencePage() {
  const limit = POLICIES.publicApi;
  return (
    <div className="page page--narrow">
      <div className="page-header">
        <h1>API publique de Circuit Court</h1>
        <p>
          Vos logiciels peuvent lire les besoins d&apos;achat publiés, les besoins de votre entreprise et leurs réponses, l&apos;annuaire des
          signataires vérifiés, et déposer des besoins en brouillon. L&apos;API ne renvoie aucune donnée personnelle : ni nom, ni adresse
          e-mail, ni téléphone de personne, seulement des entreprises.
        </p>
      </div>

      <section className="card" aria-labelledby="auth-title">
        <h2 id="auth-title">Authentification</h2>
        <p>
          Un administrateur de l&apos;entreprise crée un jeton dans <Link href="/mon-entreprise/api">Accès API</Link>, en lecture ou en lecture
          et écriture. Le jeton n&apos;est affiché qu&apos;une fois ; la plateforme n&apos;en garde qu&apos;une empreinte. Envoyez-le dans l&apos;en-tête
          <code> Authorization: Bearer cc_…</code>. Un jeton agit pour son entreprise avec les droits de son créateur, jamais plus, et cesse
          de fonctionner s&apos;il est révoqué.
        </p>
        <pre><code>{`curl -H "Authorization: Bearer cc_…" https://…/api/v1/needs?limit=20`}</code></pre>
      </section>

      <section className="card" style={{ marginTop: "1rem" }} aria-labelledby="limits-title">
        <h2 id="limits-title">Limites et erreurs</h2>
        <p>
          {limit.points} requêtes par {limit.durationSec === 60 ? "minute" : `${limit.durationSec} secondes`} et par jeton ; au-delà, la réponse est
          429 avec l&apos;en-tête <code>Retry-After</code> (en secondes). Les erreurs suivent le format « problem details » (RFC 9457), en
          français : <code>type</code>, <code>title</code>, <code>status</code>, <code>detail</code> et, pour une requête invalide, les
          champs refusés dans <code>errors</code>. Une ressource qu&apos;une autre entreprise ne peut pas voir répond 404, comme une
          ressource inexistante.
        </p>
      </section>

      <section style={{ marginTop: "1rem" }} aria-labelledby="endpoints-title">
        <h2 id="endpoints-title">Points d&apos;accès</h2>
        <p>Le document OpenAPI 3.1, généré à partir des schémas de validation de l&apos;API : <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p>
        {ENDPOINTS.map((e) => (
          <article key={`${e.method} ${e.path}`} className="card" style={{ marginTop: "0.75rem" }}>
            <h3><code>{METHOD_LABELS[e.method] ?? e.method} {e.path}</code></h3>
            <p><strong>{e.summary}.</strong> {e.description}</p>
            <p className="muted">
              Droits du jeton : {e.scope === "write" ? "lecture et écriture" : "lecture"} · réponse {e.ok.status} · refus possibles : {e.refusals.join(", ")}
            </p>
          </article>
        ))}
      </section>
    </div>
  );
}
