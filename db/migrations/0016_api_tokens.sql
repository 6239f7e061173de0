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
--> statement-breakpoint
-- Partner organisations (issue 20): networks (Cress, employers' unions, chambers…) with their staff
-- accounts and their member list, kept by SIRET (members not yet on the platform stay SIRENE-known).
CREATE TYPE "public"."partner_kind" AS ENUM('cress', 'employers', 'trades', 'agriculture', 'french_tech', 'other');
--> statement-breakpoint
CREATE TABLE "partners" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "name" varchar(120) NOT NULL,
  "kind" "partner_kind" NOT NULL,
  "sectors" text[] DEFAULT '{}' NOT NULL,
  "communes" text[] DEFAULT '{}' NOT NULL,
  "logo_file_id" uuid,
  "created_by" uuid REFERENCES "users"("id") ON DELETE set null,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "partners_name_uq" ON "partners" USING btree (lower("name"));
--> statement-breakpoint
CREATE TABLE "partner_staff" (
  "partner_id" uuid NOT NULL REFERENCES "partners"("id") ON DELETE cascade,
  "user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "partner_staff_pk" PRIMARY KEY ("partner_id", "user_id")
);
--> statement-breakpoint
CREATE INDEX "partner_staff_user_idx" ON "partner_staff" USING btree ("user_id");
--> statement-breakpoint
CREATE TYPE "public"."partner_member_status" AS ENUM('confirmed', 'declared');
--> statement-breakpoint
CREATE TABLE "partner_members" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "partner_id" uuid NOT NULL REFERENCES "partners"("id") ON DELETE cascade,
  "siret" varchar(14) NOT NULL,
  "status" "partner_member_status" NOT NULL,
  "declared_by" uuid REFERENCES "users"("id") ON DELETE set null,
  "confirmed_at" timestamp with time zone,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "partner_members_siret_ck" CHECK ("siret" ~ '^[0-9]{14}$')
);
--> statement-breakpoint
CREATE UNIQUE INDEX "partner_members_uq" ON "partner_members" USING btree ("partner_id", "siret");
--> statement-breakpoint
CREATE INDEX "partner_members_siret_idx" ON "partner_members" USING btree ("siret");
--> statement-breakpoint
-- Relays: a partner forwards a published need to chosen members, with a note; opening the e-mail's link is
-- recorded; answered and awarded are read from answers and awards.
CREATE TABLE "partner_relays" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "partner_id" uuid NOT NULL REFERENCES "partners"("id") ON DELETE cascade,
  "need_id" uuid NOT NULL REFERENCES "needs"("id") ON DELETE cascade,
  "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE cascade,
  "forwarded_by" uuid REFERENCES "users"("id") ON DELETE set null,
  "note" text,
  "emails_sent" integer DEFAULT 0 NOT NULL,
  "forwarded_at" timestamp with time zone DEFAULT now() NOT NULL,
  "opened_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "partner_relays_uq" ON "partner_relays" USING btree ("partner_id", "need_id", "company_id");
--> statement-breakpoint
CREATE INDEX "partner_relays_need_idx" ON "partner_relays" USING btree ("need_id", "company_id");
