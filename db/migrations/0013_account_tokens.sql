-- Hand-written: single-use e-mail links (password reset, address verification, invitations to join a
-- company) stored as the SHA-256 of their token, and the verification date of each account's address.
-- Accounts that exist before this migration keep working as before: their address counts as verified.
ALTER TABLE "users" ADD COLUMN IF NOT EXISTS "email_verified_at" timestamp with time zone DEFAULT now();
--> statement-breakpoint
UPDATE "users" SET "email_verified_at" = "created_at" WHERE "email_verified_at" IS NULL;
--> statement-breakpoint
CREATE TYPE "public"."account_token_purpose" AS ENUM('reset', 'verify', 'invite');
--> statement-breakpoint
CREATE TABLE "account_tokens" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "purpose" "account_token_purpose" NOT NULL,
  "token_hash" varchar(64) NOT NULL,
  "user_id" uuid REFERENCES "users"("id") ON DELETE cascade,
  "email" varchar(254) NOT NULL,
  "company_id" uuid REFERENCES "companies"("id") ON DELETE cascade,
  "role" "membership_role",
  "created_by_user_id" uuid REFERENCES "users"("id") ON DELETE set null,
  "expires_at" timestamp with time zone NOT NULL,
  "used_at" timestamp with time zone,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  -- a reset or verification link belongs to an account; an invitation to a company, with a role
  CONSTRAINT "account_tokens_shape_ck" CHECK (
    ("purpose" IN ('reset', 'verify') AND "user_id" IS NOT NULL)
    OR ("purpose" = 'invite' AND "company_id" IS NOT NULL AND "role" IS NOT NULL)
  ),
  CONSTRAINT "account_tokens_hash_ck" CHECK ("token_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE UNIQUE INDEX "account_tokens_hash_uq" ON "account_tokens" USING btree ("token_hash");
--> statement-breakpoint
CREATE INDEX "account_tokens_user_idx" ON "account_tokens" USING btree ("user_id", "purpose");
--> statement-breakpoint
CREATE INDEX "account_tokens_company_idx" ON "account_tokens" USING btree ("company_id") WHERE "used_at" is null;
