/** French wording of audit actions, gathered in one place. */
export const AUDIT_LABELS: Record<string, string> = {
  "account.sign_up": "Inscription de l'entreprise et signature de la charte",
  "company.verify": "Entreprise vérifiée par la CCI",
  "company.flag_large_buyer": "Entreprise désignée donneur d'ordre",
  "company.unflag_large_buyer": "Statut de donneur d'ordre retiré",
};

export const auditLabel = (action: string) => AUDIT_LABELS[action] ?? action;
