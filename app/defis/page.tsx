import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { activeCompany, can } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { BUDGET_BAND_LABELS, MATURITY_LABELS, REWARD_LABELS } from "@/lib/challenges/labels";
import { companyApplications, companyChallenges, isCompanyYoung, openChallenges } from "@/lib/challenges/reads";
import { APPLICATION_STATUS_LABELS, CHALLENGE_STATUS_LABELS } from "@/lib/challenges/state-machine";
import { YOUNG_COMPANY_BADGE } from "@/lib/challenges/young";
import { countOf, formatDate } from "@/lib/format";
import { z } from "@/lib/validation/zod";

export const metadata: Metadata = { title: "Défis d'innovation" };

const ZParams = z.object({ jeunes: z.enum(["1"]).optional().catch(undefined) });

export default async function ChallengesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { jeunes } = ZParams.parse(await searchParams);
  const db = getDb();
  const actor = await getActor();
  const company = activeCompany(actor);
  const mine = company && can(actor, "challenge:post", { companyId: company.companyId }) ? company : null;
  const [list, young, own, applied] = await Promise.all([
    openChallenges(db, { youngOnly: jeunes === "1" }),
    mine ? isCompanyYoung(db, mine.companyId) : Promise.resolve(false),
    mine ? companyChallenges(db, actor, mine.companyId) : Promise.resolve([]),
    mine ? companyApplications(db, actor, mine.companyId) : Promise.resolve([]),
  ]);
  return (
    <div className="page">
      <div className="page-header">
        <h1>Défis d&apos;innovation</h1>
        <p>
          Les grands groupes du territoire ouvrent leurs problèmes aux start-up et PME : candidatez avec votre solution, décrochez une preuve de concept, un
          pilote ou votre premier contrat.
        </p>
        {young ? (
          <p>
            <span className="badge badge--accent" data-testid="young-badge">
              {YOUNG_COMPANY_BADGE}
            </span>
          </p>
        ) : null}
        {mine ? (
          <p>
            <Link className="button" href="/defis/nouveau">
              Proposer un défi
            </Link>
          </p>
        ) : null}
      </div>
      <nav aria-label="Filtre des défis" className="actions">
        {jeunes ? <Link href="/defis">Tous les défis</Link> : <Link href="/defis?jeunes=1">Seulement les défis ouverts aux jeunes entreprises</Link>}
      </nav>
      <h2 className="section-title">
        {countOf(list.length, "défi ouvert", "défis ouverts")}
        {jeunes ? " aux jeunes entreprises" : ""}
      </h2>
      {list.length === 0 ? (
        <div className="card">
          <p>Aucun défi n&apos;est ouvert pour l&apos;instant.</p>
        </div>
      ) : (
        <ul className="results">
          {list.map((c) => (
            <li key={c.id} className="card">
              <h3>
                <Link href={`/defis/${c.id}`}>{c.title}</Link>
              </h3>
              <p className="muted">
                {c.companyName} · candidatures jusqu&apos;au {formatDate(c.deadline)} · {MATURITY_LABELS[c.maturity]} · {REWARD_LABELS[c.reward]},{" "}
                {BUDGET_BAND_LABELS[c.budgetBand]}
              </p>
              <p>{c.summary}</p>
              <ul className="badge-list">
                {c.confidential ? <li className="badge badge--warn">Confidentiel</li> : null}
                {c.openToYoung ? <li className="badge badge--ok">Ouvert aux jeunes entreprises</li> : null}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {mine ? (
        <>
          <h2 className="section-title">Les défis de {mine.companyName}</h2>
          {own.length === 0 ? (
            <p className="muted">Aucun défi.</p>
          ) : (
            <ul>
              {own.map((c) => (
                <li key={c.id}>
                  <Link href={`/defis/${c.id}`}>{c.title}</Link> — {CHALLENGE_STATUS_LABELS[c.status]}, {countOf(c.applications, "candidature", "candidatures")}
                </li>
              ))}
            </ul>
          )}
          <h2 className="section-title">Nos candidatures</h2>
          {applied.length === 0 ? (
            <p className="muted">Aucune candidature.</p>
          ) : (
            <ul>
              {applied.map((a) => (
                <li key={a.id}>
                  <Link href={`/defis/${a.challengeId}`}>{a.title}</Link> — {APPLICATION_STATUS_LABELS[a.status]}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </div>
  );
}
