/** French wording of audit actions, gathered in one place. */
export const AUDIT_LABELS: Record<string, string> = {
  "account.sign_up": "Inscription de l'entreprise et signature de la charte",
  "company.verify": "Entreprise vérifiée par la CCI",
  "company.flag_large_buyer": "Entreprise désignée donneur d'ordre",
  "company.unflag_large_buyer": "Statut de donneur d'ordre retiré",
  "company.request_changes": "Précisions demandées à l'entreprise",
  "company.reject": "Inscription de l'entreprise refusée",
  "company.suspend": "Entreprise suspendue",
  "company.reinstate": "Entreprise réactivée",
  "need.create": "Besoin créé (brouillon)",
  "need.update": "Besoin modifié",
  "need.submit": "Besoin envoyé à la CCI",
  "need.delete": "Brouillon supprimé",
  "need.duplicate": "Besoin dupliqué",
  "need.cancel": "Besoin annulé par l'acheteur",
  "need.approve": "Besoin validé et publié",
  "need.request_changes": "Modifications demandées sur le besoin",
  "need.reject": "Besoin refusé",
  "need.close": "Besoin clos (échéance)",
  "need.import": "Plan d'achats importé",
};

export const auditLabel = (action: string) => AUDIT_LABELS[action] ?? action;
