CREATE TYPE "public"."area_kind" AS ENUM('radius', 'territory', 'areas');--> statement-breakpoint
CREATE TYPE "public"."verification_status" AS ENUM('pending', 'changes_requested', 'verified', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."file_object_type" AS ENUM('need', 'offer', 'company_logo', 'answer');--> statement-breakpoint
CREATE TYPE "public"."need_kind" AS ENUM('supplies', 'services', 'works');--> statement-breakpoint
CREATE TYPE "public"."need_status" AS ENUM('draft', 'submitted', 'changes_requested', 'rejected', 'published', 'closed', 'awarded', 'unsuccessful', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."need_visibility" AS ENUM('all_signatories', 'invited_only');--> statement-breakpoint
CREATE TYPE "public"."offer_status" AS ENUM('draft', 'submitted', 'changes_requested', 'rejected', 'published', 'archived');--> statement-breakpoint
CREATE TYPE "public"."email_status" AS ENUM('queued', 'sent', 'failed', 'suppressed');--> statement-breakpoint
CREATE TABLE "company_activities" (
	"company_id" uuid NOT NULL,
	"naf_code" varchar(6) NOT NULL,
	CONSTRAINT "company_activities_company_id_naf_code_pk" PRIMARY KEY("company_id","naf_code")
);
--> statement-breakpoint
CREATE TABLE "company_references" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"client_name" text NOT NULL,
	"year" smallint NOT NULL,
	"description" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "company_service_areas" (
	"company_id" uuid NOT NULL,
	"kind" varchar(8) NOT NULL,
	"code" varchar(9) NOT NULL,
	CONSTRAINT "company_service_areas_company_id_kind_code_pk" PRIMARY KEY("company_id","kind","code")
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"object_type" "file_object_type" NOT NULL,
	"object_id" uuid,
	"filename" text NOT NULL,
	"mime_type" varchar(120) NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_activities" (
	"need_id" uuid NOT NULL,
	"naf_code" varchar(6) NOT NULL,
	CONSTRAINT "need_activities_need_id_naf_code_pk" PRIMARY KEY("need_id","naf_code")
);
--> statement-breakpoint
CREATE TABLE "need_areas" (
	"need_id" uuid NOT NULL,
	"kind" varchar(8) NOT NULL,
	"code" varchar(9) NOT NULL,
	CONSTRAINT "need_areas_need_id_kind_code_pk" PRIMARY KEY("need_id","kind","code")
);
--> statement-breakpoint
CREATE TABLE "needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"created_by" uuid,
	"contact_user_id" uuid,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"kind" "need_kind" NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"perimeter_kind" "area_kind" DEFAULT 'radius' NOT NULL,
	"perimeter_radius_km" integer,
	"budget_min_eur" integer,
	"budget_max_eur" integer,
	"quantities" text,
	"response_deadline" timestamp with time zone NOT NULL,
	"expected_start_date" date,
	"csr_criteria" text[] DEFAULT '{}' NOT NULL,
	"csr_notes" text,
	"visibility" "need_visibility" DEFAULT 'all_signatories' NOT NULL,
	"status" "need_status" DEFAULT 'draft' NOT NULL,
	"moderation_note" text,
	"outcome_note" text,
	"duplicated_from_id" uuid,
	"import_batch_id" uuid,
	"submitted_at" timestamp with time zone,
	"changes_requested_at" timestamp with time zone,
	"rejected_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"awarded_at" timestamp with time zone,
	"unsuccessful_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offer_activities" (
	"offer_id" uuid NOT NULL,
	"naf_code" varchar(6) NOT NULL,
	CONSTRAINT "offer_activities_offer_id_naf_code_pk" PRIMARY KEY("offer_id","naf_code")
);
--> statement-breakpoint
CREATE TABLE "offer_areas" (
	"offer_id" uuid NOT NULL,
	"kind" varchar(8) NOT NULL,
	"code" varchar(9) NOT NULL,
	CONSTRAINT "offer_areas_offer_id_kind_code_pk" PRIMARY KEY("offer_id","kind","code")
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"created_by" uuid,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"price_indication" text,
	"area_kind" "area_kind" DEFAULT 'radius' NOT NULL,
	"area_radius_km" integer,
	"status" "offer_status" DEFAULT 'draft' NOT NULL,
	"moderation_note" text,
	"submitted_at" timestamp with time zone,
	"changes_requested_at" timestamp with time zone,
	"rejected_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to_address" varchar(254) NOT NULL,
	"to_user_id" uuid,
	"template" varchar(64) NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text NOT NULL,
	"status" "email_status" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"message_id" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "verification_status" "verification_status" DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "verification_note" text;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "contact_name" text;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "contact_email" varchar(254);--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "contact_phone" varchar(30);--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "certifications" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "service_area_kind" "area_kind" DEFAULT 'radius' NOT NULL;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "service_radius_km" integer DEFAULT 30;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "logo_file_id" uuid;--> statement-breakpoint
ALTER TABLE "company_activities" ADD CONSTRAINT "company_activities_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_activities" ADD CONSTRAINT "company_activities_naf_code_naf_codes_code_fk" FOREIGN KEY ("naf_code") REFERENCES "public"."naf_codes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_references" ADD CONSTRAINT "company_references_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_service_areas" ADD CONSTRAINT "company_service_areas_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_activities" ADD CONSTRAINT "need_activities_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_activities" ADD CONSTRAINT "need_activities_naf_code_naf_codes_code_fk" FOREIGN KEY ("naf_code") REFERENCES "public"."naf_codes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_areas" ADD CONSTRAINT "need_areas_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_contact_user_id_users_id_fk" FOREIGN KEY ("contact_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_commune_code_communes_insee_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("insee_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_activities" ADD CONSTRAINT "offer_activities_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_activities" ADD CONSTRAINT "offer_activities_naf_code_naf_codes_code_fk" FOREIGN KEY ("naf_code") REFERENCES "public"."naf_codes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_areas" ADD CONSTRAINT "offer_areas_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emails" ADD CONSTRAINT "emails_to_user_id_users_id_fk" FOREIGN KEY ("to_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "company_activities_naf_idx" ON "company_activities" USING btree ("naf_code");--> statement-breakpoint
CREATE INDEX "company_references_company_idx" ON "company_references" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "files_object_idx" ON "files" USING btree ("object_type","object_id");--> statement-breakpoint
CREATE INDEX "need_activities_naf_idx" ON "need_activities" USING btree ("naf_code");--> statement-breakpoint
CREATE INDEX "needs_company_status_idx" ON "needs" USING btree ("company_id","status","created_at");--> statement-breakpoint
CREATE INDEX "needs_status_idx" ON "needs" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "needs_deadline_idx" ON "needs" USING btree ("status","response_deadline");--> statement-breakpoint
CREATE INDEX "offer_activities_naf_idx" ON "offer_activities" USING btree ("naf_code");--> statement-breakpoint
CREATE INDEX "offers_company_status_idx" ON "offers" USING btree ("company_id","status");--> statement-breakpoint
CREATE INDEX "offers_status_idx" ON "offers" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "emails_created_idx" ON "emails" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "emails_status_idx" ON "emails" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "emails_user_idx" ON "emails" USING btree ("to_user_id","created_at");--> statement-breakpoint
CREATE INDEX "companies_verification_idx" ON "companies" USING btree ("verification_status");--> statement-breakpoint
-- Hand-written: companies verified before this migration keep their state.
UPDATE "companies" SET "verification_status" = 'verified' WHERE "verified_at" IS NOT NULL;
