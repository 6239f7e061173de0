-- Hand-written: the dashboards' aggregates (lib/dashboards/definitions.ts says what the figures mean).
-- Why not compute at read time: a dashboard joins awards to partners, companies, communes (distances) and
-- needs; over a million awards that takes seconds. Why triggers rather than a refreshed materialised view:
-- awards and answers arrive at human pace (a few a minute) while dashboards are read all day, so adding an
-- award's few rows to the sums inside the writing transaction is cheap, and the figures are fresh at commit
-- (no job, no cron, no lag; recomputing the aggregates over 1M awards takes more than a minute).
-- Triggers run per statement with transition tables, so a bulk insert is aggregated once, set-based.
--   awards, answer_partners, companies, needs ──▶ dash_award_lines (award × recipient, facts precomputed)
--     ──▶ dash_buyer_month, dash_buyer_month_section, dash_buyer_month_commune, dash_territory_month (sums)
--   needs, answers, companies ──▶ dash_need_stats (one row per published need)
--     ──▶ dash_buyer_need_month, dash_territory_need_month (sums)
--   both ──▶ dash_quarter_companies (who took part in a quarter) ──▶ dash_quarter_counts (how many)
-- Sums that fall to zero keep their row (it adds nothing). dashboards_rebuild() recomputes everything from
-- the base tables (backfill, after a reference-data reload); dashboards_set_territory() changes the territory.
CREATE TABLE "dash_config" (
	"id" boolean PRIMARY KEY DEFAULT true CHECK ("id"),
	"territory_epci" varchar(9) NOT NULL DEFAULT '200054807'
);
--> statement-breakpoint
INSERT INTO "dash_config" DEFAULT VALUES;
--> statement-breakpoint
-- Each award's recipients: the awarded supplier (the lead) keeps what its accepted partners do not take;
-- partners' share_percent (null = 0) are scaled down when they exceed 100. Cancelled awards count nowhere.
CREATE VIEW "dash_award_recipients" AS
SELECT a.id AS award_id, a.answer_id, a.buyer_company_id, a.need_id, a.awarded_on, a.amount_eur,
	a.supplier_company_id AS company_id, greatest(0, 1 - coalesce(p.s, 0)) AS weight
FROM awards a
LEFT JOIN LATERAL (SELECT sum(coalesce(ap.share_percent, 0))::numeric / 100 AS s FROM answer_partners ap
	WHERE ap.answer_id = a.answer_id AND ap.status = 'accepted' AND ap.company_id <> a.supplier_company_id) p ON true
WHERE a.cancelled_at IS NULL
UNION ALL
SELECT a.id, a.answer_id, a.buyer_company_id, a.need_id, a.awarded_on, a.amount_eur,
	ap.company_id, coalesce(ap.share_percent, 0)::numeric / 100 / greatest(1, p.s)
FROM awards a
JOIN answer_partners ap ON ap.answer_id = a.answer_id AND ap.status = 'accepted' AND ap.company_id <> a.supplier_company_id
CROSS JOIN LATERAL (SELECT sum(coalesce(x.share_percent, 0))::numeric / 100 AS s FROM answer_partners x
	WHERE x.answer_id = a.answer_id AND x.status = 'accepted' AND x.company_id <> a.supplier_company_id) p
