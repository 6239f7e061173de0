-- Hand-written (issue 20): per-company tokens of the public API v1. The database keeps only the SHA-256
-- of each token (shown once to the admin who creates it) and a short prefix to recognise it in lists.
-- A token acts for its company with its creator's rights, never more; revoking it is immediate.
CREATE TYPE "public"."api_token_scope" AS ENUM('read', 'write');
--> statement-breakpoint
CREATE TABLE "api_tokens" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE cascade,
  "created_by" uuid REFERENCES "users"("id") ON DELETE set null,
  "name" varchar(80) NOT NULL,
  "scope" "api_token_scope" NOT NULL,
  "token_hash" varchar(64) NOT NULL,
  "prefix" varchar(16) NOT NULL,
  "last_used_at" timestamp with time zone,
  "revoked_at" timestamp with time zone,
  "revoked_by" uuid REFERENCES "users"("id") ON DELETE set null,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "api_tokens_hash_ck" CHECK ("token_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE UNIQUE INDEX "api_tokens_hash_uq" ON "api_tokens" USING btree ("token_hash");
--> statement-breakpoint
CREATE INDEX "api_tokens_company_idx" ON "api_tokens" USING btree ("company_id", "created_at");
