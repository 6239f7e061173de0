/**
 * Alert fan-out bench: a need matching 10,000 suppliers queues its notifications exactly as the worker does
 * (lib/alerts/fan-out.ts in one transaction: need_alerts rows decided by preference, own threshold and daily
 * cap, the immediate e-mails rendered and inserted, one send_email job each), timed against a raw insert of
 * 10,000 plain rows into the same need_alerts table in the same run. Target (issue 6): the fan-out within
 * about 5-10 × the raw insert. Prints figures, saves bench/results/alerts-fanout-<date>.json.
 *
 * Usage: npm run bench:alerts [-- --suppliers 10000 --rounds 3]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { createDb, type Db } from "../db/client";
import { fanOutNeedAlerts, type AlertCandidate } from "../lib/alerts/fan-out";
import { startThrowawayDb } from "./lib/throwaway-db";

const { values: args } = parseArgs({ options: { suppliers: { type: "string", default: "10000" }, rounds: { type: "string", default: "3" } } });
const SUPPLIERS = Number(args.suppliers);
const ROUNDS = Number(args.rounds);
const TARGET = 10;
process.env.AUTH_SECRET ??= "bench-secret-for-signed-links";
const say = (line = "") => console.log(line);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Suppliers with one user each (verified, so alerted); 10 % daily digest, 5 % unsubscribed, 5 % with a cap already reached. */
async function generate(db: Db) {
  await db.execute(sql`
    with c as (
      insert into companies (siren, siret, legal_name, naf_code, commune_code, verification_status, verified_at)
      select lpad(g::text, 9, '0'), lpad(g::text, 9, '0') || '00001', 'Fournisseur ' || g, '81.21Z', '13005', 'verified', now()
      from generate_series(1, ${SUPPLIERS}::int) g returning id, siren),
    u as (
      insert into users (email, first_name, last_name, password_hash)
      select 'fournisseur' || g || '@exemple.fr', 'Prénom', 'Nom', 'x' from generate_series(1, ${SUPPLIERS}::int) g returning id, email)
    insert into memberships (user_id, company_id, role)
    select u.id, c.id, 'admin' from c join u on u.email = 'fournisseur' || ltrim(c.siren, '0') || '@exemple.fr'`);
  await db.execute(sql`
    insert into notification_preferences (user_id, mode, daily_cap, unsubscribed_at)
    select u.id, case when n % 20 = 0 then 'off' when n % 10 = 1 then 'daily' else 'immediate' end::alert_mode,
      case when n % 20 = 2 then 1 else 5 end, case when n % 20 = 0 then now() end
    from (select id, row_number() over (order by id) as n from users where email like 'fournisseur%') u
    where n % 20 in (0, 2) or n % 10 = 1`);
  // A buyer and the needs: one per fan-out round, one for the raw inserts, one already alerted today (the caps).
  await db.execute(sql`
    with b as (insert into companies (siren, siret, legal_name, naf_code, commune_code, verification_status)
      values ('999999999', '99999999900001', 'Acheteur du banc', '84.11Z', '13005', 'verified') returning id)
    insert into needs (company_id, title, description, kind, commune_code, perimeter_kind, perimeter_radius_km, response_deadline, status, published_at)
    select b.id, 'Nettoyage des bureaux ' || g, 'Besoin du banc d''essai des alertes.', 'services', '13005', 'radius', 30,
      now() + interval '20 days', 'published', now()
    from b cross join generate_series(0, ${ROUNDS + 1}::int) g`);
  await db.execute(sql`
    insert into need_alerts (need_id, company_id, user_id, score, status, created_at, sent_at)
    select (select id from needs where title = 'Nettoyage des bureaux 0'), m.company_id, m.user_id, 0.9, 'sent', now(), now()
    from memberships m join notification_preferences p on p.user_id = m.user_id where p.daily_cap = 1`);
  await db.execute(sql`vacuum analyze`);
}

