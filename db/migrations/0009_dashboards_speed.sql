-- Hand-written: the whole buyer dashboard in one call (figures and bench in bench/results/dashboards-*.json).
-- For a small buyer each of the five rollup reads (months, activity families, EPCIs, communes, needs) touches
-- a dozen rows, so the page's time was five round trips and five plannings, not reading. dash_buyer() reads
-- them all in one statement and returns one jsonb document; as a plpgsql function its plan is prepared once
-- per connection, and forced generic (a buyer's rows are found the same way whoever the buyer is; custom plans
-- would re-plan every call because the largest buyers skew the estimates), so a call is mostly execution.
-- The definitions do not change: same rollups (migration 0005), same filters, same order as before.
CREATE FUNCTION dash_buyer(buyer uuid, first_month date, last_month date) RETURNS jsonb
LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $$
BEGIN
	RETURN (
		WITH communes_rows AS MATERIALIZED (
			SELECT supplier_commune, supplier_epci, lines, purchases, amount, local_purchases, local_amount
			FROM dash_buyer_month_commune WHERE buyer_company_id = buyer AND month BETWEEN first_month AND last_month
		), by_section AS (
			SELECT section AS key, sum(purchases) AS purchases, sum(amount) AS amount, sum(local_purchases) AS local_purchases,
				sum(local_amount) AS local_amount
			FROM dash_buyer_month_section WHERE buyer_company_id = buyer AND month BETWEEN first_month AND last_month
			GROUP BY 1 HAVING sum(lines) > 0
		), by_epci AS (
			SELECT supplier_epci AS key, sum(purchases) AS purchases, sum(amount) AS amount, sum(local_purchases) AS local_purchases,
				sum(local_amount) AS local_amount
			FROM communes_rows GROUP BY 1 HAVING sum(lines) > 0
		), by_commune AS (
			SELECT supplier_commune AS key, sum(purchases) AS purchases, sum(amount) AS amount, sum(local_purchases) AS local_purchases,
				sum(local_amount) AS local_amount
			FROM communes_rows GROUP BY 1 HAVING sum(lines) > 0
		)
		SELECT jsonb_build_object(
			'months', (SELECT coalesce(jsonb_agg(jsonb_build_object('month', to_char(month, 'YYYY-MM'), 'purchases', purchases, 'amount', amount,
					'local_purchases', local_purchases, 'local_amount', local_amount, 'sme_purchases', sme_purchases, 'sme_amount', sme_amount,
					'km10_purchases', km10_purchases, 'km10_amount', km10_amount, 'km20_purchases', km20_purchases, 'km20_amount', km20_amount,
					'km30_purchases', km30_purchases, 'km30_amount', km30_amount, 'km50_purchases', km50_purchases, 'km50_amount', km50_amount)
					ORDER BY month), '[]')
				FROM dash_buyer_month WHERE buyer_company_id = buyer AND month BETWEEN first_month AND last_month AND lines > 0),
			'sections', (SELECT coalesce(jsonb_agg(jsonb_build_object('key', g.key, 'label', n.label, 'purchases', g.purchases, 'amount', g.amount,
					'local_purchases', g.local_purchases, 'local_amount', g.local_amount) ORDER BY g.amount DESC, g.key), '[]')
				FROM by_section g LEFT JOIN naf_codes n ON n.code = g.key),
			'epcis', (SELECT coalesce(jsonb_agg(jsonb_build_object('key', g.key, 'label', e.name, 'purchases', g.purchases, 'amount', g.amount,
					'local_purchases', g.local_purchases, 'local_amount', g.local_amount) ORDER BY g.amount DESC, g.key), '[]')
				FROM by_epci g LEFT JOIN epcis e ON e.code = g.key),
			'communes', (SELECT coalesce(jsonb_agg(jsonb_build_object('key', g.key, 'label', c.name || coalesce(' (' || c.postal_codes[1] || ')', ''),
					'purchases', g.purchases, 'amount', g.amount, 'local_purchases', g.local_purchases, 'local_amount', g.local_amount)
					ORDER BY g.amount DESC, g.key), '[]')
				FROM by_commune g LEFT JOIN communes c ON c.insee_code = g.key),
			'need_months', (SELECT coalesce(jsonb_agg(jsonb_build_object('month', to_char(month, 'YYYY-MM'), 'needs', needs, 'answered', answered,
					'answers', answers, 'local_answers', local_answers, 'local3', local3, 'wait_seconds', wait_seconds, 'awarded', awarded)
					ORDER BY month), '[]')
				FROM dash_buyer_need_month WHERE buyer_company_id = buyer AND month BETWEEN first_month AND last_month AND needs > 0)
		)
	);
END $$;
