import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { platformCounts } from "@/lib/companies/reads";
import { requirePermission } from "@/lib/auth/guard";
import { formatNumber } from "@/lib/format";

export const metadata: Metadata = { title: "Back-office CCI" };

export default async function StaffHome() {
  await requirePermission("staff:access");
  const counts = await platformCounts(getDb());
  return (
    <div className="page">
      <div className="page-header">
        <h1>Back-office CCI</h1>
        <p>Vérifiez les entreprises signataires, désignez les donneurs d&apos;ordre et consultez le journal des décisions.</p>
      </div>
      <div className="grid grid--3">
        <Link href="/cci/entreprises?statut=pending" className="card" style={{ textDecoration: "none", color: "inherit" }}>
          <span className="stat">{formatNumber(counts.pending)}</span>
          <span className="stat-label">entreprises en attente de vérification</span>
        </Link>
        <div className="card">
          <span className="stat">{formatNumber(counts.signatories)}</span>
          <span className="stat-label">signataires de la charte</span>
        </div>
        <div className="card">
          <span className="stat">{formatNumber(counts.verified)}</span>
          <span className="stat-label">entreprises vérifiées</span>
        </div>
        <Link href="/cci/entreprises?statut=large-buyers" className="card" style={{ textDecoration: "none", color: "inherit" }}>
          <span className="stat">{formatNumber(counts.largeBuyers)}</span>
          <span className="stat-label">donneurs d&apos;ordre</span>
        </Link>
        <div className="card">
          <span className="stat">{formatNumber(counts.companies)}</span>
          <span className="stat-label">entreprises inscrites</span>
        </div>
        <Link href="/cci/entreprises?statut=imported" className="card" style={{ textDecoration: "none", color: "inherit" }}>
          <span className="stat">{formatNumber(counts.imported)}</span>
          <span className="stat-label">entreprises importées de SIRENE, non signataires</span>
        </Link>
      </div>
    </div>
  );
}
