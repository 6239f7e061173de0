-- The unsubscribe link of an e-mail is kept as data, for its List-Unsubscribe header (it was read back
-- out of the HTML body at send time). Rows written before keep theirs: taken once from their body.
ALTER TABLE "emails" ADD COLUMN "unsubscribe_url" text;--> statement-breakpoint
UPDATE "emails"
  SET "unsubscribe_url" = replace(substring("html_body" from '<a href="([^"]+)" data-list-unsubscribe'), '&amp;', '&')
  WHERE "html_body" LIKE '%data-list-unsubscribe%';
