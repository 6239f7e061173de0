-- Open-innovation challenges and skills sponsorship (issue 19): challenges (on the needs' status enum and
-- life cycle), NDA acceptances, applications and their questions; skills offers, requests, missions with
-- their weeks and reviews; the SIRENE creation date of companies (« jeune entreprise »); two new kinds of
-- attached files. Written by hand from db/schema/challenges.ts and db/schema/skills.ts.
ALTER TYPE "public"."file_object_type" ADD VALUE IF NOT EXISTS 'challenge';--> statement-breakpoint
ALTER TYPE "public"."file_object_type" ADD VALUE IF NOT EXISTS 'challenge_application';--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "founded_on" date;--> statement-breakpoint
CREATE TYPE "public"."challenge_maturity" AS ENUM('idea', 'prototype', 'product');--> statement-breakpoint
CREATE TYPE "public"."challenge_reward" AS ENUM('paid_poc', 'pilot', 'contract');--> statement-breakpoint
CREATE TYPE "public"."challenge_budget_band" AS ENUM('lt_10k', '10k_50k', '50k_150k', 'gt_150k');--> statement-breakpoint
CREATE TYPE "public"."challenge_application_status" AS ENUM('submitted', 'shortlisted', 'selected', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."challenge_outcome" AS ENUM('poc_signed', 'contract_signed', 'none');--> statement-breakpoint
CREATE TYPE "public"."skill_seniority" AS ENUM('junior', 'confirmed', 'senior', 'expert');--> statement-breakpoint
CREATE TYPE "public"."skill_work_mode" AS ENUM('on_site', 'remote', 'hybrid');--> statement-breakpoint
CREATE TYPE "public"."skill_post_status" AS ENUM('open', 'paired', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."skill_mission_status" AS ENUM('proposed', 'validated', 'refused', 'active', 'completed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."skill_review_stage" AS ENUM('mid', 'final');--> statement-breakpoint
CREATE TYPE "public"."skill_review_side" AS ENUM('sponsor', 'beneficiary');--> statement-breakpoint
CREATE TABLE "challenges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE cascade,
	"created_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"problem" text NOT NULL,
	"context" text DEFAULT '' NOT NULL,
	"expected_solution" text NOT NULL,
	"maturity" "challenge_maturity" NOT NULL,
	"reward" "challenge_reward" NOT NULL,
	"budget_band" "challenge_budget_band" NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"confidential" boolean DEFAULT false NOT NULL,
	"nda_text" text,
	"open_to_young" boolean DEFAULT true NOT NULL,
	"status" "need_status" DEFAULT 'draft' NOT NULL,
	"moderation_note" text,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"changes_requested_at" timestamp with time zone,
	"rejected_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"awarded_at" timestamp with time zone,
	"unsuccessful_at" timestamp with time zone,
	"outcome" "challenge_outcome",
	"poc_amount_eur" integer,
	"contract_amount_eur" integer,
	"outcome_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "challenges_nda_ck" CHECK (not "confidential" or "nda_text" is not null)
);--> statement-breakpoint
CREATE INDEX "challenges_status_idx" ON "challenges" ("status", "deadline");--> statement-breakpoint
CREATE INDEX "challenges_company_idx" ON "challenges" ("company_id");--> statement-breakpoint
CREATE TABLE "challenge_nda_acceptances" (
	"challenge_id" uuid NOT NULL REFERENCES "challenges"("id") ON DELETE cascade,
	"company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE cascade,
	"user_id" uuid REFERENCES "users"("id") ON DELETE set null,
	"accepted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "challenge_nda_acceptances_challenge_id_company_id_pk" PRIMARY KEY("challenge_id", "company_id")
);--> statement-breakpoint
CREATE TABLE "challenge_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"challenge_id" uuid NOT NULL REFERENCES "challenges"("id") ON DELETE cascade,
	"company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE cascade,
	"created_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"solution" text NOT NULL,
	"trl" smallint NOT NULL,
	"team" text NOT NULL,
	"references" text DEFAULT '' NOT NULL,
	"video_url" text,
	"status" "challenge_application_status" DEFAULT 'submitted' NOT NULL,
	"pitch_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "challenge_applications_trl_ck" CHECK ("trl" between 1 and 9)
);--> statement-breakpoint
CREATE UNIQUE INDEX "challenge_applications_uq" ON "challenge_applications" ("challenge_id", "company_id");--> statement-breakpoint
CREATE INDEX "challenge_applications_company_idx" ON "challenge_applications" ("company_id");--> statement-breakpoint
CREATE TABLE "challenge_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL REFERENCES "challenge_applications"("id") ON DELETE cascade,
	"asked_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"question" text NOT NULL,
	"answer" text,
	"answered_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE INDEX "challenge_questions_application_idx" ON "challenge_questions" ("application_id", "created_at");--> statement-breakpoint
CREATE TABLE "skill_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE cascade,
	"created_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"skill" text NOT NULL,
	"profession" text NOT NULL,
	"seniority" "skill_seniority" NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"days_per_week" smallint NOT NULL,
	"duration_weeks" smallint NOT NULL,
	"available_from" date NOT NULL,
	"work_mode" "skill_work_mode" NOT NULL,
	"commune_code" varchar(5) NOT NULL REFERENCES "communes"("insee_code"),
	"daily_cost_eur" integer NOT NULL,
	"status" "skill_post_status" DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skill_offers_days_ck" CHECK ("days_per_week" between 1 and 5 and "duration_weeks" between 1 and 104)
);--> statement-breakpoint
CREATE INDEX "skill_offers_status_idx" ON "skill_offers" ("status", "created_at");--> statement-breakpoint
CREATE INDEX "skill_offers_company_idx" ON "skill_offers" ("company_id");--> statement-breakpoint
CREATE TABLE "skill_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE cascade,
	"created_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"skill" text NOT NULL,
	"purpose" text NOT NULL,
	"days_per_week" smallint NOT NULL,
	"duration_weeks" smallint NOT NULL,
	"start_from" date NOT NULL,
	"work_mode" "skill_work_mode" NOT NULL,
	"commune_code" varchar(5) NOT NULL REFERENCES "communes"("insee_code"),
	"status" "skill_post_status" DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skill_requests_days_ck" CHECK ("days_per_week" between 1 and 5 and "duration_weeks" between 1 and 104)
);--> statement-breakpoint
CREATE INDEX "skill_requests_status_idx" ON "skill_requests" ("status", "created_at");--> statement-breakpoint
CREATE INDEX "skill_requests_company_idx" ON "skill_requests" ("company_id");--> statement-breakpoint
CREATE TABLE "skill_missions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL REFERENCES "skill_offers"("id") ON DELETE restrict,
	"request_id" uuid NOT NULL REFERENCES "skill_requests"("id") ON DELETE restrict,
	"status" "skill_mission_status" DEFAULT 'proposed' NOT NULL,
	"score" numeric(6, 4),
	"reasons" text[] DEFAULT '{}' NOT NULL,
	"proposed_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"decided_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"starts_on" date,
	"ends_on" date,
	"daily_cost_eur" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE UNIQUE INDEX "skill_missions_pair_uq" ON "skill_missions" ("offer_id", "request_id");--> statement-breakpoint
