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
-- Recomputes the rows of some companies from the source tables (idempotent; called by every trigger below).
CREATE OR REPLACE FUNCTION matching_extra_activities_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $f$
  DELETE FROM matching_extra_activities WHERE company_id = ANY (ids);
  INSERT INTO matching_extra_activities (company_id, naf_code, commune_code, siret, main_naf_code)
  SELECT co.id, x.naf_code, co.commune_code, co.siret, co.naf_code
  FROM companies co
  JOIN (
    SELECT ca.company_id, ca.naf_code FROM company_activities ca WHERE ca.company_id = ANY (ids)
    UNION
    SELECT o.company_id, oa.naf_code FROM offers o JOIN offer_activities oa ON oa.offer_id = o.id
    WHERE o.company_id = ANY (ids) AND o.status = 'published'
  ) x ON x.company_id = co.id
  WHERE co.administrative_state = 'A' AND co.suspended_at IS NULL;
$f$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION matching_extra_activities_changed() RETURNS trigger LANGUAGE plpgsql AS $f$
DECLARE
  ids uuid[];
BEGIN
  IF TG_TABLE_NAME = 'offer_activities' THEN
    -- After an offer's deletion its activities go by cascade: the offers trigger refreshes the company.
    ids := ARRAY(SELECT o.company_id FROM offers o WHERE o.id IN (
      CASE WHEN TG_OP <> 'INSERT' THEN OLD.offer_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.offer_id END));
  ELSIF TG_TABLE_NAME = 'companies' THEN
    ids := ARRAY[NEW.id];
  ELSE
    ids := ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.company_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.company_id END];
  END IF;
  PERFORM matching_extra_activities_refresh(ids);
  RETURN NULL;
END
$f$;
--> statement-breakpoint
CREATE TRIGGER matching_extra_company_activities AFTER INSERT OR UPDATE OR DELETE ON company_activities
  FOR EACH ROW EXECUTE FUNCTION matching_extra_activities_changed();
--> statement-breakpoint
CREATE TRIGGER matching_extra_offers AFTER INSERT OR DELETE OR UPDATE OF status, company_id ON offers
  FOR EACH ROW EXECUTE FUNCTION matching_extra_activities_changed();
--> statement-breakpoint
CREATE TRIGGER matching_extra_offer_activities AFTER INSERT OR UPDATE OR DELETE ON offer_activities
  FOR EACH ROW EXECUTE FUNCTION matching_extra_activities_changed();
--> statement-breakpoint
-- Only the columns the rows copy or depend on; a SIRENE re-import that changes nothing fires nothing.
CREATE TRIGGER matching_extra_companies AFTER UPDATE OF commune_code, naf_code, siret, administrative_state, suspended_at ON companies
  FOR EACH ROW WHEN ((OLD.commune_code, OLD.naf_code, OLD.siret, OLD.administrative_state, OLD.suspended_at)
    IS DISTINCT FROM (NEW.commune_code, NEW.naf_code, NEW.siret, NEW.administrative_state, NEW.suspended_at))
  EXECUTE FUNCTION matching_extra_activities_changed();
--> statement-breakpoint
SELECT matching_extra_activities_refresh(ARRAY(SELECT company_id FROM company_activities UNION SELECT company_id FROM offers));
