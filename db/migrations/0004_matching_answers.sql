CREATE TYPE "public"."company_source" AS ENUM('signup', 'sirene');--> statement-breakpoint
CREATE TYPE "public"."alert_mode" AS ENUM('immediate', 'daily', 'off');--> statement-breakpoint
CREATE TYPE "public"."alert_status" AS ENUM('queued', 'sent', 'digest', 'capped', 'skipped');--> statement-breakpoint
CREATE TYPE "public"."invitation_status" AS ENUM('sent', 'opened', 'interested', 'not_interested', 'answered');--> statement-breakpoint
CREATE TYPE "public"."answer_status" AS ENUM('interested', 'submitted', 'withdrawn', 'shortlisted', 'awarded', 'not_retained');--> statement-breakpoint
CREATE TYPE "public"."follow_up_outcome" AS ENUM('yes', 'not_yet', 'no');--> statement-breakpoint
CREATE TYPE "public"."partner_status" AS ENUM('pending', 'accepted', 'declined');--> statement-breakpoint
CREATE TABLE "matching_weights" (
	"id" serial PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"weights" jsonb NOT NULL,
	"alert_threshold" real DEFAULT 0.55 NOT NULL,
	"distance_half_km" real DEFAULT 25 NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"score" real NOT NULL,
	"status" "alert_status" DEFAULT 'queued' NOT NULL,
	"declined_at" timestamp with time zone,
	"decline_reason" varchar(200),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"digested_at" timestamp with time zone,
	"reminded" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"invited_by" uuid,
	"status" "invitation_status" DEFAULT 'sent' NOT NULL,
	"decline_reason" text,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_at" timestamp with time zone,
	"responded_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "need_matches" (
	"need_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"rank" integer NOT NULL,
	"score" real NOT NULL,
	"parts" jsonb NOT NULL,
	"weights_version" integer NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"mode" "alert_mode" DEFAULT 'immediate' NOT NULL,
	"daily_cap" integer DEFAULT 5 NOT NULL,
	"min_score" real,
	"unsubscribed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "answer_partners" (
	"answer_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"status" "partner_status" DEFAULT 'pending' NOT NULL,
	"share_percent" smallint,
	"responded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"created_by" uuid,
	"status" "answer_status" DEFAULT 'interested' NOT NULL,
	"price_eur" numeric(14, 2),
	"unit_price_eur" numeric(14, 2),
	"quantity" numeric(14, 3),
	"lead_time_days" integer,
	"validity_days" integer,
	"message" text,
	"feedback" text,
	"submitted_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "awards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid NOT NULL,
	"answer_id" uuid,
	"buyer_company_id" uuid NOT NULL,
	"supplier_company_id" uuid NOT NULL,
	"amount_eur" numeric(14, 2) NOT NULL,
	"awarded_on" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"side" text NOT NULL,
	"outcome" "follow_up_outcome",
	"amount_eur" numeric(14, 2),
	"reason" text,
	"asked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"asked_by" uuid,
	"question" text NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"published" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supplier_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid NOT NULL,
	"supplier_company_id" uuid NOT NULL,
	"buyer_company_id" uuid NOT NULL,
	"rating" smallint NOT NULL,
	"comment" text,
	"rated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "source" "company_source" DEFAULT 'signup' NOT NULL;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "administrative_state" varchar(1) DEFAULT 'A' NOT NULL;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "sirene_updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "matching_weights" ADD CONSTRAINT "matching_weights_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_alerts" ADD CONSTRAINT "need_alerts_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_alerts" ADD CONSTRAINT "need_alerts_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_alerts" ADD CONSTRAINT "need_alerts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_invitations" ADD CONSTRAINT "need_invitations_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_invitations" ADD CONSTRAINT "need_invitations_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_invitations" ADD CONSTRAINT "need_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_matches" ADD CONSTRAINT "need_matches_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_matches" ADD CONSTRAINT "need_matches_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_partners" ADD CONSTRAINT "answer_partners_answer_id_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_partners" ADD CONSTRAINT "answer_partners_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_answer_id_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."answers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_buyer_company_id_companies_id_fk" FOREIGN KEY ("buyer_company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_supplier_company_id_companies_id_fk" FOREIGN KEY ("supplier_company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_asked_by_users_id_fk" FOREIGN KEY ("asked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_ratings" ADD CONSTRAINT "supplier_ratings_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_ratings" ADD CONSTRAINT "supplier_ratings_supplier_company_id_companies_id_fk" FOREIGN KEY ("supplier_company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_ratings" ADD CONSTRAINT "supplier_ratings_buyer_company_id_companies_id_fk" FOREIGN KEY ("buyer_company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_ratings" ADD CONSTRAINT "supplier_ratings_rated_by_users_id_fk" FOREIGN KEY ("rated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "matching_weights_version_uq" ON "matching_weights" USING btree ("version");--> statement-breakpoint
CREATE UNIQUE INDEX "need_alerts_need_user_uq" ON "need_alerts" USING btree ("need_id","user_id");--> statement-breakpoint
CREATE INDEX "need_alerts_user_created_idx" ON "need_alerts" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "need_invitations_need_company_uq" ON "need_invitations" USING btree ("need_id","company_id");--> statement-breakpoint
CREATE INDEX "need_invitations_company_idx" ON "need_invitations" USING btree ("company_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "need_matches_need_company_uq" ON "need_matches" USING btree ("need_id","company_id");--> statement-breakpoint
CREATE INDEX "need_matches_company_score_idx" ON "need_matches" USING btree ("company_id","score");--> statement-breakpoint
CREATE UNIQUE INDEX "answer_partners_uq" ON "answer_partners" USING btree ("answer_id","company_id");--> statement-breakpoint
CREATE INDEX "answer_partners_company_idx" ON "answer_partners" USING btree ("company_id");--> statement-breakpoint
CREATE UNIQUE INDEX "answers_need_company_uq" ON "answers" USING btree ("need_id","company_id");--> statement-breakpoint
CREATE INDEX "answers_company_idx" ON "answers" USING btree ("company_id","status");--> statement-breakpoint
CREATE INDEX "awards_buyer_idx" ON "awards" USING btree ("buyer_company_id","awarded_on");--> statement-breakpoint
CREATE INDEX "awards_supplier_idx" ON "awards" USING btree ("supplier_company_id","awarded_on");--> statement-breakpoint
CREATE INDEX "awards_need_idx" ON "awards" USING btree ("need_id");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_ups_need_company_uq" ON "follow_ups" USING btree ("need_id","company_id");--> statement-breakpoint
CREATE INDEX "questions_need_idx" ON "questions" USING btree ("need_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "supplier_ratings_need_supplier_uq" ON "supplier_ratings" USING btree ("need_id","supplier_company_id");--> statement-breakpoint
-- Hand-written: the first weights version (documented in docs/MATCHING.md); staff publish new versions.
INSERT INTO "matching_weights" ("version", "weights", "alert_threshold", "distance_half_km", "note")
VALUES (1, '{"activity":0.30,"text":0.15,"distance":0.20,"locality":0.10,"size":0.10,"trust":0.07,"responsiveness":0.08}', 0.55, 25,
  'Version initiale : activité et proximité d''abord, puis pertinence du texte, taille, confiance et réactivité.')
ON CONFLICT DO NOTHING;