CREATE INDEX "skill_missions_status_idx" ON "skill_missions" ("status", "created_at");--> statement-breakpoint
CREATE INDEX "skill_missions_request_idx" ON "skill_missions" ("request_id");--> statement-breakpoint
CREATE TABLE "skill_mission_weeks" (
	"mission_id" uuid NOT NULL REFERENCES "skill_missions"("id") ON DELETE cascade,
	"week_start" date NOT NULL,
	"days" numeric(3, 1) NOT NULL,
	"logged_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"logged_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skill_mission_weeks_mission_id_week_start_pk" PRIMARY KEY("mission_id", "week_start"),
	CONSTRAINT "skill_mission_weeks_days_ck" CHECK ("days" > 0 and "days" <= 7)
);--> statement-breakpoint
CREATE TABLE "skill_mission_reviews" (
	"mission_id" uuid NOT NULL REFERENCES "skill_missions"("id") ON DELETE cascade,
	"stage" "skill_review_stage" NOT NULL,
	"side" "skill_review_side" NOT NULL,
	"rating" smallint NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"author_id" uuid REFERENCES "users"("id") ON DELETE set null,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skill_mission_reviews_mission_id_stage_side_pk" PRIMARY KEY("mission_id", "stage", "side"),
	CONSTRAINT "skill_mission_reviews_rating_ck" CHECK ("rating" between 1 and 5)
);
