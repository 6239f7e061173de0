/** French labels of the challenge enums: plain constants, so client forms import them too. */
export const MATURITY_LABELS = { idea: "Idée", prototype: "Prototype", product: "Produit" } as const;
export const REWARD_LABELS = { paid_poc: "Preuve de concept rémunérée", pilot: "Pilote", contract: "Premier contrat" } as const;
export const BUDGET_BAND_LABELS = {
  lt_10k: "Moins de 10 000 € HT",
  "10k_50k": "10 000 à 50 000 € HT",
  "50k_150k": "50 000 à 150 000 € HT",
  gt_150k: "Plus de 150 000 € HT",
} as const;
export const OUTCOME_LABELS = { poc_signed: "Preuve de concept signée", contract_signed: "Contrat signé", none: "Sans suite" } as const;
