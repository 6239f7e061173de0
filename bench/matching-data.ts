/**
 * Synthetic data for the matching bench, generated inside PostgreSQL (generate_series, seeded random()) so
 * 100,000 companies take seconds: real communes (70 % in the Bouches-du-Rhône, weighted by population^0.8),
 * real NAF sous-classes (half from common trades, half from the whole nomenclature), secondary activities,
 * published offers, charter signatories, past needs with invitations, and a mix of needs to rank.
 */
import type pg from "pg";

/** Common trades of the territory (B2B purchases): half the companies and most needs use one of these. */
export const COMMON_NAF = [
  "43.32A", "43.32B", "43.21A", "43.22A", "43.22B", "43.34Z", "43.91B", "43.99C", "41.20A", "43.12A",
  "81.21Z", "81.30Z", "62.01Z", "62.02A", "70.22Z", "71.12B", "73.11Z", "56.10A", "56.21Z", "49.41A",
  "33.12Z", "25.62B", "46.69B", "80.10Z", "69.20Z", "18.12Z", "77.32Z", "82.30Z", "74.10Z", "45.20A",
];

export interface DataOptions { companies: number; needs: number; seed: number }

/** Runs the statements on one client (setseed holds per session) and returns the bench needs' ids. */
export async function generateMatchingData(client: pg.Client, opts: DataOptions): Promise<string[]> {
  const q = (text: string, values: unknown[] = []) => client.query(text, values);
  await q(`select setseed($1)`, [((opts.seed % 1000) / 1000) * 2 - 1]);
  // Communes repeated by weight, so a uniform pick in the array is a population-weighted pick. Communes
  // split in arrondissements (Marseille, Lyon, Paris) are replaced by them, as in SIRENE.
  await q(`create temp table bench_pick as
    select c.insee_code, c.department = '13' as in13
    from communes c
    cross join lateral generate_series(1, greatest(1, round(power(greatest(coalesce(c.population, 0), 300), 0.8) / 200))::int)
    where c.insee_code not in (select a.parent_code from communes a where a.parent_code is not null)`);
  await q(`create temp table bench_arrays as select
      (select array_agg(insee_code order by insee_code) from bench_pick where in13) as c13,
      (select array_agg(insee_code order by insee_code) from bench_pick where not in13) as cother,
      (select array_agg(code order by code) from naf_codes where code = any($1::text[])) as common,
      (select array_agg(code order by code) from naf_codes where level = 'subclass') as allnaf,
      array['NN','00','01','02','03','11','12','21','22','31','32','41'] as bands`, [COMMON_NAF]);
  const pick = (arr: string, r: string) => `${arr}[1 + floor(${r} * array_length(${arr}, 1))::int]`;

  await q(`insert into companies (siren, siret, legal_name, trade_name, naf_code, commune_code, headcount_band, source,
      administrative_state, verification_status, verified_at, service_area_kind, service_radius_km, description)
    select left(s, 9), s, 'Entreprise ' || i || ' SARL', case when r5 < 0.6 then 'Entreprise ' || i end,
      case when r2 < 0.5 then ${pick("a.common", "r3")} else ${pick("a.allnaf", "r3")} end,
      case when r1 < 0.7 then ${pick("a.c13", "r4")} else ${pick("a.cother", "r4")} end,
      ${pick("a.bands", "r9")},
      (case when r6 < 0.15 then 'signup' else 'sirene' end)::company_source,
      case when r7 < 0.03 then 'F' else 'A' end,
      (case when r6 < 0.12 then 'verified' else 'pending' end)::verification_status,
      case when r6 < 0.12 then now() - interval '100 days' end,
      (case when r8 < 0.1 then 'territory' else 'radius' end)::area_kind, case when r8 < 0.1 then null else 10 + floor(r8 * 90)::int end,
      'Entreprise de démonstration pour le banc d''essai du classement.'
    from (select i, '9' || lpad(i::text, 13, '0') as s, random() r1, random() r2, random() r3, random() r4, random() r5,
            random() r6, random() r7, random() r8, random() r9 from generate_series(1, $1::int) i) g
    cross join bench_arrays a`, [opts.companies]);
  await q(`insert into charter_signatures (company_id, charter_version_id, signed_at)
    select id, (select max(id) from charter_versions), now() - interval '120 days' from companies where source = 'signup'`);
  await q(`insert into company_activities (company_id, naf_code)
    select co.id, ${pick("a.common", "random()")} from companies co cross join bench_arrays a where random() < 0.15
    on conflict do nothing`);
  await q(`with o as (
      insert into offers (company_id, title, description, status, published_at)
      select id, 'Offre de démonstration', 'Prestation proposée aux entreprises du territoire.', 'published', now() - interval '30 days'
      from companies where source = 'signup' and random() < 0.2
      returning id, company_id)
    insert into offer_activities (offer_id, naf_code)
    select o.id, case when random() < 0.5 then co.naf_code else ${pick("a.common", "random()")} end
    from o join companies co on co.id = o.company_id cross join bench_arrays a`);

  // Past needs, and invitations to them (responsiveness).
  await q(`create temp table bench_ids as select
      (select array_agg(id order by siret) from companies) as all_ids,
      (select array_agg(id order by siret) from companies where source = 'signup') as signup_ids`);
  await q(`insert into needs (company_id, title, description, kind, commune_code, perimeter_kind, perimeter_radius_km,
      response_deadline, status, published_at, closed_at)
    select ${pick("b.all_ids", "random()")}, 'Besoin passé ' || i, 'Besoin passé pour le banc d''essai.', 'services',
      ${pick("a.c13", "random()")}, 'radius', 30, now() - interval '10 days', 'closed', now() - interval '40 days', now() - interval '10 days'
    from generate_series(1, 500) i cross join bench_arrays a cross join bench_ids b`);
  await q(`insert into need_invitations (need_id, company_id, status, sent_at)
    select ${pick("n.ids", "random()")}, ${pick("b.signup_ids", "random()")},
      (array['sent','opened','interested','not_interested','answered'])[1 + floor(random() * 5)::int]::invitation_status,
      now() - interval '35 days'
    from generate_series(1, 30000) i cross join bench_ids b
    cross join (select array_agg(id order by id) as ids from needs where status = 'closed') n
    on conflict do nothing`);

  // The needs to rank: published, mostly common trades, 1 to 3 activities, a mix of perimeters.
  const { rows } = await q(`insert into needs (company_id, title, description, kind, commune_code, perimeter_kind, perimeter_radius_km,
      budget_min_eur, budget_max_eur, response_deadline, status, published_at)
    select ${pick("b.all_ids", "r1")},
      'Besoin du banc d''essai ' || i, 'Besoin publié pour mesurer le classement des fournisseurs.', 'services',
      ${pick("a.c13", "r5")},
      (case when r2 < 0.6 then 'radius' when r2 < 0.85 then 'territory' else 'areas' end)::area_kind,
      case when r2 < 0.6 then (array[10, 20, 30, 50, 80])[1 + floor(r3 * 5)::int] end,
      case when r4 < 0.8 then 5000 + floor(r4 * 400000)::int end, case when r4 < 0.8 then 10000 + floor(r4 * 800000)::int end,
      now() + interval '20 days', 'published', now()
    from (select i, random() r1, random() r2, random() r3, random() r4, random() r5 from generate_series(1, $1::int) i) g
    cross join bench_arrays a cross join bench_ids b
    returning id`, [opts.needs]);
  await q(`insert into need_activities (need_id, naf_code)
    select n.id, case when random() < 0.85 then ${pick("a.common", "random()")} else ${pick("a.allnaf", "random()")} end
    from needs n cross join bench_arrays a cross join generate_series(1, 3) k
    where n.status = 'published' and (k = 1 or random() < 0.3)
    on conflict do nothing`);
  // "areas" perimeters: the need's commune, two other communes of the département, sometimes its EPCI.
  await q(`insert into need_areas (need_id, kind, code)
    select n.id, 'commune', x.code from needs n cross join bench_arrays a
    cross join lateral (values (n.commune_code), (${pick("a.c13", "random()")}), (${pick("a.c13", "random()")})) x(code)
    where n.perimeter_kind = 'areas'
    union
    select n.id, 'epci', c.epci_code from needs n join communes c on c.insee_code = n.commune_code
    where n.perimeter_kind = 'areas' and c.epci_code is not null and random() < 0.3
    on conflict do nothing`);
  await q(`drop table bench_pick, bench_arrays, bench_ids`);
  await q(`analyze`);
  return rows.map((r: { id: string }) => r.id);
}
