/**
 * What the engines index, built from the database (the source of truth): open published needs, verified
 * signatory companies with their published offers, open challenges and open skills posts (./documents-axes.ts).
 * Batch builders keep reindexing to a few
 * queries per 500 documents; an id with no document (not public any more) is to be removed.
 * Indexed text carries no control characters: rows written before inputs were cleaned (or by imports) may
 * hold some, and an engine's highlighter would return them inside snippets.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { territoryConfig } from "@/lib/config/territory";
import { NAF_SECTIONS } from "@/lib/naf/sections";
import { cleanText } from "@/lib/validation/text";
import type { SearchDocument } from "./engine";

const sectionLabel = (code: string) => NAF_SECTIONS.find((s) => s.code === code)?.label ?? "";
const epoch = (d: Date | string | null) => (d ? Math.floor(new Date(d).getTime() / 1000) : null);

/** The document's text as engines should see it: one line for title and keywords, lines kept in the body. */
export function cleanDocument(doc: SearchDocument): SearchDocument {
  return {
    ...doc,
    title: cleanText(doc.title).trim(),
    keywords: doc.keywords.map((k) => cleanText(k).trim()).filter(Boolean),
    body: cleanText(doc.body, { multiline: true }),
  };
}

type NeedRow = {
  id: string;
  title: string;
  description: string;
  quantities: string | null;
  csr_notes: string | null;
  kind: string;
  commune_code: string;
  commune_name: string;
  epci_code: string | null;
  lat: number;
  lng: number;
  csr_criteria: string[];
  company_id: string;
  company_name: string;
  is_large_buyer: boolean;
  response_deadline: Date;
  published_at: Date | null;
  budget_max_eur: number | null;
  naf: { code: string; label: string; section: string }[];
};

export async function needDocuments(db: DbOrTx, ids: string[]): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.execute<NeedRow>(sql`
    select n.id, n.title, n.description, n.quantities, n.csr_notes, n.kind, n.commune_code, c.name as commune_name, c.epci_code, c.lat, c.lng,
      n.csr_criteria, n.company_id, coalesce(co.trade_name, co.legal_name) as company_name, co.is_large_buyer,
      n.response_deadline, n.published_at, n.budget_max_eur,
      coalesce((select json_agg(json_build_object('code', f.code, 'label', f.label, 'section', f.section) order by f.code)
        from need_activities na join naf_codes f on f.code = na.naf_code where na.need_id = n.id), '[]') as naf
    from needs n join communes c on c.insee_code = n.commune_code join companies co on co.id = n.company_id
    where n.id = any(${sql.param(ids)}::uuid[])
      and n.status = 'published' and n.visibility = 'all_signatories' and co.suspended_at is null`);
  const territory = territoryConfig().epciCode;
  return rows.map((r) => {
    const sections = [...new Set(r.naf.map((f) => f.section))];
    return cleanDocument({
      id: r.id,
      title: r.title,
      keywords: [...r.naf.map((f) => `${f.code} ${f.label}`), ...sections.map(sectionLabel), r.company_name],
      body: [r.description, r.quantities, r.csr_notes].filter(Boolean).join("\n"),
      geo: { lat: r.lat, lng: r.lng },
      attributes: {
        kind: r.kind,
        section: sections,
        naf: r.naf.map((f) => f.code),
        commune: r.commune_code,
        epci: r.epci_code,
        csr: r.csr_criteria,
        buyerId: r.company_id,
        largeBuyer: r.is_large_buyer,
        inTerritory: r.epci_code === territory,
      },
      numbers: { deadline: epoch(r.response_deadline), publishedAt: epoch(r.published_at), budgetMax: r.budget_max_eur },
    });
  });
}

type CompanyRow = {
  id: string;
  siret: string;
  siren: string;
  legal_name: string;
  trade_name: string | null;
  description: string | null;
  commune_code: string;
  epci_code: string | null;
  lat: number;
  lng: number;
  headcount_band: string;
  certifications: string[];
  is_large_buyer: boolean;
  created_at: Date;
  naf: { code: string; label: string; section: string }[];
  offers: { title: string; description: string }[];
};

export async function companyDocuments(db: DbOrTx, ids: string[]): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.execute<CompanyRow>(sql`
    select co.id, co.siret, co.siren, co.legal_name, co.trade_name, co.description, co.commune_code, c.epci_code, c.lat, c.lng,
      co.headcount_band, co.certifications, co.is_large_buyer, co.created_at,
      coalesce((select json_agg(json_build_object('code', f.code, 'label', f.label, 'section', f.section) order by f.code)
        from naf_codes f where f.code = co.naf_code
          or f.code in (select ca.naf_code from company_activities ca where ca.company_id = co.id)
          or f.code in (select oa.naf_code from offer_activities oa join offers o on o.id = oa.offer_id where o.company_id = co.id and o.status = 'published')), '[]') as naf,
      coalesce((select json_agg(json_build_object('title', o.title, 'description', o.description) order by o.published_at)
        from offers o where o.company_id = co.id and o.status = 'published'), '[]') as offers
    from companies co join communes c on c.insee_code = co.commune_code
    where co.id = any(${sql.param(ids)}::uuid[])
      and co.verification_status = 'verified' and co.suspended_at is null
      and exists (select 1 from charter_signatures cs where cs.company_id = co.id)`);
  const territory = territoryConfig().epciCode;
  return rows.map((r) => {
    const sections = [...new Set(r.naf.map((f) => f.section))];
    return cleanDocument({
      id: r.id,
      title: r.trade_name ?? r.legal_name,
      keywords: [
        ...(r.trade_name ? [r.legal_name] : []),
        ...r.naf.map((f) => `${f.code} ${f.label}`),
        ...sections.map(sectionLabel),
        ...r.offers.map((o) => o.title),
        ...r.certifications,
        r.siret,
        r.siren,
      ],
      body: [r.description, ...r.offers.map((o) => o.description)].filter(Boolean).join("\n"),
      geo: { lat: r.lat, lng: r.lng },
      attributes: {
        section: sections,
        naf: r.naf.map((f) => f.code),
        commune: r.commune_code,
        epci: r.epci_code,
        headcount: r.headcount_band,
        certifications: r.certifications,
        largeBuyer: r.is_large_buyer,
        hasOffers: r.offers.length > 0,
        siren: r.siren,
        siret: r.siret,
        inTerritory: r.epci_code === territory,
      },
      numbers: { createdAt: epoch(r.created_at) },
    });
  });
}
