/**
 * A challenge lives the needs' life (lib/needs/state-machine.ts: the same statuses, transitions and
 * timestamps, the same enum in the database): draft → submitted → published → closed → awarded (a winner
 * selected) or unsuccessful, with staff's request for changes or rejection. Only the words differ.
 */
import { ConflictError } from "../errors";
import {
  canTransition,
  EDITABLE_STATUSES,
  NEED_TRANSITIONS,
  PUBLIC_STATUSES,
  type NeedEvent,
  type NeedEventActor,
  type NeedStatus,
} from "../needs/state-machine";

export type ChallengeStatus = NeedStatus;
export type ChallengeEvent = NeedEvent;

export const CHALLENGE_STATUS_LABELS: Record<ChallengeStatus, string> = {
  draft: "Brouillon",
  submitted: "En attente de validation",
  changes_requested: "Modifications demandées",
  rejected: "Refusé",
  published: "Ouvert aux candidatures",
  closed: "Candidatures closes",
  awarded: "Lauréat choisi",
  unsuccessful: "Sans lauréat",
  cancelled: "Annulé",
};

export const isChallengeEditable = (status: ChallengeStatus) => EDITABLE_STATUSES.includes(status);
/** Statuses in which the challenge is shown to companies. */
export const isChallengePublic = (status: ChallengeStatus) => PUBLIC_STATUSES.includes(status);

/** The next status and its timestamp, or a ConflictError in French naming the challenge's current state. */
export function applyChallengeEvent(status: ChallengeStatus, event: ChallengeEvent, by: NeedEventActor, at: Date) {
  if (!NEED_TRANSITIONS[event].by.includes(by)) throw new ConflictError("Cette action n'est pas possible pour votre rôle.");
  if (!canTransition(status, event, by)) {
    throw new ConflictError(`Action impossible : le défi est « ${CHALLENGE_STATUS_LABELS[status]} ». Rechargez la page pour voir son état actuel.`);
  }
  const t = NEED_TRANSITIONS[event];
  return { status: t.to, [t.sets]: at } as { status: ChallengeStatus } & Partial<Record<string, Date>>;
}

/** Applications: submitted → shortlisted → selected; submitted or shortlisted → declined; withdrawn by the applicant. */
export type ApplicationStatus = "submitted" | "shortlisted" | "selected" | "declined" | "withdrawn";
export type ApplicationDecision = "shortlist" | "select" | "decline";

const APPLICATION_MOVES: Record<ApplicationDecision, { from: ApplicationStatus[]; to: ApplicationStatus }> = {
  shortlist: { from: ["submitted"], to: "shortlisted" },
  // A selection comes from the shortlist: the poster has looked closer (questions, pitch) first.
  select: { from: ["shortlisted"], to: "selected" },
  decline: { from: ["submitted", "shortlisted"], to: "declined" },
};

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  submitted: "Reçue",
  shortlisted: "Présélectionnée",
  selected: "Retenue",
  declined: "Non retenue",
  withdrawn: "Retirée",
};

export function applyApplicationDecision(status: ApplicationStatus, decision: ApplicationDecision): ApplicationStatus {
  const move = APPLICATION_MOVES[decision];
  if (!move.from.includes(status)) {
    throw new ConflictError(`Action impossible : la candidature est « ${APPLICATION_STATUS_LABELS[status]} ». Rechargez la page.`);
  }
  return move.to;
}
