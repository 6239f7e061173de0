import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { companiesAwaitingVerification, moderationCounts, needsAwaitingModeration, listOffersAwaitingModeration } from "@/lib/moderation/reads";
import { requirePermission } from "@/lib/auth/guard";
import { formatSiret } from "@/lib/companies/siret";
import { countOf, formatDate } from "@/lib/format";
import { z } from "@/lib/validation/zod";
import { challengesAwaitingModeration } from "@/lib/challenges/reads";
import { decideChallengeAction } from "@/app/defis/actions";
import { decideCompanyAction, decideOfferAction } from "./actions";
import { DecisionForm } from "./decision-form";

export const metadata: Metadata = { title: "Modération — Back-office CCI" };

/** The decision in words, agreed with the kind's gender: « Besoin approuvé », « Offre approuvée ». */
const DONE: Record<string, { m: string; f: string }> = {
  approve: { m: "approuvé", f: "approuvée" },
  request_changes: { m: "renvoyé à son auteur avec votre demande de modifications", f: "renvoyée à son auteur avec votre demande de modifications" },
  reject: { m: "refusé", f: "refusée" },
};
const KIND: Record<string, { label: string; gender: "m" | "f" }> = {
  besoin: { label: "Besoin", gender: "m" },
  offre: { label: "Offre", gender: "f" },
  defi: { label: "Défi", gender: "m" },
  entreprise: { label: "Entreprise", gender: "f" },
};
const ZParams = z.object({
  fait: z
    .string()
    .regex(/^(besoin|offre|defi|entreprise)-(approve|request_changes|reject)$/)
    .optional()
    .catch(undefined),
});

export default async function ModerationPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePermission("moderation:decide");
  const { fait } = ZParams.parse(await searchParams);
  const db = getDb();
  const [counts, companies, needs, offers, challenges] = await Promise.all([
    moderationCounts(db),
    companiesAwaitingVerification(db),
    needsAwaitingModeration(db),
    listOffersAwaitingModeration(db),
    challengesAwaitingModeration(db, actor),
  ]);
  const [kind, decision] = fait?.split("-") ?? [];
  return (
    <div className="page">
      <div className="page-header">
        <h1>Modération</h1>
        <p>
          {countOf(counts.companies, "entreprise", "entreprises")} à vérifier, {countOf(counts.needs, "besoin", "besoins")},{" "}
          {countOf(counts.offers, "offre", "offres")} et {countOf(counts.challenges, "défi d'innovation", "défis d'innovation")} à valider. Les plus anciens
          d&apos;abord.
        </p>
      </div>
      {fait ? (
        <div className="alert alert--ok" role="status" data-testid="decision">
          {KIND[kind].label} {DONE[decision][KIND[kind].gender]}. L&apos;auteur est prévenu par e-mail.
        </div>
      ) : null}

      <h2 className="section-title" id="besoins">
        Besoins
      </h2>
      {needs.length === 0 ? (
        <p className="muted">Aucun besoin en attente.</p>
      ) : (
        <ul className="queue">
          {needs.map((n) => (
            <li key={n.id} className="card">
              <h3>
                <Link href={`/besoins/${n.id}`}>{n.title}</Link>
              </h3>
              <p className="muted">
                {n.companyName} · {n.communeName} · {n.activities.join(", ")} · envoyé le {n.submittedAt ? formatDate(n.submittedAt) : "—"} · réponses
                jusqu&apos;au {formatDate(n.responseDeadline)}
              </p>
              <Link href={`/besoins/${n.id}`} className="button button--small">
                Examiner et décider<span className="visually-hidden"> : {n.title}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}

      <h2 className="section-title" id="offres">
        Offres
      </h2>
      {offers.length === 0 ? (
        <p className="muted">Aucune offre en attente.</p>
      ) : (
        <ul className="queue">
          {offers.map((o) => (
            <li key={o.id} className="card">
              <h3>
                <Link href={`/offres/${o.id}`}>{o.title}</Link>
              </h3>
              <p className="muted">
                {o.companyName}
                {o.submittedAt ? ` · envoyée le ${formatDate(o.submittedAt)}` : ""}
              </p>
              <DecisionForm action={decideOfferAction} objectId={o.id} objectLabel={o.title} />
            </li>
          ))}
        </ul>
      )}

      <h2 className="section-title" id="defis">
        Défis d&apos;innovation
      </h2>
      {challenges.length === 0 ? (
        <p className="muted">Aucun défi en attente.</p>
      ) : (
        <ul className="queue">
          {challenges.map((c) => (
            <li key={c.id} className="card">
              <h3>
                <Link href={`/defis/${c.id}`}>{c.title}</Link>
              </h3>
              <p className="muted">
                {c.companyName} · envoyé le {c.submittedAt ? formatDate(c.submittedAt) : "—"} · candidatures jusqu&apos;au {formatDate(c.deadline)}
                {c.confidential ? " · confidentiel" : ""}
              </p>
              <p>{c.summary}</p>
              <DecisionForm action={decideChallengeAction} objectId={c.id} objectLabel={c.title} />
            </li>
          ))}
        </ul>
      )}

      <h2 className="section-title" id="entreprises">
        Entreprises à vérifier
      </h2>
      {companies.length === 0 ? (
        <p className="muted">Aucune entreprise en attente.</p>
      ) : (
        <ul className="queue">
          {companies.map((c) => (
            <li key={c.id} className="card">
              <h3>{c.tradeName ?? c.legalName}</h3>
              <p className="muted">
                {c.legalName} · SIRET {formatSiret(c.siret)} · {c.nafCode} {c.nafLabel} · {c.communeName} · inscrite le {formatDate(c.createdAt)} · charte
                signée · <Link href={`/cci/journal?entreprise=${c.id}`}>journal</Link>
              </p>
              <DecisionForm action={decideCompanyAction} objectId={c.id} objectLabel={c.tradeName ?? c.legalName} approveLabel="Vérifier" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
