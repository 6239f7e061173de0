-- Hand-written: faster matching prefilter (db/queries/matching.ts, figures in bench/results/matching-*.json).
-- 1. companies_matching_idx: active companies by (main NAF code, commune) with their id and SIRET, so the
--    prefilter counts the companies of a division per (code, commune) and reads the groups above its bar
--    from the index alone. (drizzle's index builder has no INCLUDE: the index lives here only.)
-- 2. matching_extra_activities: the secondary activities and activities of published offers of active
--    companies, with the company's commune, SIRET and main code, kept current by triggers, so the companies a
--    secondary activity may lift into the list are found by (code, commune) without reading `companies`.
CREATE INDEX IF NOT EXISTS companies_matching_idx ON companies (naf_code, commune_code) INCLUDE (id, siret)
  WHERE administrative_state = 'A' AND suspended_at IS NULL;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS matching_extra_activities (
  company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  naf_code varchar(6) NOT NULL,
  commune_code varchar(5) NOT NULL,
  siret varchar(14) NOT NULL,
  main_naf_code varchar(6) NOT NULL,
  PRIMARY KEY (company_id, naf_code)
);
--> statement-breakpoint
-- The prefilter's "lifted" candidates: activities of the sought divisions, communes in reach.
CREATE INDEX IF NOT EXISTS matching_extra_activities_naf_idx ON matching_extra_activities (naf_code, commune_code)
  INCLUDE (company_id, siret, main_naf_code);
--> statement-breakpoint
-- Recomputes the rows of some companies from the source tables (idempotent; called by every trigger below,
-- once per statement, so a bulk insert of activities is one set-based refresh).
CREATE OR REPLACE FUNCTION matching_extra_activities_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
  DELETE FROM matching_extra_activities WHERE company_id = ANY (ids);
  INSERT INTO matching_extra_activities (company_id, naf_code, commune_code, siret, main_naf_code)
  SELECT co.id, x.naf_code, co.commune_code, co.siret, co.naf_code
  FROM (
    SELECT ca.company_id, ca.naf_code FROM company_activities ca WHERE ca.company_id = ANY (ids)
    UNION
    SELECT o.company_id, oa.naf_code FROM offers o JOIN offer_activities oa ON oa.offer_id = o.id
    WHERE o.company_id = ANY (ids) AND o.status = 'published'
  ) x
  JOIN companies co ON co.id = x.company_id
  WHERE co.administrative_state = 'A' AND co.suspended_at IS NULL;
END
$f$;
--> statement-breakpoint
-- Statement-level, with transition tables: the companies whose activities, offers or offer activities changed.
CREATE OR REPLACE FUNCTION matching_extra_activities_changed() RETURNS trigger LANGUAGE plpgsql AS $f$
DECLARE
  ids uuid[];
BEGIN
  IF TG_TABLE_NAME = 'offer_activities' THEN
    -- After an offer's deletion its activities go by cascade: the offers trigger refreshes the company.
    IF TG_OP = 'INSERT' THEN
      ids := ARRAY(SELECT DISTINCT o.company_id FROM new_rows n JOIN offers o ON o.id = n.offer_id);
    ELSIF TG_OP = 'DELETE' THEN
      ids := ARRAY(SELECT DISTINCT o.company_id FROM old_rows r JOIN offers o ON o.id = r.offer_id);
    ELSE
      ids := ARRAY(SELECT o.company_id FROM old_rows r JOIN offers o ON o.id = r.offer_id
        UNION SELECT o.company_id FROM new_rows n JOIN offers o ON o.id = n.offer_id);
    END IF;
  ELSIF TG_OP = 'INSERT' THEN
    ids := ARRAY(SELECT DISTINCT company_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    ids := ARRAY(SELECT DISTINCT company_id FROM old_rows);
  ELSE
    ids := ARRAY(SELECT company_id FROM old_rows UNION SELECT company_id FROM new_rows);
  END IF;
  PERFORM matching_extra_activities_refresh(ids);
  RETURN NULL;
END
$f$;
--> statement-breakpoint
CREATE TRIGGER matching_extra_company_activities_ins AFTER INSERT ON company_activities
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_extra_activities_changed();
--> statement-breakpoint
CREATE TRIGGER matching_extra_company_activities_upd AFTER UPDATE ON company_activities
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_extra_activities_changed();
--> statement-breakpoint
CREATE TRIGGER matching_extra_company_activities_del AFTER DELETE ON company_activities
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_extra_activities_changed();
--> statement-breakpoint
CREATE TRIGGER matching_extra_offers_ins AFTER INSERT ON offers
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_extra_activities_changed();
--> statement-breakpoint
CREATE TRIGGER matching_extra_offers_upd AFTER UPDATE ON offers
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_extra_activities_changed();
--> statement-breakpoint
CREATE TRIGGER matching_extra_offers_del AFTER DELETE ON offers
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_extra_activities_changed();
--> statement-breakpoint
CREATE TRIGGER matching_extra_offer_activities_ins AFTER INSERT ON offer_activities
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_extra_activities_changed();
--> statement-breakpoint
CREATE TRIGGER matching_extra_offer_activities_upd AFTER UPDATE ON offer_activities
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_extra_activities_changed();
--> statement-breakpoint
CREATE TRIGGER matching_extra_offer_activities_del AFTER DELETE ON offer_activities
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_extra_activities_changed();
--> statement-breakpoint
-- Row-level, only for the columns the rows copy or depend on: a SIRENE re-import that changes none fires nothing.
CREATE OR REPLACE FUNCTION matching_extra_company_changed() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  PERFORM matching_extra_activities_refresh(ARRAY[NEW.id]);
  RETURN NULL;
END
$f$;
--> statement-breakpoint
CREATE TRIGGER matching_extra_companies AFTER UPDATE OF commune_code, naf_code, siret, administrative_state, suspended_at ON companies
  FOR EACH ROW WHEN ((OLD.commune_code, OLD.naf_code, OLD.siret, OLD.administrative_state, OLD.suspended_at)
    IS DISTINCT FROM (NEW.commune_code, NEW.naf_code, NEW.siret, NEW.administrative_state, NEW.suspended_at))
  EXECUTE FUNCTION matching_extra_company_changed();
--> statement-breakpoint
SELECT matching_extra_activities_refresh(ARRAY(SELECT company_id FROM company_activities UNION SELECT company_id FROM offers));
