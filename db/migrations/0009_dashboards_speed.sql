-- Hand-written: the whole buyer dashboard in one call (figures in bench/results/dashboards-*.json).
-- For a small buyer each of the five rollup reads (months, activity families, EPCIs, communes, needs) touches
-- a dozen rows, so the page's time went on five round trips and five plannings, not on reading. dash_buyer()
-- reads them all in one statement and returns one json document (json, not jsonb: built as text, about twice
-- as cheap, and the client parses it once). As a plpgsql function its plan is prepared once per connection and
-- forced generic: a buyer's rows are found the same way whoever the buyer is, while custom plans would be
-- re-planned at every call (the largest buyers skew the estimates). Labels are looked up per row returned, and
-- the communes are only the `top_communes` largest, as many as the page shows (a label costs more than a row).
-- The definitions do not change: same rollups (migration 0005), same filters, same order as before.
CREATE FUNCTION dash_buyer(buyer uuid, first_month date, last_month date, top_communes integer) RETURNS json
LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $$
BEGIN
	RETURN (
		WITH communes_rows AS MATERIALIZED (
			SELECT supplier_commune, supplier_epci, lines, purchases, amount, local_purchases, local_amount
			FROM dash_buyer_month_commune WHERE buyer_company_id = buyer AND month BETWEEN first_month AND last_month
		)
		SELECT json_build_object(
			'months', (SELECT coalesce(json_agg(m ORDER BY m.month), '[]') FROM (SELECT to_char(month, 'YYYY-MM') AS month, purchases, amount, local_purchases, local_amount,
					sme_purchases, sme_amount, km10_purchases, km10_amount, km20_purchases, km20_amount, km30_purchases, km30_amount, km50_purchases, km50_amount
				FROM dash_buyer_month WHERE buyer_company_id = buyer AND month BETWEEN first_month AND last_month AND lines > 0) m),
			'sections', (SELECT coalesce(json_agg(g ORDER BY g.amount DESC, g.key), '[]') FROM (
				SELECT s.section AS key, (SELECT n.label FROM naf_codes n WHERE n.code = s.section) AS label, sum(purchases) AS purchases, sum(amount) AS amount,
					sum(local_purchases) AS local_purchases, sum(local_amount) AS local_amount
				FROM dash_buyer_month_section s WHERE buyer_company_id = buyer AND month BETWEEN first_month AND last_month
				GROUP BY 1 HAVING sum(lines) > 0) g),
			'epcis', (SELECT coalesce(json_agg(g ORDER BY g.amount DESC, g.key), '[]') FROM (
				SELECT supplier_epci AS key, (SELECT name FROM epcis WHERE code = supplier_epci) AS label, sum(purchases) AS purchases, sum(amount) AS amount,
					sum(local_purchases) AS local_purchases, sum(local_amount) AS local_amount
				FROM communes_rows GROUP BY 1 HAVING sum(lines) > 0) g),
			'communes', (SELECT coalesce(json_agg(g ORDER BY g.amount DESC, g.key), '[]') FROM (
				SELECT t.*, (SELECT c.name || coalesce(' (' || c.postal_codes[1] || ')', '') FROM communes c WHERE c.insee_code = t.key) AS label FROM (
					SELECT supplier_commune AS key, sum(purchases) AS purchases, sum(amount) AS amount, sum(local_purchases) AS local_purchases,
						sum(local_amount) AS local_amount
					FROM communes_rows GROUP BY 1 HAVING sum(lines) > 0 ORDER BY amount DESC, key LIMIT top_communes) t) g),
			'need_months', (SELECT coalesce(json_agg(m ORDER BY m.month), '[]') FROM (SELECT to_char(month, 'YYYY-MM') AS month, needs, answered, answers, local_answers, local3,
					wait_seconds, awarded
				FROM dash_buyer_need_month WHERE buyer_company_id = buyer AND month BETWEEN first_month AND last_month AND needs > 0) m)
		)
	);
END $$;
