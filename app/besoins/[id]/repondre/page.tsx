import { needForPage } from "@/app/besoins/_components/need-for-page";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { companyAnswerId, loadAnswer } from "@/lib/answers/reads";
import { answersOpen } from "@/lib/answers/access";
import { UPLOAD_LIMITS } from "@/lib/files/check-upload";
import { formatDate } from "@/lib/format";
import { activeCompany } from "@/lib/auth/actor";
import { saveAnswerAction } from "./actions";
import { AnswerForm, type AnswerFormDefaults } from "./answer-form";

export const metadata: Metadata = { title: "Répondre au besoin" };

export default async function AnswerPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, db, loaded, need: n, viewer } = await needForPage(params);
  // Only suppliers answer; anyone else gets "not found", as on the need page.
  // A supplier viewer always has an active company (lib/needs/access.ts).
  const company = viewer === "supplier" ? activeCompany(actor) : null;
  if (!company) notFound();
  const answerId = await companyAnswerId(db, n.id, company.companyId);
  const answer = answerId ? await loadAnswer(db, answerId) : null;
  if (!answersOpen(n, new Date())) {
    return (
      <div className="page page--narrow">
        <h1>Les réponses sont closes</h1>
        <p>
          La date limite de réponse à « {n.title} » est passée : les réponses sont verrouillées. <Link href={`/besoins/${n.id}`}>Retour au besoin</Link>
        </p>
      </div>
    );
  }
  const a = answer?.answer;
  const defaults: AnswerFormDefaults = {
    answerId: a?.id,
    priceMode: a?.unitPriceEur != null ? "unit" : "total",
    priceEur: a?.unitPriceEur == null ? (a?.priceEur ?? null) : null,
    unitPriceEur: a?.unitPriceEur ?? null,
    quantity: a?.quantity ?? null,
    leadTimeDays: a?.leadTimeDays ?? null,
    validityDays: a?.validityDays ?? 90,
    message: a?.message ?? "",
    partners: answer?.partners.map((p) => ({ ref: p.siret, share: p.sharePercent })) ?? [],
  };
  return (
    <div className="page page--narrow">
      <div className="page-header">
        <p className="muted">
          {loaded.companyName} · réponses jusqu&apos;au {formatDate(n.responseDeadline)}
        </p>
        <h1>{a?.priceEur != null && a.status !== "withdrawn" ? "Modifier ma réponse" : "Déposer ma réponse"}</h1>
        <p>
          Besoin : <Link href={`/besoins/${n.id}`}>{n.title}</Link>. Seul l&apos;acheteur lira votre réponse ; aucun autre fournisseur ne la voit.
        </p>
      </div>
      <AnswerForm
        action={saveAnswerAction.bind(null, n.id)}
        defaults={defaults}
        documents={answer?.documents ?? []}
        companyName={company.companyName}
        documentHint={UPLOAD_LIMITS.document.hint}
      />
    </div>
  );
}
