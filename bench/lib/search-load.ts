/**
 * Reads the reference rows the generator needs and writes the generated rows in big batches: one
 * INSERT … SELECT FROM unnest(arrays) per batch, so 100,000 rows take a few dozen round trips.
 */
import type pg from "pg";
import type { BenchCompany, BenchNeed, RefCommune, RefNaf } from "./search-data";

export const INSERT_BATCH = 5_000;

export async function readReference(pool: pg.Pool) {
  const { rows: communes } = await pool.query<RefCommune>(`
    select insee_code as "inseeCode", name, department, population, lat, lng from communes order by insee_code`);
  const { rows: split } = await pool.query<{ code: string }>(`
    select distinct parent_code as code from communes where kind = 'ARM' and parent_code is not null`);
  const { rows: naf } = await pool.query<RefNaf>(`select code, label, section from naf_codes where level = 'subclass' order by code`);
  const {
    rows: [charter],
  } = await pool.query<{ id: number }>(`select id from charter_versions order by published_at desc, id desc limit 1`);
  if (!charter) throw new Error("No charter_versions row: prepareDatabase should have published the charter.");
  return { communes, splitCommunes: new Set(split.map((r) => r.code)), naf, charterId: charter.id };
}

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += INSERT_BATCH) await write(rows.slice(i, i + INSERT_BATCH));
}

/** The one account that signs every charter and authors every need (it never signs in). */
export async function insertBenchAdmin(pool: pg.Pool, id: string) {
  await pool.query(
    `
    insert into users (id, email, first_name, last_name, job_title, password_hash, platform_role)
    values ($1, 'bench-admin@bench.circuit-court.invalid', 'Banc', 'Essai', 'Administrateur du banc', '!bench-no-login', 'staff')`,
    [id],
  );
}

export async function insertCompanies(pool: pg.Pool, companies: BenchCompany[], charterId: number, signerId: string) {
  await inBatches(companies, async (b) => {
    await pool.query(
      `
      insert into companies (id, siren, siret, legal_name, trade_name, naf_code, commune_code, headcount_band, sector, description,
        is_large_buyer, certifications, verification_status, verified_at, created_at, updated_at)
      select id, siren, siret, legal_name, trade_name, naf_code, commune_code, headcount_band, sector::company_sector, description,
        is_large_buyer, coalesce(string_to_array(nullif(certs, ''), '|'), '{}'), 'verified', verified_at, created_at, verified_at
      from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
        $11::bool[], $12::text[], $13::timestamptz[], $14::timestamptz[])
        as t(id, siren, siret, legal_name, trade_name, naf_code, commune_code, headcount_band, sector, description,
          is_large_buyer, certs, verified_at, created_at)`,
      [
        b.map((c) => c.id),
        b.map((c) => c.siren),
        b.map((c) => c.siret),
        b.map((c) => c.legalName),
        b.map((c) => c.tradeName),
        b.map((c) => c.nafCode),
        b.map((c) => c.communeCode),
        b.map((c) => c.headcountBand),
        b.map((c) => c.sector),
        b.map((c) => c.description),
        b.map((c) => c.isLargeBuyer),
        b.map((c) => c.certifications.join("|")),
        b.map((c) => c.verifiedAt),
        b.map((c) => c.createdAt),
      ],
    );
    await pool.query(
      `
      insert into charter_signatures (company_id, charter_version_id, signed_by_user_id, signed_at)
      select company_id, $2, $3, signed_at from unnest($1::uuid[], $4::timestamptz[]) as t(company_id, signed_at)`,
      [b.map((c) => c.id), charterId, signerId, b.map((c) => c.signedAt)],
    );
  });
}

export async function insertNeeds(pool: pg.Pool, needs: BenchNeed[], authorId: string) {
  await inBatches(needs, async (b) => {
    await pool.query(
      `
      insert into needs (id, company_id, created_by, contact_user_id, title, description, kind, commune_code, perimeter_kind, perimeter_radius_km,
        budget_min_eur, budget_max_eur, response_deadline, csr_criteria, visibility, status, submitted_at, published_at, created_at, updated_at)
      select id, company_id, $13, $13, title, description, kind::need_kind, commune_code, 'radius', 30,
        budget_min, budget_max, deadline, coalesce(string_to_array(nullif(csr, ''), '|'), '{}'), 'all_signatories', 'published',
        created_at, published_at, created_at, published_at
      from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[], $9::timestamptz[],
        $10::text[], $11::timestamptz[], $12::timestamptz[])
        as t(id, company_id, title, description, kind, commune_code, budget_min, budget_max, deadline, csr, published_at, created_at)`,
      [
        b.map((n) => n.id),
        b.map((n) => n.companyId),
        b.map((n) => n.title),
        b.map((n) => n.description),
        b.map((n) => n.kind),
        b.map((n) => n.communeCode),
        b.map((n) => n.budgetMinEur),
        b.map((n) => n.budgetMaxEur),
        b.map((n) => n.responseDeadline),
        b.map((n) => n.csrCriteria.join("|")),
        b.map((n) => n.publishedAt),
        b.map((n) => n.createdAt),
        authorId,
      ],
    );
    const pairs = b.flatMap((n) => n.nafCodes.map((code) => [n.id, code] as const));
    await pool.query(`insert into need_activities (need_id, naf_code) select * from unnest($1::uuid[], $2::text[])`, [
      pairs.map((p) => p[0]),
      pairs.map((p) => p[1]),
    ]);
  });
}

/** Rows written: companies + signatures + needs + need activities. */
export const rowsWritten = (companies: BenchCompany[], needs: BenchNeed[]) =>
  2 * companies.length + needs.length + needs.reduce((s, n) => s + n.nafCodes.length, 0);