const tmp = await startThrowawayDb("bench-alerts");
const { db, pool } = createDb(tmp.url, 2);
// Where the fan-out's time goes: each statement's round trip, by kind; the rest is JavaScript (rendering).
const spent = new Map<string, number>();
let recording = false;
// Transactions run on a pool client: wrap each client's query as it connects.
pool.on("connect", (client) => {
  const query = client.query.bind(client) as (...a: unknown[]) => Promise<unknown>;
  (client as unknown as { query: unknown }).query = async (...a: unknown[]) => {
    const started = performance.now();
    const result = await query(...a);
    if (recording) {
      const text = String((a[0] as { text?: string }).text ?? a[0]);
      const kind = /graphile_worker\.add_jobs/.test(text)
        ? "add_jobs (tâches send_email)"
        : /insert into "emails"/.test(text)
          ? "insert emails"
          : /insert into need_alerts/.test(text)
            ? "décision + insert need_alerts"
            : "autres";
      spent.set(kind, (spent.get(kind) ?? 0) + performance.now() - started);
    }
    return result;
  };
});
try {
  let t = performance.now();
  await generate(db);
  say(`■ ${SUPPLIERS} fournisseurs (1 utilisateur chacun) générés en ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const { rows: needRows } = await db.execute<{ id: string; title: string; response_deadline: Date }>(sql`
    select id, title, response_deadline from needs where title like 'Nettoyage des bureaux %' order by title`);
  const [rawNeed, ...fanOutNeeds] = needRows.slice(1);
  const { rows: suppliers } = await db.execute<{ id: string }>(sql`select id from companies where legal_name like 'Fournisseur %' order by siret`);
  const candidates: AlertCandidate[] = suppliers.map((s, i) => ({
    companyId: s.id,
    score: 0.6 + (i % 40) / 100,
    reasons: ["activité exacte 81.21Z (Nettoyage courant des bâtiments)", "à 4,7 km", "entreprise du territoire"],
  }));

  const fanOut: number[] = [];
  const raw: number[] = [];
  let result: Awaited<ReturnType<typeof fanOutNeedAlerts>> | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    const need = fanOutNeeds[round];
    t = performance.now();
    recording = round === 0;
    result = await db.transaction((tx) =>
      fanOutNeedAlerts(
        tx,
        {
          id: need.id,
          title: need.title,
          companyName: "Acheteur du banc",
          communeName: "Aubagne",
          responseDeadline: need.response_deadline,
        },
        candidates,
        0.55,
      ),
    );
    fanOut.push(performance.now() - t);
    recording = false;

    // The baseline: the same number of plain rows in the same table, one multi-row INSERT, one transaction.
    const users = await db.execute<{ user_id: string; company_id: string }>(sql`select user_id, company_id from memberships m
      join companies c on c.id = m.company_id where c.legal_name like 'Fournisseur %'`);
    await db.execute(sql`delete from need_alerts where need_id = ${rawNeed.id}`);
    const values = users.rows.map((u) => sql`(${rawNeed.id}, ${u.company_id}, ${u.user_id}, ${0.8}, 'sent', now(), now())`);
    t = performance.now();
    await db.transaction((tx) =>
      tx.execute(sql`insert into need_alerts (need_id, company_id, user_id, score, status, created_at, sent_at)
      values ${sql.join(values, sql`, `)}`),
    );
    raw.push(performance.now() - t);
  }
  const {
    rows: [counts],
  } = await db.execute<{ alerts: number; emails: number; jobs: number }>(sql`select
    (select count(*)::int from need_alerts where need_id = ${fanOutNeeds[0].id}) as alerts,
    (select count(*)::int from emails where template = 'alert.opportunity') / ${ROUNDS}::int as emails,
    (select count(*)::int from graphile_worker.jobs where task_identifier = 'send_email') / ${ROUNDS}::int as jobs`);
  const f = median(fanOut);
  const r = median(raw);
  const ratio = Math.round((f / r) * 10) / 10;
  say(`■ Par passage : ${counts.alerts} alertes, ${counts.emails} e-mails et ${counts.jobs} tâches send_email ; résultat ${JSON.stringify(result)}`);
  say(`\n  ${"".padEnd(46)} ${"médiane ms".padStart(11)}   passages`);
  say(`  ${`fan-out (${SUPPLIERS} fournisseurs, une transaction)`.padEnd(46)} ${f.toFixed(0).padStart(11)}   ${fanOut.map((x) => x.toFixed(0)).join(", ")}`);
  say(`  ${`INSERT brut de ${counts.alerts} lignes need_alerts`.padEnd(46)} ${r.toFixed(0).padStart(11)}   ${raw.map((x) => x.toFixed(0)).join(", ")}`);
  const inSql = [...spent.values()].reduce((a, b) => a + b, 0);
  const breakdown = Object.fromEntries(
    [...spent].map(([k, v]) => [k, Math.round(v)]).concat([["JavaScript (rendu des e-mails, jetons)", Math.round(fanOut[0] - inSql)]]),
  );
  say(
    `\n  1er passage : ${Object.entries(breakdown)
      .map(([k, v]) => `${k} ${v} ms`)
      .join(" · ")}`,
  );
  say(`\n  rapport fan-out / insert brut = ${ratio} (objectif ≤ ${TARGET}) → ${ratio <= TARGET ? "ATTEINT" : "MANQUÉ"}`);

  const date = new Date().toISOString().slice(0, 10);
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(
    `bench/results/alerts-fanout-${date}.json`,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { cpus: os.cpus().length, node: process.version },
        suppliers: SUPPLIERS,
        rounds: ROUNDS,
        perRound: counts,
        result,
        firstRoundBreakdownMs: breakdown,
        fanOutMs: { median: Math.round(f), runs: fanOut.map(Math.round) },
        rawInsertMs: { median: Math.round(r), runs: raw.map(Math.round) },
        ratio,
        target: TARGET,
      },
      null,
      2,
    ),
  );
  say(`  résultats enregistrés dans bench/results/alerts-fanout-${date}.json`);
} finally {
  await pool.end();
  await tmp.dispose();
}
