/**
 * Synthetic data for the matching bench, generated inside PostgreSQL (generate_series, seeded random()) so
 * 100,000 companies take seconds: real communes (70 % in the Bouches-du-Rhône, weighted by population^0.8),
 * real NAF sous-classes (half from common trades, half from the whole nomenclature), secondary activities,
 * published offers, charter signatories, past needs with invitations, and a mix of needs to rank.
 * Texts have realistic lengths and word frequencies (descriptions of 40–120 words, offers of 30–80, needs of
 * a title and 20–60 words), drawn with a skew from the activity labels of the nomenclature and common
 * business words, so the text part of the ranking (BM25 over match_terms) reads postings of real sizes.
 */
import type pg from "pg";

/** Common trades of the territory (B2B purchases): half the companies and most needs use one of these. */
export const COMMON_NAF = [
  "43.32A",
  "43.32B",
  "43.21A",
  "43.22A",
  "43.22B",
  "43.34Z",
  "43.91B",
  "43.99C",
  "41.20A",
  "43.12A",
  "81.21Z",
  "81.30Z",
  "62.01Z",
  "62.02A",
  "70.22Z",
  "71.12B",
  "73.11Z",
  "56.10A",
  "56.21Z",
  "49.41A",
  "33.12Z",
  "25.62B",
  "46.69B",
  "80.10Z",
  "69.20Z",
  "18.12Z",
  "77.32Z",
  "82.30Z",
  "74.10Z",
  "45.20A",
];

export interface DataOptions {
  companies: number;
  needs: number;
  seed: number;
}

/**
 * Pick lists are small temp tables numbered 1..n: a uniform draw is an index lookup on the number (a big
 * array in a joined row would be copied for every generated row). `r` must be a column of the outer row,
 * so the draw is made once per row, not once per statement.
 */
const pick = (list: string, r: string) => `(select v from ${list} where rn = 1 + floor(${r} * (select count(*) from ${list}))::int)`;

async function pickList(q: (text: string, values?: unknown[]) => Promise<unknown>, name: string, select: string, values: unknown[] = []) {
  await q(`create temp table ${name} as select row_number() over (order by v) as rn, v from (${select}) s(v)`, values);
  await q(`alter table ${name} add primary key (rn)`);
}

/** Words of every business text: drawn most often, as in real descriptions (the Zipf head). */
const COMMON_WORDS = [
  "entreprise",
  "service",
  "services",
  "qualité",
  "clients",
  "projet",
  "projets",
  "réalisation",
  "prestations",
  "professionnels",
  "expérience",
  "équipe",
  "solutions",
  "conseil",
  "accompagnement",
  "intervention",
  "travaux",
  "sur",
  "mesure",
  "délais",
  "devis",
  "région",
  "provence",
  "marseille",
  "secteur",
  "particuliers",
  "entreprises",
  "collectivités",
  "installation",
  "entretien",
  "maintenance",
  "fourniture",
  "étude",
  "suivi",
  "gestion",
  "technique",
  "techniques",
  "matériel",
  "matériaux",
  "chantier",
  "ans",
  "savoir-faire",
  "sécurité",
  "environnement",
  "réactivité",
  "proximité",
  "devis",
  "gratuit",
  "garantie",
  "normes",
  "certifiée",
  "agréé",
  "qualifiée",
  "spécialisée",
  "depuis",
  "créée",
  "famille",
  "local",
  "locale",
  "territoire",
];

