/** A company's profile ("fiche") as visitors read it: activities, certifications, service area, references, contact. */
import Link from "next/link";
import type { CompanyProfile } from "@/lib/companies/reads";
import { headcountLabel } from "@/lib/companies/headcount-bands";
import { describeArea } from "@/lib/geo/describe-area";

interface Props {
  profile: CompanyProfile;
  territoryName: string;
  /** Contact details are for signed-in users only. */
  showContact: boolean;
  /** Where "sign in" should come back to, for anonymous visitors. */
  signInNext?: string;
}

export function CompanyProfileView({ profile: p, territoryName, showContact, signInNext }: Props) {
  const area = describeArea({ kind: p.serviceAreaKind, radiusKm: p.serviceRadiusKm, centreName: p.communeName, areas: p.areas, territoryName });
  const hasContact = p.contactName || p.contactEmail || p.contactPhone;
  return (
    <div className="profile-grid">
      <section className="card" aria-labelledby="about-title">
        <h2 id="about-title">Présentation</h2>
        {p.description ? <p className="prose">{p.description}</p> : <p className="muted">Pas encore de présentation.</p>}
        <dl className="facts">
          <dt>Commune</dt>
          <dd>
            {p.communeName}
            {p.postalCode ? ` (${p.postalCode})` : ""}
          </dd>
          <dt>Effectif</dt>
          <dd>{headcountLabel(p.headcountBand)}</dd>
          <dt>Intervient</dt>
          <dd data-testid="service-area">{area}</dd>
          {p.website ? (
            <>
              <dt>Site internet</dt>
              <dd>
                <a href={p.website} rel="noopener noreferrer nofollow" target="_blank">
                  {p.website.replace(/^https?:\/\//, "")}
                  <span className="visually-hidden"> (nouvel onglet)</span>
                </a>
              </dd>
            </>
          ) : null}
        </dl>
        {p.certifications.length ? (
          <>
            <h3 className="section-title">Certifications et labels</h3>
            <ul className="badge-list">
              {p.certifications.map((c) => (
                <li key={c} className="badge badge--ok">
                  {c}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <section className="card" aria-labelledby="activities-title">
        <h2 id="activities-title">Activités</h2>
        <ul>
          <li>
            <strong>
              {p.nafCode} — {p.nafLabel}
            </strong>{" "}
            <span className="muted">(activité principale)</span>
          </li>
          {p.activities.map((a) => (
            <li key={a.code}>
              {a.code} — {a.label}
            </li>
          ))}
        </ul>
        <h2 id="contact-title" className="section-title">
          Contact
        </h2>
        {!showContact ? (
          <p className="muted">
            Coordonnées réservées aux entreprises inscrites.{" "}
            <Link href={`/connexion${signInNext ? `?next=${encodeURIComponent(signInNext)}` : ""}`}>Se connecter</Link>
          </p>
        ) : hasContact ? (
          <dl className="facts">
            {p.contactName ? (
              <>
                <dt>Contact</dt>
                <dd>{p.contactName}</dd>
              </>
            ) : null}
            {p.contactEmail ? (
              <>
                <dt>E-mail</dt>
                <dd>
                  <a href={`mailto:${p.contactEmail}`}>{p.contactEmail}</a>
                </dd>
              </>
            ) : null}
            {p.contactPhone ? (
              <>
                <dt>Téléphone</dt>
                <dd>
                  <a href={`tel:${p.contactPhone.replace(/\s/g, "")}`}>{p.contactPhone}</a>
                </dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p className="muted">Aucun contact renseigné.</p>
        )}
      </section>
      {p.references.length ? (
        <section className="card grid-span-all" aria-labelledby="references-title">
          <h2 id="references-title">Références clients</h2>
          <ul className="reference-list">
            {p.references.map((r) => (
              <li key={r.id}>
                <strong>{r.clientName}</strong> <span className="muted">({r.year})</span>
                {r.description ? <p className="prose">{r.description}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
