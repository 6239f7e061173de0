/**
 * Everything of the scale data set that has no import path of its own, written in bulk inside PostgreSQL
 * (generate_series and a seeded random(), so the same seed gives the same data): the signatories' accounts,
 * charter signatures, profiles, secondary activities and offers; live needs in every state with their
 * activities and answers; three years of awards on archived needs. Triggers are off for the bulk rows
 * (session_replication_role = replica, which also skips foreign-key checks); the derived data the pages
 * read (text postings, matching copies, dashboard rollups) is rebuilt by refreshDerived() (after-load.ts) afterwards.
 * Every pick list is ordered by a stable key (SIRET, need number), never by a random uuid.
 */
import type pg from "pg";
import { COMMON_NAF } from "../matching-data";
import { NEED_STATES, WORDS } from "./bulk-lists";
import { SCALE_SIRET_PREFIX } from "./sirene-file";

export interface BulkOptions {
  seed: number;
  needs: number;
  answers: number;
  awards: number;
  years: number;
  passwordHash: string;
  emailDomain: string;
}

export type Step = (label: string, text: string, values?: unknown[]) => Promise<number>;

const pick = (list: string, r: string) => `(select v from ${list} where rn = 1 + floor(${r} * (select n from ${list}_n))::int)`;

export async function bulkLoad(client: pg.Client, o: BulkOptions, step: Step) {
  const q = (text: string, values?: unknown[]) => client.query(text, values);
  await q(`select setseed($1)`, [((o.seed % 100_000) / 100_000) * 2 - 1]);
  const list = async (name: string, select: string, values?: unknown[]) => {
    await q(`create temp table ${name} as select row_number() over () as rn, v from (${select}) s(v)`, values);
    await q(`alter table ${name} add primary key (rn)`);
    await q(`create temp table ${name}_n as select count(*)::int as n from ${name}`);
  };
  await list("pick_word", `select unnest($1::text[])`, [WORDS]);
  await list("pick_common", `select unnest($1::text[])`, [COMMON_NAF]);
  const words = (min: number, spread: number, seedCol: string) => `(select string_agg(w.v, ' ' order by k) from
    (select k, random() r from generate_series(1, ${min} + floor(random() * ${spread})::int + 0 * length(${seedCol}::text)) k) g
    join pick_word w on w.rn = 1 + floor(power(g.r, 1.6) * (select n from pick_word_n))::int)`;

  // A third of the active scale establishments are verified signatories (every SIREN number divisible by 3).
  await q(`create temp table sig as
    select row_number() over (order by siret) as rn, id as v, siret, commune_code, naf_code, headcount_band
    from companies where siret like '${SCALE_SIRET_PREFIX}%' and administrative_state = 'A' and substr(siret, 2, 7)::int % 3 = 0`);
  await q(`alter table sig add primary key (rn)`);
  await q(`create temp table sig_n as select count(*)::int as n from sig`);
  // Large buyers: the signatories of 50 employees and more, and one small one in 40 (public bodies, groups' sites).
  await q(`create temp table buyer as select row_number() over (order by siret) as rn, v from sig
    where headcount_band in ('21','22','31','32','41','42','51','52','53') or rn % 40 = 0`);
  await q(`alter table buyer add primary key (rn)`);
  await q(`create temp table buyer_n as select count(*)::int as n from buyer`);

  await q(`set session_replication_role = replica`);
  await step(
    "signataires vérifiés (fiches)",
    `
    update companies c set verification_status = 'verified', verified_at = now() - (s.rn % 700) * interval '1 day',
      is_large_buyer = s.v in (select v from buyer), description = n.label || '. ' || ${words(30, 60, "c.id")},
      contact_name = 'Contact ' || s.rn, contact_email = 'contact-' || s.rn || '@${o.emailDomain}',
      certifications = case when s.rn % 7 = 0 then array['ISO 9001'] when s.rn % 11 = 0 then array['Qualibat', 'RGE'] else '{}' end,
      service_area_kind = (case when s.rn % 10 = 0 then 'territory' else 'radius' end)::area_kind,
      service_radius_km = case when s.rn % 10 = 0 then null else 10 + (s.rn % 9) * 10 end
    from sig s join naf_codes n on n.code = s.naf_code where c.id = s.v`,
  );
  await step(
    "comptes (un administrateur par signataire)",
    `
    insert into users (email, first_name, last_name, password_hash, email_verified_at)
    select 'scale-' || rn || '@${o.emailDomain}', 'Prénom' || rn, 'Nom' || rn, $1, now() from sig`,
    [o.passwordHash],
  );
  await step(
    "adhésions",
    `
    insert into memberships (user_id, company_id, role)
    select u.id, s.v, 'admin' from sig s join users u on lower(u.email) = 'scale-' || s.rn || '@${o.emailDomain}'`,
  );
  await step(
    "signatures de la charte",
    `
    insert into charter_signatures (company_id, charter_version_id, signed_by_user_id, signed_at)
    select m.company_id, (select max(id) from charter_versions), m.user_id, now() - interval '400 days'
    from memberships m join sig s on s.v = m.company_id`,
  );
  await step(
    "activités secondaires",
    `
    insert into company_activities (company_id, naf_code)
    select v, ${pick("pick_common", "r")} from (select v, random() r from sig where rn % 3 = 0) g
    on conflict do nothing`,
  );
  await step(
    "offres publiées",
    `
    insert into offers (company_id, title, description, status, published_at, submitted_at, area_kind, area_radius_km)
    select v, initcap(${words(3, 4, "v")}), ${words(30, 40, "v")}, 'published', now() - (rn % 300) * interval '1 day',
      now() - (rn % 300 + 2) * interval '1 day', 'radius', 50
    from sig cross join generate_series(1, 2) k where rn % 5 < 2 and (k = 1 or rn % 2 = 0)`,
  );
  await step(
    "activités des offres",
    `
    insert into offer_activities (offer_id, naf_code)
    select o.id, co.naf_code from offers o join companies co on co.id = o.company_id join sig s on s.v = co.id
    on conflict do nothing`,
  );

  // Live needs: numbered 1..n, ids from the seed, states in the shares above, buyers skewed (a few buy most).
  const bounds: string[] = [];
  let acc = 0;
  for (const [state, share] of NEED_STATES) {
    acc += share;
    bounds.push(`when x.u < ${acc.toFixed(4)} then '${state}'`);
  }
  await q(
    `create temp table live as
    select i, md5('scale-need-${o.seed}-' || i)::uuid as id, random() as u, random() r1, random() r2, random() r3, random() r4
    from generate_series(1, $1::int) i`,
    [o.needs],
  );
  await q(`alter table live add column status text`);
  await q(`update live x set status = case ${bounds.join(" ")} else 'cancelled' end`);
  await step(
    "besoins (tous les états)",
    `
    insert into needs (id, company_id, title, description, kind, commune_code, perimeter_kind, perimeter_radius_km, budget_min_eur,
      budget_max_eur, response_deadline, status, created_at, submitted_at, published_at, closed_at, awarded_at, unsuccessful_at,
      cancelled_at, rejected_at, changes_requested_at, moderation_note)
    select x.id, b.v, n.label || ' ' || ${words(2, 4, "x.i")}, ${words(25, 40, "x.i")},
      (array['supplies','services','works'])[1 + x.i % 3]::need_kind, co.commune_code,
      (case when x.r3 < 0.7 then 'radius' else 'territory' end)::area_kind, case when x.r3 < 0.7 then (array[10, 20, 30, 50])[1 + x.i % 4] end,
      case when x.r4 < 0.8 then 2000 + floor(x.r4 * 100000)::int end, case when x.r4 < 0.8 then 5000 + floor(x.r4 * 300000)::int end,
      case when x.status in ('published', 'draft', 'submitted', 'changes_requested') then now() + (5 + x.i % 40) * interval '1 day'
        else now() - (x.i % 300) * interval '1 day' end,
      x.status::need_status, t.created, case when x.status <> 'draft' then t.created + interval '1 day' end,
      case when x.status in ('published', 'closed', 'awarded', 'unsuccessful', 'cancelled') then t.created + interval '2 days' end,
      case when x.status in ('closed', 'awarded', 'unsuccessful') then t.created + interval '25 days' end,
      case when x.status = 'awarded' then t.created + interval '30 days' end,
      case when x.status = 'unsuccessful' then t.created + interval '30 days' end,
      case when x.status = 'cancelled' then t.created + interval '10 days' end,
      case when x.status = 'rejected' then t.created + interval '3 days' end,
      case when x.status = 'changes_requested' then t.created + interval '3 days' end,
      case when x.status in ('rejected', 'changes_requested') then 'Précisez le lieu de livraison.' end
    from live x
    cross join lateral (select case when x.status in ('published', 'draft', 'submitted', 'changes_requested') then now() - (x.i % 20) * interval '1 day'
      else now() - interval '40 days' - (x.i % 330) * interval '1 day' end as created) t
    join buyer b on b.rn = 1 + floor(power(x.r1, 2) * (select n from buyer_n))::int
    join companies co on co.id = b.v
    join naf_codes n on n.code = case when x.r2 < 0.85 then (select v from pick_common where rn = 1 + x.i % (select n from pick_common_n)) else co.naf_code end`,
  );
  await step(
    "activités des besoins",
    `
    insert into need_activities (need_id, naf_code)
    select x.id, case when k = 1 then (select v from pick_common where rn = 1 + x.i % (select n from pick_common_n))
      else (select v from pick_common where rn = 1 + (x.i * 7 + k) % (select n from pick_common_n)) end
    from live x cross join generate_series(1, 2) k where k = 1 or x.i % 3 = 0
    on conflict do nothing`,
  );

  // Answers on needs that were open to them, from distinct signatories (never the buyer itself).
  await q(`create temp table answered as select row_number() over (order by x.i) as rn, x.id as v, x.status from live x
    where x.status in ('published', 'closed', 'awarded', 'unsuccessful')`);
  await q(`alter table answered add primary key (rn)`);
  await q(`create temp table answered_n as select count(*)::int as n from answered`);
  await step(
    "réponses",
    `
    insert into answers (need_id, company_id, status, price_eur, lead_time_days, message, submitted_at, created_at, decided_at)
    select d.need_id, d.company_id,
      (case when a_status = 'awarded' and pos = 1 then 'awarded' when a_status in ('awarded', 'unsuccessful') then 'not_retained'
        when d.k % 9 = 0 then 'withdrawn' when d.k % 4 = 0 then 'shortlisted' when d.k % 3 = 0 then 'interested' else 'submitted' end)::answer_status,
      case when d.k % 3 <> 0 then 1500 + (d.k * 7919) % 90000 end, 5 + d.k % 40, 'Proposition ' || d.k,
      n.published_at + (d.k % 10 + 1) * interval '6 hours', n.published_at + (d.k % 10) * interval '6 hours',
      case when a_status in ('awarded', 'unsuccessful') then n.awarded_at end
    from (
      select *, row_number() over (partition by need_id order by k) as pos from (
        select distinct on (a.v, s.v) a.v as need_id, s.v as company_id, a.status as a_status, g.k
        from (select k, random() r1, random() r2 from generate_series(1, $1::int) k) g
        join answered a on a.rn = 1 + floor(g.r1 * (select n from answered_n))::int
        join sig s on s.rn = 1 + floor(g.r2 * (select n from sig_n))::int
        order by a.v, s.v, g.k
      ) p
    ) d join needs n on n.id = d.need_id
    where n.company_id <> d.company_id
    order by d.k limit $2
    on conflict do nothing`,
    [Math.round(o.answers * 1.01), o.answers],
  );
  // Awarded live needs whose draw gave no answer keep their state with no award: give them one answer.
  await step(
    "réponses retenues manquantes",
    `
    insert into answers (need_id, company_id, status, price_eur, submitted_at, created_at, decided_at)
    select n.id, s.v, 'awarded', 12000, n.published_at + interval '1 day', n.published_at + interval '1 day', n.awarded_at
    from needs n join live x on x.id = n.id
    join sig s on s.rn = 1 + (x.i * 13) % (select n from sig_n)
    where n.status = 'awarded' and not exists (select 1 from answers a where a.need_id = n.id and a.status = 'awarded')
    on conflict do nothing`,
  );
  await step(
    "attributions des besoins en cours",
    `
    insert into awards (need_id, answer_id, buyer_company_id, supplier_company_id, amount_eur, awarded_on, created_at)
    select a.need_id, a.id, n.company_id, a.company_id, coalesce(a.price_eur, 8000), n.awarded_at, n.awarded_at
    from answers a join needs n on n.id = a.need_id where a.status = 'awarded' and n.id in (select id from live)`,
  );

  // Three years of history: one archived awarded need per award, its winning answer and the award
  // (1 % cancelled afterwards), buyers skewed like real purchasing, suppliers among the signatories.
  await q(
    `create temp table hist as
    select g, md5('scale-hist-${o.seed}-' || g)::uuid as need_id, md5('scale-hist-answer-${o.seed}-' || g)::uuid as answer_id,
      (select v from buyer where rn = 1 + floor(power(r1, 2) * (select n from buyer_n))::int) as buyer_id,
      (select v from sig where rn = 1 + floor(r2 * (select n from sig_n))::int) as supplier_id,
      now() - interval '20 days' - r3 * interval '${o.years} years' as awarded_on,
      round((300 + power(r4, 3) * 150000)::numeric, 2) as amount
    from (select g, random() r1, random() r2, random() r3, random() r4 from generate_series(1, $1::int) g) x`,
    [o.awards],
  );
  await step(
    "besoins archivés (historique)",
    `
    insert into needs (id, company_id, title, description, kind, commune_code, response_deadline, status, created_at, submitted_at,
      published_at, closed_at, awarded_at)
    select h.need_id, h.buyer_id, 'Achat ' || h.g, 'Besoin attribué de l''historique.', (array['supplies','services','works'])[1 + h.g % 3]::need_kind,
      c.commune_code, h.awarded_on - interval '10 days', 'awarded', h.awarded_on - interval '35 days', h.awarded_on - interval '34 days',
      h.awarded_on - interval '33 days', h.awarded_on - interval '10 days', h.awarded_on
    from hist h join companies c on c.id = h.buyer_id`,
  );
  await step(
    "activités des besoins archivés",
    `
    insert into need_activities (need_id, naf_code)
    select h.need_id, c.naf_code from hist h join companies c on c.id = h.supplier_id`,
  );
  await step(
    "réponses retenues (historique)",
    `
    insert into answers (id, need_id, company_id, status, price_eur, submitted_at, created_at, decided_at)
    select answer_id, need_id, supplier_id, 'awarded', amount, awarded_on - interval '20 days', awarded_on - interval '20 days', awarded_on
    from hist where supplier_id <> buyer_id`,
  );
  await step(
    "attributions (3 ans, 1 % annulées)",
    `
    insert into awards (need_id, answer_id, buyer_company_id, supplier_company_id, amount_eur, awarded_on, cancelled_at, created_at)
    select need_id, answer_id, buyer_id, supplier_id, amount, awarded_on,
      case when g % 100 = 0 then awarded_on + interval '5 days' end, awarded_on
    from hist where supplier_id <> buyer_id`,
  );
  await q(`set session_replication_role = origin`);
  await q(`drop table pick_word, pick_word_n, pick_common, pick_common_n, buyer_n, answered, answered_n, hist`);
}
