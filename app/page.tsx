import Link from "next/link";
import { formatNumber } from "@/lib/format";
import { getActor } from "@/lib/auth/session";
import { homeFigures } from "@/lib/home/reads";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  // Territory-wide counts come from a cache at most a minute old (lib/home/reads.ts); only the actor is per request.
  const [counts, actor] = await Promise.all([homeFigures(), getActor()]);
  const territoryName = counts.territoryName;
  return (
    <div className="page">
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">Achetez local, entre entreprises du territoire</h1>
        <p>
          Les donneurs d&apos;ordre de la {territoryName} publient leurs besoins d&apos;achat ; les TPE et PME signataires de la charte y répondent. Chaque
          suggestion de fournisseur est classée par des règles publiques, expliquées et identiques pour toutes.
        </p>
        <div className="actions">
          {actor ? (
            <Link href="/espace" className="button button--secondary">
              Aller à mon espace
            </Link>
          ) : (
            <>
              <Link href="/inscription" className="button button--secondary">
                Inscrire mon entreprise
              </Link>
              <Link href="/connexion" className="button button--secondary">
                Se connecter
              </Link>
            </>
          )}
        </div>
      </section>
      <h2>Le réseau aujourd&apos;hui</h2>
      <div className="grid grid--3" data-testid="home-figures">
        <div className="card">
          <span className="stat">{formatNumber(counts.signatories)}</span>
          <span className="stat-label">entreprises signataires de la charte</span>
        </div>
        <div className="card">
          <span className="stat">{formatNumber(counts.largeBuyers)}</span>
          <span className="stat-label">donneurs d&apos;ordre engagés</span>
        </div>
        <div className="card">
          <span className="stat">{formatNumber(counts.communes)}</span>
          <span className="stat-label">communes représentées sur {formatNumber(counts.territoryCommunes)}</span>
        </div>
      </div>
      <div className="grid grid--3" style={{ marginTop: "2rem" }}>
        <div className="card">
          <h3>Donneurs d&apos;ordre</h3>
          <p>Publiez vos besoins et recevez une courte liste de fournisseurs locaux crédibles, avec les raisons de chaque suggestion.</p>
        </div>
        <div className="card">
          <h3>TPE et PME</h3>
          <p>Recevez les opportunités qui vous correspondent, sans être submergé, et sachez pourquoi vous êtes retenu ou non.</p>
        </div>
        <div className="card">
          <h3>Équipe de la CCI</h3>
          <p>Vérifiez les signataires, modérez les publications et suivez la part locale des achats du territoire.</p>
        </div>
      </div>
    </div>
  );
}
