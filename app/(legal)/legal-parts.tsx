/**
 * What the trust pages share: the publisher's identity (one place, so the mentions légales, the privacy
 * policy and the accessibility statement never disagree) and a mark for the fields the CCI still has to
 * fill in before going live — shown as such to visitors rather than invented.
 */
export const PUBLISHER = {
  name: "Chambre de commerce et d'industrie Aix-Marseille-Provence (CCI AMP)",
  status:
    "Établissement public administratif de l'État, placé sous la tutelle du ministre chargé du commerce (articles L. 710-1 et suivants du code de commerce)",
  address: "[À compléter : adresse du siège]",
  siret: "[À compléter : numéro SIRET]",
  director: "[À compléter : nom du président de la CCI, directeur de la publication]",
  dpoEmail: "[À compléter : adresse e-mail du délégué à la protection des données]",
  phone: "[À compléter : numéro de téléphone du standard]",
  host: "[À compléter : nom, adresse et téléphone de l'hébergeur]",
} as const;

/** When the texts were last reviewed; change it with them. */
export const LEGAL_UPDATED_ON = "5 décembre 2026";

export function Placeholder({ children }: { children: string }) {
  return (
    <mark className="placeholder" title="Information à compléter par la CCI avant la mise en service">
      {children}
    </mark>
  );
}

export function LegalPage({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="page page--narrow legal">
      <div className="page-header">
        <h1>{title}</h1>
        <p className="muted">Dernière mise à jour : {LEGAL_UPDATED_ON}.</p>
      </div>
      <div className="card">{children}</div>
    </div>
  );
}
