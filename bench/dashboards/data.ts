/**
 * Generates the dashboards bench's data set with generate_series, in SQL: buyers, suppliers, one published
 * need per award, 1–4 answers per need, awards over 3 years (1 % cancelled, 5 % joint answers with a partner).
 * Triggers are off while loading (session_replication_role = replica, which also skips FK checks);
 * the rollups are then built by dashboards_rebuild(), as after a migration on existing data.
 */
import type pg from "pg";

export interface Scale {
  buyers: number;
  suppliers: number;
  awards: number;
  years: number;
}

const TERRITORY = "200054807";
const NAF = [
  "43.32A",
  "43.21A",
  "43.22A",
  "81.21Z",
  "81.30Z",
  "62.01Z",
  "62.02A",
  "71.12B",
  "49.41A",
  "56.10A",
  "33.12Z",
  "25.62B",
  "69.20Z",
  "70.22Z",
  "74.10Z",
  "80.10Z",
  "82.19Z",
  "17.23Z",
  "46.69B",
  "41.20B",
  "42.22Z",
  "35.14Z",
  "38.11Z",
  "77.39Z",
];

/**
 * The buyer of need g: skewed like real purchasing (a few large groups buy most): buyer k gets a share
 * ∝ 1/√k, so with 5,000 buyers the largest has ~1.4 % of the awards and the median one ~0.02 %.
 */
const buyerOf = (s: Scale) => `(1 + floor(${s.buyers} * power(((g::bigint * 7919) % 1000003) / 1000003.0, 2)))::int`;

export async function generate(client: pg.Client, s: Scale, log: (l: string) => void) {
  const t = () => performance.now();
  const step = async (label: string, text: string) => {
    const t0 = t();
    const r = await client.query(text);
    log(`  ${label.padEnd(34)} ${String(r.rowCount ?? "").padStart(9)} lignes  ${((t() - t0) / 1000).toFixed(1)} s`);
  };
  await client.query("set session_replication_role = replica");
  await client.query(`create temp table pick as select
    (select array_agg(insee_code order by insee_code) from communes where epci_code = '${TERRITORY}') as local,
    (select array_agg(insee_code order by insee_code) from communes where department in ('13', '83', '84', '04') and coalesce(epci_code, '') <> '${TERRITORY}') as near,
    (select array_agg(insee_code order by insee_code) from communes where department in ('69', '75', '31', '33', '06', '34')) as far,
    array[${NAF.map((c) => `'${c}'`).join(",")}]::varchar[] as naf`);
  // Buyers: ids b-1…; 90 % in the metropolis. Suppliers: 70 % in it, 20 % next door, 10 % far; 85 % SMEs.
  await step(
    "entreprises (acheteurs)",
    `
    insert into companies (id, siren, siret, legal_name, naf_code, commune_code, headcount_band, is_large_buyer, verification_status, created_at)
    select md5('b' || g)::uuid, lpad(g::text, 9, '0'), lpad(g::text, 9, '0') || '00011', 'Acheteur ' || g, p.naf[1 + g % 24],
      case when g % 10 < 9 then p.local[1 + (g * 7) % array_length(p.local, 1)] else p.near[1 + (g * 7) % array_length(p.near, 1)] end,
      (array['41','42','51','52','53'])[1 + g % 5], true, 'verified', now() - interval '4 years'
    from generate_series(1, ${s.buyers}) g, pick p`,
  );
  await step(
    "entreprises (fournisseurs)",
    `
    insert into companies (id, siren, siret, legal_name, naf_code, commune_code, headcount_band, verification_status, created_at)
    select md5('s' || g)::uuid, lpad((100000000 + g)::text, 9, '0'), lpad((100000000 + g)::text, 9, '0') || '00011', 'Fournisseur ' || g,
      p.naf[1 + (g * 13) % 24],
      case when g % 10 < 7 then p.local[1 + (g * 11) % array_length(p.local, 1)]
           when g % 10 < 9 then p.near[1 + (g * 11) % array_length(p.near, 1)] else p.far[1 + (g * 11) % array_length(p.far, 1)] end,
      (array['00','01','02','03','11','12','21','22','31','11','02','03','01','12','21','NN','32','41','42','51'])[1 + (g * 3) % 20],
      'verified', now() - interval '4 years'
    from generate_series(1, ${s.suppliers}) g, pick p`,
  );
  // One published (then awarded) need per award, at the buyer's commune, over the last `years` years.
  await step(
    "besoins",
    `
    insert into needs (id, company_id, title, description, kind, commune_code, response_deadline, status, published_at, awarded_at, created_at, submitted_at)
    select md5('n' || g)::uuid, md5('b' || ${buyerOf(s)})::uuid, 'Besoin ' || g, 'Description du besoin ' || g, 'services',
      c.commune_code, pub + interval '20 days', 'awarded', pub, pub + interval '30 days', pub - interval '2 days', pub - interval '1 day'
    from (select g, now() - interval '30 days' - random() * interval '${s.years} years' as pub from generate_series(1, ${s.awards}) g) x
    join companies c on c.id = md5('b' || ${buyerOf(s)})::uuid`,
  );
  // 1–4 answers per need from distinct suppliers, the first within hours to days of publication.
  await step(
    "réponses",
    `
    insert into answers (id, need_id, company_id, status, price_eur, submitted_at, created_at)
    select md5(g || '-' || k)::uuid, md5('n' || g)::uuid, md5('s' || (1 + (g * 31 + k * 997) % ${s.suppliers}))::uuid,
      case when k = 0 then 'awarded'::answer_status else 'not_retained'::answer_status end, 1000 + (g % 50000),
      n.published_at + (k + random()) * interval '2 days', n.published_at
    from needs n, generate_series(1, ${s.awards}) g, generate_series(0, 3) k
    where n.id = md5('n' || g)::uuid and k <= g % 4`,
  );
  await step(
    "co-traitants (5 %)",
    `
    insert into answer_partners (answer_id, company_id, status, share_percent, responded_at)
    select md5(g || '-0')::uuid, md5('s' || (1 + (g * 37 + 5) % ${s.suppliers}))::uuid, 'accepted', 30 + 10 * (g % 2), now()
    from generate_series(1, ${s.awards}) g where g % 20 = 0 and (g * 37 + 5) % ${s.suppliers} <> (g * 31) % ${s.suppliers}`,
  );
  await step(
    "attributions (1 % annulées)",
    `
    insert into awards (id, need_id, answer_id, buyer_company_id, supplier_company_id, amount_eur, awarded_on, cancelled_at, created_at)
    select md5('a' || g)::uuid, n.id, md5(g || '-0')::uuid, n.company_id, md5('s' || (1 + (g * 31) % ${s.suppliers}))::uuid,
      round((500 + power(random(), 3) * 200000)::numeric, 2), n.awarded_at,
      case when g % 100 = 0 then n.awarded_at + interval '5 days' end, n.awarded_at
    from generate_series(1, ${s.awards}) g join needs n on n.id = md5('n' || g)::uuid`,
  );
  await client.query("set session_replication_role = origin");
}