WHERE a.cancelled_at IS NULL;
--> statement-breakpoint
-- One line per award × recipient with what the dashboards ask of it. Local = supplier's commune in the
-- territory EPCI (arrondissements carry Marseille's EPCI); distance from the need's place (else the
-- buyer's commune) to the supplier's commune centre; SME = headcount band under 250.
CREATE VIEW "dash_award_lines_source" AS
SELECT r.award_id, r.company_id AS supplier_company_id, r.answer_id, r.buyer_company_id, r.need_id,
	date_trunc('month', r.awarded_on AT TIME ZONE 'Europe/Paris')::date AS month, r.awarded_on,
	r.weight, r.amount_eur * r.weight AS amount, s.commune_code AS supplier_commune, sc.epci_code AS supplier_epci,
	nc.section, coalesce(sc.epci_code = (SELECT territory_epci FROM dash_config), false) AS is_local,
	s.headcount_band IN ('00', '01', '02', '03', '11', '12', '21', '22', '31') AS is_sme,
	(earth_distance(ll_to_earth(coalesce(np.lat, bp.lat), coalesce(np.lng, bp.lng)), ll_to_earth(sc.lat, sc.lng)) / 1000)::real AS distance_km
FROM dash_award_recipients r
JOIN companies s ON s.id = r.company_id
JOIN communes sc ON sc.insee_code = s.commune_code
JOIN naf_codes nc ON nc.code = s.naf_code
JOIN needs n ON n.id = r.need_id
LEFT JOIN communes np ON np.insee_code = n.commune_code
JOIN companies b ON b.id = r.buyer_company_id
LEFT JOIN communes bp ON bp.insee_code = b.commune_code
WHERE r.weight > 0;
--> statement-breakpoint
CREATE TABLE "dash_award_lines" (
	"award_id" uuid NOT NULL, "supplier_company_id" uuid NOT NULL, "answer_id" uuid, "buyer_company_id" uuid NOT NULL,
	"need_id" uuid NOT NULL, "month" date NOT NULL, "awarded_on" timestamptz NOT NULL, "weight" numeric NOT NULL,
	"amount" numeric NOT NULL, "supplier_commune" varchar(5) NOT NULL, "supplier_epci" varchar(9), "section" varchar(1) NOT NULL,
	"is_local" boolean NOT NULL, "is_sme" boolean NOT NULL, "distance_km" real,
	PRIMARY KEY ("award_id", "supplier_company_id")
);
--> statement-breakpoint
-- the buyer's drill-down from a figure to its needs
CREATE INDEX "dash_award_lines_buyer_idx" ON "dash_award_lines" ("buyer_company_id", "month");
--> statement-breakpoint
-- a supplier moved or changed size: its lines are recomputed
CREATE INDEX "dash_award_lines_supplier_idx" ON "dash_award_lines" ("supplier_company_id");
--> statement-breakpoint
-- a joint answer's partners changed: the lines of its awards are recomputed
CREATE INDEX "dash_award_lines_answer_idx" ON "dash_award_lines" ("answer_id") WHERE "answer_id" IS NOT NULL;
--> statement-breakpoint
-- a need moved: the distances of its awards are recomputed
CREATE INDEX "dash_award_lines_need_idx" ON "dash_award_lines" ("need_id");
--> statement-breakpoint
-- The buyer dashboard's totals and months. purchases = awards, a joint award's 1 shared by weight;
-- kmN_* = lines within N km of the need's place.
CREATE TABLE "dash_buyer_month" (
	"buyer_company_id" uuid NOT NULL, "month" date NOT NULL, "lines" integer NOT NULL,
	"purchases" numeric NOT NULL, "amount" numeric NOT NULL, "local_purchases" numeric NOT NULL, "local_amount" numeric NOT NULL,
	"sme_purchases" numeric NOT NULL, "sme_amount" numeric NOT NULL, "km10_purchases" numeric NOT NULL, "km10_amount" numeric NOT NULL,
	"km20_purchases" numeric NOT NULL, "km20_amount" numeric NOT NULL, "km30_purchases" numeric NOT NULL, "km30_amount" numeric NOT NULL,
	"km50_purchases" numeric NOT NULL, "km50_amount" numeric NOT NULL,
	PRIMARY KEY ("buyer_company_id", "month")
);
--> statement-breakpoint
-- staff: buyers active in a period
CREATE INDEX "dash_buyer_month_month_idx" ON "dash_buyer_month" ("month", "buyer_company_id") WHERE "lines" > 0;
--> statement-breakpoint
-- The buyer dashboard's breakdowns by activity family and by supplier commune (and its EPCI).
CREATE TABLE "dash_buyer_month_section" (
	"buyer_company_id" uuid NOT NULL, "month" date NOT NULL, "section" varchar(1) NOT NULL, "lines" integer NOT NULL,
	"purchases" numeric NOT NULL, "amount" numeric NOT NULL, "local_purchases" numeric NOT NULL, "local_amount" numeric NOT NULL,
	PRIMARY KEY ("buyer_company_id", "month", "section")
);
--> statement-breakpoint
CREATE TABLE "dash_buyer_month_commune" (
	"buyer_company_id" uuid NOT NULL, "month" date NOT NULL, "supplier_commune" varchar(5) NOT NULL, "supplier_epci" varchar(9) NOT NULL,
	"lines" integer NOT NULL, "purchases" numeric NOT NULL, "amount" numeric NOT NULL, "local_purchases" numeric NOT NULL, "local_amount" numeric NOT NULL,
	PRIMARY KEY ("buyer_company_id", "month", "supplier_commune")
);
--> statement-breakpoint
-- The staff dashboard and the barometer: all buyers, by month × activity family × supplier EPCI × size.
CREATE TABLE "dash_territory_month" (
	"month" date NOT NULL, "section" varchar(1) NOT NULL, "supplier_epci" varchar(9) NOT NULL, "is_local" boolean NOT NULL,
	"is_sme" boolean NOT NULL, "lines" integer NOT NULL, "purchases" numeric NOT NULL, "amount" numeric NOT NULL,
	PRIMARY KEY ("month", "section", "supplier_epci", "is_local", "is_sme")
);
--> statement-breakpoint
-- Who took part in a quarter (b = buyer of an award, s = supplier of an award, n = buyer of a published need),
-- with how many lines or needs keep it in: the barometer hides a figure from fewer than 5 companies.
CREATE TABLE "dash_quarter_companies" (
	"quarter" date NOT NULL, "role" char(1) NOT NULL, "company_id" uuid NOT NULL, "lines" integer NOT NULL,
	PRIMARY KEY ("role", "quarter", "company_id")
);
--> statement-breakpoint
CREATE TABLE "dash_quarter_counts" (
	"quarter" date NOT NULL, "role" char(1) NOT NULL, "companies" integer NOT NULL, PRIMARY KEY ("quarter", "role")
);
--> statement-breakpoint
CREATE FUNCTION dash_presence_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE src text := CASE TG_OP WHEN 'INSERT' THEN 'SELECT 1 AS sign, quarter, role FROM new_rows' ELSE 'SELECT -1 AS sign, quarter, role FROM old_rows' END;
BEGIN
	EXECUTE format('INSERT INTO dash_quarter_counts AS t SELECT quarter, role, sum(sign)::int FROM (%s) d GROUP BY 1, 2 ORDER BY 1, 2
		ON CONFLICT (quarter, role) DO UPDATE SET companies = t.companies + excluded.companies', src);
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER dash_presence_ins AFTER INSERT ON dash_quarter_companies REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_presence_changed();
--> statement-breakpoint
CREATE TRIGGER dash_presence_del AFTER DELETE ON dash_quarter_companies REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_presence_changed();
--> statement-breakpoint
-- Adds signed presence deltas (a query of sign, month, role, company_id) and drops companies that left.
CREATE FUNCTION dash_presence_sql(deltas text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
	SELECT format($q$
		INSERT INTO dash_quarter_companies AS t SELECT * FROM (SELECT date_trunc('quarter', month)::date AS quarter, role, company_id, sum(sign)::int AS n
			FROM (%1$s) d GROUP BY 1, 2, 3) x WHERE n <> 0 ORDER BY 1, 2, 3
		ON CONFLICT (quarter, role, company_id) DO UPDATE SET lines = t.lines + excluded.lines;
		DELETE FROM dash_quarter_companies t USING (SELECT DISTINCT date_trunc('quarter', month)::date AS quarter, role, company_id FROM (%1$s) d) k
		WHERE t.quarter = k.quarter AND t.role = k.role AND t.company_id = k.company_id AND t.lines <= 0;
	$q$, deltas);
$f$;
--> statement-breakpoint
CREATE FUNCTION dash_award_lines_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE src text := CASE TG_OP WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_rows' ELSE 'SELECT -1 AS sign, * FROM old_rows' END;
BEGIN
	EXECUTE format($q$
		INSERT INTO dash_buyer_month AS t SELECT buyer_company_id, month, sum(sign)::int, sum(sign * weight), sum(sign * amount),
			sum(sign * weight * is_local::int), sum(sign * amount * is_local::int), sum(sign * weight * is_sme::int), sum(sign * amount * is_sme::int),
			sum(sign * weight * coalesce(distance_km <= 10, false)::int), sum(sign * amount * coalesce(distance_km <= 10, false)::int),
			sum(sign * weight * coalesce(distance_km <= 20, false)::int), sum(sign * amount * coalesce(distance_km <= 20, false)::int),
			sum(sign * weight * coalesce(distance_km <= 30, false)::int), sum(sign * amount * coalesce(distance_km <= 30, false)::int),
			sum(sign * weight * coalesce(distance_km <= 50, false)::int), sum(sign * amount * coalesce(distance_km <= 50, false)::int)
		FROM (%1$s) d GROUP BY 1, 2 ORDER BY 1, 2
		ON CONFLICT (buyer_company_id, month) DO UPDATE SET lines = t.lines + excluded.lines,
			purchases = t.purchases + excluded.purchases, amount = t.amount + excluded.amount,
			local_purchases = t.local_purchases + excluded.local_purchases, local_amount = t.local_amount + excluded.local_amount,
			sme_purchases = t.sme_purchases + excluded.sme_purchases, sme_amount = t.sme_amount + excluded.sme_amount,
			km10_purchases = t.km10_purchases + excluded.km10_purchases, km10_amount = t.km10_amount + excluded.km10_amount,
			km20_purchases = t.km20_purchases + excluded.km20_purchases, km20_amount = t.km20_amount + excluded.km20_amount,
			km30_purchases = t.km30_purchases + excluded.km30_purchases, km30_amount = t.km30_amount + excluded.km30_amount,
			km50_purchases = t.km50_purchases + excluded.km50_purchases, km50_amount = t.km50_amount + excluded.km50_amount;
		INSERT INTO dash_buyer_month_section AS t SELECT buyer_company_id, month, section, sum(sign)::int, sum(sign * weight), sum(sign * amount),
			sum(sign * weight * is_local::int), sum(sign * amount * is_local::int)
		FROM (%1$s) d GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
		ON CONFLICT (buyer_company_id, month, section) DO UPDATE SET lines = t.lines + excluded.lines, purchases = t.purchases + excluded.purchases,
			amount = t.amount + excluded.amount, local_purchases = t.local_purchases + excluded.local_purchases, local_amount = t.local_amount + excluded.local_amount;
		INSERT INTO dash_buyer_month_commune AS t SELECT buyer_company_id, month, supplier_commune, coalesce(supplier_epci, ''), sum(sign)::int,
			sum(sign * weight), sum(sign * amount), sum(sign * weight * is_local::int), sum(sign * amount * is_local::int)
		FROM (%1$s) d GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3
		ON CONFLICT (buyer_company_id, month, supplier_commune) DO UPDATE SET supplier_epci = excluded.supplier_epci, lines = t.lines + excluded.lines,
			purchases = t.purchases + excluded.purchases, amount = t.amount + excluded.amount,
			local_purchases = t.local_purchases + excluded.local_purchases, local_amount = t.local_amount + excluded.local_amount;
		INSERT INTO dash_territory_month AS t SELECT month, section, coalesce(supplier_epci, ''), is_local, is_sme,
			sum(sign)::int, sum(sign * weight), sum(sign * amount)
		FROM (%1$s) d GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
		ON CONFLICT (month, section, supplier_epci, is_local, is_sme) DO UPDATE SET lines = t.lines + excluded.lines,
			purchases = t.purchases + excluded.purchases, amount = t.amount + excluded.amount;
	$q$, src);
	EXECUTE dash_presence_sql(format('SELECT sign, month, ''b'' AS role, buyer_company_id AS company_id FROM (%1$s) b
		UNION ALL SELECT sign, month, ''s'', supplier_company_id FROM (%1$s) s', src));
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER dash_award_lines_ins AFTER INSERT ON dash_award_lines REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_award_lines_changed();
--> statement-breakpoint
CREATE TRIGGER dash_award_lines_del AFTER DELETE ON dash_award_lines REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_award_lines_changed();
--> statement-breakpoint
CREATE FUNCTION dash_refresh_awards(ids uuid[]) RETURNS void LANGUAGE sql AS $$
	DELETE FROM dash_award_lines WHERE award_id = ANY(ids);
	INSERT INTO dash_award_lines SELECT * FROM dash_award_lines_source WHERE award_id = ANY(ids);
$$;
--> statement-breakpoint
CREATE FUNCTION dash_awards_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN PERFORM dash_refresh_awards(ARRAY(SELECT id FROM new_rows));
	ELSIF TG_OP = 'UPDATE' THEN PERFORM dash_refresh_awards(ARRAY(SELECT id FROM new_rows UNION SELECT id FROM old_rows));
	ELSE DELETE FROM dash_award_lines l USING old_rows o WHERE l.award_id = o.id;
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER dash_awards_ins AFTER INSERT ON awards REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_awards_changed();
--> statement-breakpoint
CREATE TRIGGER dash_awards_upd AFTER UPDATE ON awards REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_awards_changed();
--> statement-breakpoint
CREATE TRIGGER dash_awards_del AFTER DELETE ON awards REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_awards_changed();
--> statement-breakpoint
CREATE FUNCTION dash_partners_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[];
BEGIN
	IF TG_OP = 'INSERT' THEN ids := ARRAY(SELECT answer_id FROM new_rows);
	ELSIF TG_OP = 'DELETE' THEN ids := ARRAY(SELECT answer_id FROM old_rows);
	ELSE ids := ARRAY(SELECT answer_id FROM new_rows UNION SELECT answer_id FROM old_rows);
	END IF;
	-- every award in force has at least one line, and each line carries the award's answer
	PERFORM dash_refresh_awards(ARRAY(SELECT DISTINCT award_id FROM dash_award_lines WHERE answer_id = ANY(ids)));
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER dash_partners_ins AFTER INSERT ON answer_partners REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_partners_changed();
--> statement-breakpoint
CREATE TRIGGER dash_partners_upd AFTER UPDATE ON answer_partners REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_partners_changed();
--> statement-breakpoint
CREATE TRIGGER dash_partners_del AFTER DELETE ON answer_partners REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_partners_changed();
--> statement-breakpoint
-- One row per published need: its answers (submitted, not withdrawn), those from local companies, the first
-- answer's time, and whether it was awarded.
CREATE VIEW "dash_need_stats_source" AS
SELECT n.id AS need_id, n.company_id, date_trunc('month', n.published_at AT TIME ZONE 'Europe/Paris')::date AS month,
	n.published_at, count(a.id)::int AS answers,
	count(a.id) FILTER (WHERE c.epci_code = (SELECT territory_epci FROM dash_config))::int AS local_answers,
	min(a.submitted_at) AS first_answer_at, n.status = 'awarded' AS awarded
FROM needs n
LEFT JOIN answers a ON a.need_id = n.id AND a.submitted_at IS NOT NULL AND a.status <> 'withdrawn'
LEFT JOIN companies s ON s.id = a.company_id
LEFT JOIN communes c ON c.insee_code = s.commune_code
WHERE n.published_at IS NOT NULL
GROUP BY n.id;
--> statement-breakpoint
CREATE TABLE "dash_need_stats" (
	"need_id" uuid PRIMARY KEY, "company_id" uuid NOT NULL, "month" date NOT NULL, "published_at" timestamptz NOT NULL,
	"answers" integer NOT NULL, "local_answers" integer NOT NULL, "first_answer_at" timestamptz, "awarded" boolean NOT NULL
);
--> statement-breakpoint
-- the buyer's drill-down to its needs (≥ 3 local answers, unanswered…) over a period
CREATE INDEX "dash_need_stats_company_idx" ON "dash_need_stats" ("company_id", "month");
--> statement-breakpoint
-- Needs by month of publication: answered = at least one answer; local3 = at least 3 local answers;
-- wait_seconds = sum over answered needs of the time from publication to the first answer.
CREATE TABLE "dash_buyer_need_month" (
	"buyer_company_id" uuid NOT NULL, "month" date NOT NULL, "needs" integer NOT NULL, "answered" integer NOT NULL,
	"answers" integer NOT NULL, "local_answers" integer NOT NULL, "local3" integer NOT NULL, "wait_seconds" numeric NOT NULL,
	"awarded" integer NOT NULL,
	PRIMARY KEY ("buyer_company_id", "month")
);
--> statement-breakpoint
-- staff: buyers active in a period
CREATE INDEX "dash_buyer_need_month_month_idx" ON "dash_buyer_need_month" ("month", "buyer_company_id") WHERE "needs" > 0;
--> statement-breakpoint
CREATE TABLE "dash_territory_need_month" (
	"month" date PRIMARY KEY, "needs" integer NOT NULL, "answered" integer NOT NULL, "answers" integer NOT NULL,
	"local_answers" integer NOT NULL, "local3" integer NOT NULL, "wait_seconds" numeric NOT NULL, "awarded" integer NOT NULL
);
--> statement-breakpoint
CREATE FUNCTION dash_need_stats_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	src text := CASE TG_OP WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_rows' WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_rows'
		ELSE 'SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows' END;
	sums text := 'sum(sign)::int, sum(sign * (answers > 0)::int)::int, sum(sign * answers)::int, sum(sign * local_answers)::int,
		sum(sign * (local_answers >= 3)::int)::int, coalesce(sum(sign * extract(epoch FROM first_answer_at - published_at)), 0), sum(sign * awarded::int)::int';
	sets text := 'needs = t.needs + excluded.needs, answered = t.answered + excluded.answered, answers = t.answers + excluded.answers,
		local_answers = t.local_answers + excluded.local_answers, local3 = t.local3 + excluded.local3,
		wait_seconds = t.wait_seconds + excluded.wait_seconds, awarded = t.awarded + excluded.awarded';
BEGIN
	EXECUTE format('INSERT INTO dash_buyer_need_month AS t SELECT company_id, month, %2$s FROM (%1$s) d GROUP BY 1, 2 ORDER BY 1, 2
		ON CONFLICT (buyer_company_id, month) DO UPDATE SET %3$s', src, sums, sets);
	EXECUTE format('INSERT INTO dash_territory_need_month AS t SELECT month, %2$s FROM (%1$s) d GROUP BY 1 ORDER BY 1
		ON CONFLICT (month) DO UPDATE SET %3$s', src, sums, sets);
	EXECUTE dash_presence_sql(format('SELECT sign, month, ''n'' AS role, company_id FROM (%s) d', src));
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER dash_need_stats_ins AFTER INSERT ON dash_need_stats REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_need_stats_changed();
--> statement-breakpoint
CREATE TRIGGER dash_need_stats_upd AFTER UPDATE ON dash_need_stats REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_need_stats_changed();
--> statement-breakpoint
CREATE TRIGGER dash_need_stats_del AFTER DELETE ON dash_need_stats REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_need_stats_changed();
--> statement-breakpoint
-- An upsert, so that an answer changes a need's row in place (its deltas net out) instead of removing it.
CREATE FUNCTION dash_refresh_needs(ids uuid[]) RETURNS void LANGUAGE sql AS $$
	DELETE FROM dash_need_stats s WHERE s.need_id = ANY(ids)
		AND NOT EXISTS (SELECT 1 FROM needs n WHERE n.id = s.need_id AND n.published_at IS NOT NULL);
	INSERT INTO dash_need_stats AS t SELECT * FROM dash_need_stats_source WHERE need_id = ANY(ids)
	ON CONFLICT (need_id) DO UPDATE SET company_id = excluded.company_id, month = excluded.month, published_at = excluded.published_at,
		answers = excluded.answers, local_answers = excluded.local_answers, first_answer_at = excluded.first_answer_at, awarded = excluded.awarded
	WHERE (t.company_id, t.month, t.published_at, t.answers, t.local_answers, t.first_answer_at, t.awarded)
		IS DISTINCT FROM (excluded.company_id, excluded.month, excluded.published_at, excluded.answers, excluded.local_answers, excluded.first_answer_at, excluded.awarded);
$$;
--> statement-breakpoint
-- Needs: publication, status (awarded), owner; a moved delivery place changes the distances of its awards.
CREATE FUNCTION dash_needs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM dash_refresh_needs(ARRAY(SELECT id FROM new_rows WHERE published_at IS NOT NULL));
	ELSIF TG_OP = 'DELETE' THEN
		DELETE FROM dash_need_stats s USING old_rows o WHERE s.need_id = o.id;
	ELSE
		PERFORM dash_refresh_needs(ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
			WHERE (n.published_at, n.status, n.company_id) IS DISTINCT FROM (o.published_at, o.status, o.company_id)));
		PERFORM dash_refresh_awards(ARRAY(SELECT DISTINCT l.award_id FROM new_rows n JOIN old_rows o ON o.id = n.id
			JOIN dash_award_lines l ON l.need_id = n.id WHERE n.commune_code IS DISTINCT FROM o.commune_code));
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER dash_needs_ins AFTER INSERT ON needs REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_needs_changed();
--> statement-breakpoint
CREATE TRIGGER dash_needs_upd AFTER UPDATE ON needs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_needs_changed();
--> statement-breakpoint
CREATE TRIGGER dash_needs_del AFTER DELETE ON needs REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_needs_changed();
--> statement-breakpoint
CREATE FUNCTION dash_answers_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM dash_refresh_needs(ARRAY(SELECT DISTINCT need_id FROM new_rows WHERE submitted_at IS NOT NULL));
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM dash_refresh_needs(ARRAY(SELECT DISTINCT need_id FROM old_rows WHERE submitted_at IS NOT NULL));
	ELSE
		PERFORM dash_refresh_needs(ARRAY(SELECT n.need_id FROM new_rows n JOIN old_rows o ON o.id = n.id
			WHERE (n.submitted_at, n.status, n.company_id, n.need_id) IS DISTINCT FROM (o.submitted_at, o.status, o.company_id, o.need_id)
			UNION SELECT o.need_id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.need_id <> o.need_id));
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER dash_answers_ins AFTER INSERT ON answers REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_answers_changed();
--> statement-breakpoint
CREATE TRIGGER dash_answers_upd AFTER UPDATE ON answers REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_answers_changed();
--> statement-breakpoint
CREATE TRIGGER dash_answers_del AFTER DELETE ON answers REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_answers_changed();
--> statement-breakpoint
-- A company that moves, changes size or activity: its award lines, and (when it moved) the needs it answered.
CREATE FUNCTION dash_company_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM dash_refresh_awards(ARRAY(SELECT award_id FROM dash_award_lines WHERE supplier_company_id = NEW.id));
	IF NEW.commune_code IS DISTINCT FROM OLD.commune_code THEN
		PERFORM dash_refresh_needs(ARRAY(SELECT need_id FROM answers WHERE company_id = NEW.id AND submitted_at IS NOT NULL));
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER dash_company_upd AFTER UPDATE ON companies FOR EACH ROW
	WHEN ((NEW.commune_code, NEW.headcount_band, NEW.naf_code) IS DISTINCT FROM (OLD.commune_code, OLD.headcount_band, OLD.naf_code))
	EXECUTE FUNCTION dash_company_changed();
--> statement-breakpoint
CREATE FUNCTION dashboards_rebuild() RETURNS void LANGUAGE sql AS $$
	TRUNCATE dash_award_lines, dash_buyer_month, dash_buyer_month_section, dash_buyer_month_commune, dash_territory_month,
		dash_quarter_companies, dash_quarter_counts, dash_need_stats, dash_buyer_need_month, dash_territory_need_month;
	INSERT INTO dash_award_lines SELECT * FROM dash_award_lines_source;
	INSERT INTO dash_need_stats SELECT * FROM dash_need_stats_source;
$$;
--> statement-breakpoint
-- Locality depends on the territory: changing it recomputes everything (once, after a configuration change).
CREATE FUNCTION dashboards_set_territory(epci varchar) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
	IF (SELECT territory_epci FROM dash_config) = epci THEN RETURN false; END IF;
	INSERT INTO dash_config (id, territory_epci) VALUES (true, epci) ON CONFLICT (id) DO UPDATE SET territory_epci = excluded.territory_epci;
	PERFORM dashboards_rebuild();
	RETURN true;
END $$;
