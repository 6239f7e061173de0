import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable } from "@/app/_components/data-table";
import { getDb } from "@/lib/db";
import { requirePermission } from "@/lib/auth/guard";
import { tablePlan } from "@/lib/events/agenda";
import { eventPage } from "@/lib/events/reads";
import { formatTime } from "@/lib/events/times";
import { NotFoundError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { z } from "@/lib/validation/zod";
import { PrintButton } from "./print-button";

export const metadata: Metadata = { title: "Plan de tables — back-office" };

// On paper: no site header, footer or buttons, one session per page, the grid in black on white.
const PRINT_CSS = `@media print {
  body > :not(main), nav, .no-print { display: none !important; }
  .plan-session { break-after: page; }
  .plan-grid th, .plan-grid td { border: 1px solid #000; color: #000; }
}`;

/** The staff's table plan of an event: for each session, a grid of slots × tables, printable. */
export default async function TablePlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const actor = await requirePermission("event:manage");
  const db = getDb();
  let page;
  try {
    page = await eventPage(db, actor, id);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
  const plan = await tablePlan(db, actor, id);
  return (
    <div className="page">
      <style>{PRINT_CSS}</style>
      <div className="page-header">
        <h1>Plan de tables : {page.event.title}</h1>
        <p className="no-print">
          <Link href={`/cci/evenements/${id}`}>Retour à l&apos;événement</Link>
        </p>
      </div>
      <p className="no-print">
        <PrintButton />
      </p>
      {plan.every((s) => s.slots.every((sl) => sl.meetings.length === 0)) ? <p>Aucun rendez-vous placé : calculez le planning d&apos;abord.</p> : null}
      {plan.map((s) => {
        const tables = Array.from({ length: s.tables }, (_, i) => i + 1);
        return (
          <section key={s.sessionId} className="plan-session" aria-labelledby={`plan-${s.sessionId}`}>
            <h2 id={`plan-${s.sessionId}`} className="section-title">
              {s.label}
              {s.slots[0] ? ` — ${formatDate(s.slots[0].startsAt)}` : ""}
            </h2>
            <DataTable
              className="plan-grid"
              label={`Plan de tables : ${s.label}`}
              rows={s.slots}
              rowKey={(sl) => sl.index}
              caption={`Rendez-vous de la session ${s.label} par créneau et par table (acheteur / fournisseur)`}
              columns={[
                {
                  key: "slot",
                  header: "Créneau",
                  rowHeader: true,
                  cell: (sl) => (
                    <>
                      {formatTime(sl.startsAt)}–{formatTime(sl.endsAt)}
                    </>
                  ),
                },
                ...tables.map((t) => ({
                  key: `table-${t}`,
                  header: `Table ${t}`,
                  cell: (sl: (typeof s.slots)[number]) => {
                    const m = sl.meetings.find((x) => x.table === t);
                    return m ? (
                      <>
                        {m.buyerName}
                        <br />
                        {m.supplierName}
                      </>
                    ) : (
                      <span className="muted">libre</span>
                    );
                  },
                })),
              ]}
            />
          </section>
        );
      })}
    </div>
  );
}
