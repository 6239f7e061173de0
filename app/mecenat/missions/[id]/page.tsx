import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { requireActor } from "@/lib/auth/guard";
import { NotFoundError } from "@/lib/errors";
import { countOf, formatDate, formatEuros, formatNumber } from "@/lib/format";
import { MISSION_STATUS_LABELS, SENIORITY_LABELS, WORK_MODE_LABELS } from "@/lib/skills/labels";
import { missionPage } from "@/lib/skills/reads";
import { z } from "@/lib/validation/zod";
import { ActionForm } from "@/app/evenements/_components/action-form";
import { logWeekAction, reviewAction } from "../../actions";

export const metadata: Metadata = { title: "Mission de mécénat de compétences" };

const DONE = { proposee: "Mission proposée : la CCI va l'examiner.", temps: "Temps enregistré.", bilan: "Bilan enregistré." } as const;
const ZParams = z.object({ fait: z.enum(["proposee", "temps", "bilan"]).optional().catch(undefined) });
const STAGE = { mid: "mi-parcours", final: "fin de mission" } as const;
const SIDE = { sponsor: "mécène", beneficiary: "bénéficiaire" } as const;

export default async function MissionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const { fait } = ZParams.parse(await searchParams);
  if (!z.uuid().safeParse(id).success) notFound();
  const actor = await requireActor();
  let m;
  try {
    m = await missionPage(getDb(), actor, id);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
  const { mission, offer, request, side } = m;
  const signed = ["validated", "active", "completed"].includes(mission.status);
  return (
    <div className="page">
      <div className="page-header">
        <h1>Mission : {offer.skill}</h1>
        <p>
          {m.sponsorName} (mécène) → {m.beneficiaryName} (bénéficiaire) · <span data-testid="mission-status">{MISSION_STATUS_LABELS[mission.status]}</span>
        </p>
      </div>
      {fait ? (
        <div className="alert alert--ok" role="status">
          {DONE[fait]}
        </div>
      ) : null}
      <div className="card">
        <p>
          Expert : {offer.profession}, {SENIORITY_LABELS[offer.seniority].toLowerCase()} · {WORK_MODE_LABELS[request.workMode]}
        </p>
        <p>Objet : {request.purpose}</p>
        {mission.startsOn && mission.endsOn ? (
          <p>
            Du {formatDate(mission.startsOn)} au {formatDate(mission.endsOn)}
          </p>
        ) : null}
        {mission.reasons.length ? <p className="muted">Pourquoi ce rapprochement : {mission.reasons.join(" ; ")}</p> : null}
        {mission.decisionNote ? <p>Message de la CCI : « {mission.decisionNote} »</p> : null}
      </div>
      {signed ? (
        <p>
          <a className="button" href={`/mecenat/missions/${id}/convention.pdf`}>
            Télécharger la convention (PDF)
          </a>
        </p>
      ) : null}
      <h2 className="section-title">Temps donné</h2>
      <p data-testid="mission-days">
        {countOf(m.days, "jour déclaré", "jours déclarés")}
        {m.valuedAmountEur != null ? `, valorisés ${formatEuros(m.valuedAmountEur)}` : ""}
      </p>
      <ul>
        {m.weeks.map((w) => (
          <li key={w.weekStart}>
            Semaine du {formatDate(w.weekStart)} : {formatNumber(Number(w.days))} j
          </li>
        ))}
      </ul>
      {side === "sponsor" && (mission.status === "validated" || mission.status === "active") ? (
        <ActionForm action={logWeekAction.bind(null, id)} submitLabel="Déclarer le temps">
          <div className="field field--short">
            <label htmlFor="weekStart">Semaine (le lundi)</label>
            <input id="weekStart" name="weekStart" type="date" required />
          </div>
          <div className="field field--short">
            <label htmlFor="days">Jours donnés</label>
            <input id="days" name="days" inputMode="decimal" required />
          </div>
        </ActionForm>
      ) : null}
      <h2 className="section-title">Bilans</h2>
      {m.reviews.length === 0 ? (
        <p className="muted">Aucun bilan pour l&apos;instant.</p>
      ) : (
        <ul>
          {m.reviews.map((r) => (
            <li key={`${r.stage}-${r.side}`}>
              Bilan de {STAGE[r.stage]} du {SIDE[r.side]} : {r.rating}/5{r.comment ? ` — ${r.comment}` : ""}
            </li>
          ))}
        </ul>
      )}
      {side !== "staff" && mission.status === "active" ? (
        <ActionForm action={reviewAction.bind(null, id)} submitLabel="Enregistrer le bilan">
          <div className="field">
            <label htmlFor="stage">Bilan</label>
            <select id="stage" name="stage" defaultValue="mid">
              <option value="mid">À mi-parcours</option>
              <option value="final">De fin de mission</option>
            </select>
          </div>
          <div className="field field--short">
            <label htmlFor="rating">Note (1 à 5)</label>
            <input id="rating" name="rating" type="number" min={1} max={5} required />
          </div>
          <div className="field">
            <label htmlFor="comment">Commentaire</label>
            <textarea id="comment" name="comment" rows={2} />
          </div>
        </ActionForm>
      ) : null}
      <p>
        <Link href="/mecenat">Retour au mécénat de compétences</Link>
      </p>
    </div>
  );
}