/** Runs the statements on one client (setseed holds per session). */
export async function generateMatchingData(client: pg.Client, opts: DataOptions): Promise<void> {
  const q = (text: string, values: unknown[] = []) => client.query(text, values);
  await q(`select setseed($1)`, [((opts.seed % 1000) / 1000) * 2 - 1]);
  // Communes repeated by weight, so a uniform pick is a population-weighted pick. Communes split in
  // arrondissements (Marseille, Lyon, Paris) are replaced by them, as in SIRENE.
  const weighted = (where: string) => `select c.insee_code from communes c
    cross join lateral generate_series(1, greatest(1, round(power(greatest(coalesce(c.population, 0), 300), 0.8) / 200))::int)
    where ${where} and c.insee_code not in (select a.parent_code from communes a where a.parent_code is not null)`;
  await pickList(q, "pick_c13", weighted("c.department = '13'"));
  await pickList(q, "pick_cother", weighted("c.department <> '13'"));
  await pickList(q, "pick_common", "select code from naf_codes where code = any($1::text[])", [COMMON_NAF]);
  await pickList(q, "pick_naf", "select code from naf_codes where level = 'subclass'");
  await pickList(q, "pick_band", "select unnest(array['NN','00','01','02','03','11','12','21','22','31','32','41'])");

  // Companies and their descriptions written without the text triggers (row by row for the descriptions);
  // match_terms is built once, at the end.
  await q(`set session_replication_role = replica`);
  await q(
    `insert into companies (siren, siret, legal_name, trade_name, naf_code, commune_code, headcount_band, source,
      administrative_state, verification_status, verified_at, service_area_kind, service_radius_km, description)
    select left(s, 9), s, 'Entreprise ' || i || ' SARL', case when r5 < 0.6 then 'Entreprise ' || i end,
      case when r2 < 0.5 then ${pick("pick_common", "r3")} else ${pick("pick_naf", "r3")} end,
      case when r1 < 0.7 then ${pick("pick_c13", "r4")} else ${pick("pick_cother", "r4")} end,
      ${pick("pick_band", "r9")},
      (case when r6 < 0.15 then 'signup' else 'sirene' end)::company_source,
      case when r7 < 0.03 then 'F' else 'A' end,
      (case when r6 < 0.12 then 'verified' else 'pending' end)::verification_status,
      case when r6 < 0.12 then now() - interval '100 days' end,
      (case when r8 < 0.1 then 'territory' else 'radius' end)::area_kind, case when r8 < 0.1 then null else 10 + floor(r8 * 90)::int end,
      'Entreprise de démonstration pour le banc d''essai du classement.'
    from (select i, '9' || lpad(i::text, 13, '0') as s, random() r1, random() r2, random() r3, random() r4, random() r5,
            random() r6, random() r7, random() r8, random() r9 from generate_series(1, $1::int) i) g`,
    [opts.companies],
  );
  // Texts: a skewed draw from the common words (first in the list) and the words of the nomenclature's labels.
  await q(
    `create temp table pick_word as select row_number() over (order by o, v) as rn, v from (
      select 0 as o, w as v from unnest($1::text[]) w
      union select 1, w from naf_codes, regexp_split_to_table(lower(label), '[^[:alpha:]-]+') w where level = 'subclass' and length(w) > 3) s`,
    [COMMON_WORDS],
  );
  await q(`alter table pick_word add primary key (rn)`);
  const words = (id: string, min: number, spread: number) => `(select string_agg(w.v, ' ' order by g.k) from
      (select k, random() r from generate_series(1, ${min} + floor(random() * ${spread})::int + 0 * length(${id}::text)) k) g
      join pick_word w on w.rn = 1 + floor(power(g.r, 2.2) * (select count(*) from pick_word))::int)`;
  await q(`update companies c set description = n.label || '. ' || ${words("c.id", 40, 80)}
    from naf_codes n where n.code = c.naf_code`);
  await q(`set session_replication_role = origin`);
  await q(`insert into charter_signatures (company_id, charter_version_id, signed_at)
    select id, (select max(id) from charter_versions), now() - interval '120 days' from companies where source = 'signup'`);
  // Secondary activities are declared on the profile, so only by signed-up companies (SIRENE has none).
  await q(`insert into company_activities (company_id, naf_code)
    select id, ${pick("pick_common", "r")} from (select id, random() r from companies where source = 'signup') g
    on conflict do nothing`);
  await q(`with o as (
      insert into offers (company_id, title, description, status, published_at)
      select id, ${words("id", 4, 5)}, ${words("id", 30, 50)}, 'published', now() - interval '30 days'
      from companies where source = 'signup' and random() < 0.2
      returning id, company_id)
    insert into offer_activities (offer_id, naf_code)
    select g.id, case when g.r1 < 0.5 then g.naf_code else ${pick("pick_common", "g.r2")} end
    from (select o.id, co.naf_code, random() r1, random() r2 from o join companies co on co.id = o.company_id) g`);

  // Past needs, and invitations to them (responsiveness).
  await pickList(q, "pick_company", "select id from companies");
  await pickList(q, "pick_signup", "select id from companies where source = 'signup'");
  await q(`insert into needs (company_id, title, description, kind, commune_code, perimeter_kind, perimeter_radius_km,
      response_deadline, status, published_at, closed_at)
    select ${pick("pick_company", "r1")}, 'Besoin passé ' || i, 'Besoin passé pour le banc d''essai.', 'services',
      ${pick("pick_c13", "r2")}, 'radius', 30, now() - interval '10 days', 'closed', now() - interval '40 days', now() - interval '10 days'
    from (select i, random() r1, random() r2 from generate_series(1, 500) i) g`);
  await pickList(q, "pick_closed", "select id from needs where status = 'closed'");
  await q(`insert into need_invitations (need_id, company_id, status, sent_at)
    select ${pick("pick_closed", "r1")}, ${pick("pick_signup", "r2")},
      (array['sent','opened','interested','not_interested','answered'])[1 + floor(r3 * 5)::int]::invitation_status, now() - interval '35 days'
    from (select i, random() r1, random() r2, random() r3 from generate_series(1, 30000) i) g
    on conflict do nothing`);

  // The needs to rank: published, mostly common trades, 1 to 3 activities, a mix of perimeters.
  await q(
    `insert into needs (company_id, title, description, kind, commune_code, perimeter_kind, perimeter_radius_km,
      budget_min_eur, budget_max_eur, response_deadline, status, published_at)
    select ${pick("pick_company", "r1")}, 'Besoin du banc d''essai ' || i, ${words("i", 20, 40)}, 'services',
      ${pick("pick_c13", "r5")},
      (case when r2 < 0.6 then 'radius' when r2 < 0.85 then 'territory' else 'areas' end)::area_kind,
      case when r2 < 0.6 then (array[10, 20, 30, 50, 80])[1 + floor(r3 * 5)::int] end,
      case when r4 < 0.8 then 5000 + floor(r4 * 400000)::int end, case when r4 < 0.8 then 10000 + floor(r4 * 800000)::int end,
      now() + interval '20 days', 'published', now()
    from (select i, random() r1, random() r2, random() r3, random() r4, random() r5 from generate_series(1, $1::int) i) g`,
    [opts.needs],
  );
  await q(`insert into need_activities (need_id, naf_code)
    select id, case when r1 < 0.85 then ${pick("pick_common", "r2")} else ${pick("pick_naf", "r2")} end
    from (select n.id, k, random() r1, random() r2, random() keep from needs n cross join generate_series(1, 3) k where n.status = 'published') g
    where k = 1 or keep < 0.3
    on conflict do nothing`);
  // "areas" perimeters: the need's commune, two other communes of the département, sometimes its EPCI.
  await q(`insert into need_areas (need_id, kind, code)
    select id, 'commune', code from (
      select n.id, n.commune_code as code from needs n where n.perimeter_kind = 'areas'
      union all
      select id, ${pick("pick_c13", "r")} from (select n.id, random() r from needs n cross join generate_series(1, 2) where n.perimeter_kind = 'areas') g
    ) x
    union
    select n.id, 'epci', c.epci_code from needs n join communes c on c.insee_code = n.commune_code
    where n.perimeter_kind = 'areas' and c.epci_code is not null and random() < 0.3
    on conflict do nothing`);
  // Needs' titles as buyers write them: their first activity's label and a few words.
  await q(`update needs n set title = coalesce((select lbl.label from need_activities a join naf_codes lbl on lbl.code = a.naf_code
      where a.need_id = n.id order by a.naf_code limit 1), '') || ' ' || ${words("n.id", 2, 5)}
    where n.status = 'published'`);
  // The text postings of every company, in slices (one statement for 100,000 profiles would sort millions of rows at once).
  await q(`do $$ declare lo int := 0; begin
      loop
        perform match_text_refresh(array(select id from companies order by id offset lo limit 5000));
        lo := lo + 5000;
        exit when lo >= (select count(*) from companies);
      end loop; end $$`);
  await q(`drop table pick_c13, pick_cother, pick_common, pick_naf, pick_band, pick_company, pick_signup, pick_closed, pick_word`);
  // Compact tables (the descriptions and titles were written by updates), then the steady state autovacuum
  // leaves (visibility map set, statistics current), for both sides of the bench: without it, the first
  // minutes after a bulk load read every heap page, whatever the query.
  await q(`vacuum full companies`);
  await q(`vacuum full needs`);
  await q(`vacuum analyze`);
}
