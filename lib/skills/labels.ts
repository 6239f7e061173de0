/** French labels of the skills enums: plain constants, so client forms import them too. */
export const SENIORITY_LABELS = { junior: "Junior", confirmed: "Confirmé", senior: "Senior", expert: "Expert" } as const;
export const WORK_MODE_LABELS = { on_site: "Sur site", remote: "À distance", hybrid: "Sur site et à distance" } as const;
export const POST_STATUS_LABELS = { open: "Ouverte", paired: "Mission en cours", withdrawn: "Retirée" } as const;
export const MISSION_STATUS_LABELS = {
  proposed: "Proposée, en attente de la CCI",
  validated: "Validée par la CCI",
  refused: "Refusée par la CCI",
  active: "En cours",
  completed: "Terminée",
  cancelled: "Annulée",
} as const;
