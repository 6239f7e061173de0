CREATE TYPE "public"."commune_kind" AS ENUM('COM', 'ARM');--> statement-breakpoint
CREATE TYPE "public"."naf_level" AS ENUM('section', 'division', 'group', 'class', 'subclass');--> statement-breakpoint
CREATE TYPE "public"."company_sector" AS ENUM('private', 'public');--> statement-breakpoint
CREATE TYPE "public"."membership_role" AS ENUM('admin', 'member');--> statement-breakpoint
CREATE TYPE "public"."platform_role" AS ENUM('user', 'staff');--> statement-breakpoint
CREATE TABLE "communes" (
	"insee_code" varchar(5) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"department" varchar(3) NOT NULL,
	"kind" "commune_kind" NOT NULL,
	"parent_code" varchar(5),
	"postal_codes" text[] DEFAULT '{}' NOT NULL,
	"epci_code" varchar(9),
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"population" integer
);
--> statement-breakpoint
CREATE TABLE "epcis" (
	"code" varchar(9) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" varchar(8) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "naf_codes" (
	"code" varchar(6) PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"level" "naf_level" NOT NULL,
	"parent_code" varchar(6),
	"section" varchar(1) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"siren" varchar(9) NOT NULL,
	"siret" varchar(14) NOT NULL,
	"legal_name" text NOT NULL,
	"trade_name" text,
	"naf_code" varchar(6) NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"headcount_band" varchar(2) DEFAULT 'NN' NOT NULL,
	"sector" "company_sector" DEFAULT 'private' NOT NULL,
	"description" text,
	"website" text,
	"is_large_buyer" boolean DEFAULT false NOT NULL,
	"verified_at" timestamp with time zone,
	"suspended_at" timestamp with time zone,
	"suspension_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"role" "membership_role" DEFAULT 'member' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" varchar(254) NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"job_title" text,
	"password_hash" text NOT NULL,
	"platform_role" "platform_role" DEFAULT 'user' NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "charter_signatures" (
	"id" serial PRIMARY KEY NOT NULL,
	"company_id" uuid NOT NULL,
	"charter_version_id" integer NOT NULL,
	"signed_by_user_id" uuid,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "charter_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"version" varchar(20) NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"action" varchar(64) NOT NULL,
	"object_type" varchar(32) NOT NULL,
	"object_id" text NOT NULL,
	"company_id" uuid,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "app_meta" (
	"key" varchar(64) PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_epci_code_epcis_code_fk" FOREIGN KEY ("epci_code") REFERENCES "public"."epcis"("code") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_naf_code_naf_codes_code_fk" FOREIGN KEY ("naf_code") REFERENCES "public"."naf_codes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_commune_code_communes_insee_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("insee_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charter_signatures" ADD CONSTRAINT "charter_signatures_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charter_signatures" ADD CONSTRAINT "charter_signatures_charter_version_id_charter_versions_id_fk" FOREIGN KEY ("charter_version_id") REFERENCES "public"."charter_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charter_signatures" ADD CONSTRAINT "charter_signatures_signed_by_user_id_users_id_fk" FOREIGN KEY ("signed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "communes_epci_idx" ON "communes" USING btree ("epci_code");--> statement-breakpoint
CREATE INDEX "naf_codes_level_idx" ON "naf_codes" USING btree ("level");--> statement-breakpoint
CREATE UNIQUE INDEX "companies_siret_uq" ON "companies" USING btree ("siret");--> statement-breakpoint
CREATE INDEX "companies_siren_idx" ON "companies" USING btree ("siren");--> statement-breakpoint
CREATE INDEX "companies_commune_idx" ON "companies" USING btree ("commune_code");--> statement-breakpoint
CREATE INDEX "companies_naf_idx" ON "companies" USING btree ("naf_code");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_user_company_uq" ON "memberships" USING btree ("user_id","company_id");--> statement-breakpoint
CREATE INDEX "memberships_company_idx" ON "memberships" USING btree ("company_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_uq" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "charter_signatures_company_version_uq" ON "charter_signatures" USING btree ("company_id","charter_version_id");--> statement-breakpoint
CREATE INDEX "charter_signatures_version_idx" ON "charter_signatures" USING btree ("charter_version_id");--> statement-breakpoint
CREATE UNIQUE INDEX "charter_versions_version_uq" ON "charter_versions" USING btree ("version");--> statement-breakpoint
CREATE INDEX "audit_log_company_at_idx" ON "audit_log" USING btree ("company_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_object_idx" ON "audit_log" USING btree ("object_type","object_id","at");