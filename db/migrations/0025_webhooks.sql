-- Hand-written (issue 20, part 5): webhooks of the public API. A company's admins register endpoints
-- (HTTPS URL, events, signing secret, threshold for matching needs); each event is written as one delivery
-- per endpoint, in the transaction of the change that causes it, and sent by the `deliver_webhook` job with
-- retries. The deliveries and their attempts are the log an admin reads and replays from.
CREATE TYPE "public"."webhook_event_type" AS ENUM('need.published_match', 'answer.received', 'award.decided', 'question.answered');
--> statement-breakpoint
CREATE TYPE "public"."webhook_delivery_status" AS ENUM('pending', 'succeeded', 'failed');
--> statement-breakpoint
CREATE TABLE "webhook_endpoints" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE cascade,
  "url" varchar(2000) NOT NULL,
  "description" varchar(200),
  "events" "webhook_event_type"[] NOT NULL,
  -- Kept as issued: an HMAC needs the raw key (see db/schema/webhooks.ts); never shown after creation.
  "secret" varchar(100) NOT NULL,
  "secret_prefix" varchar(16) NOT NULL,
  "min_score" real NOT NULL,
  "enabled" boolean DEFAULT true NOT NULL,
  "disabled_at" timestamp with time zone,
  "disabled_reason" varchar(200),
  "failure_count" integer DEFAULT 0 NOT NULL,
  "created_by" uuid REFERENCES "users"("id") ON DELETE set null,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "webhook_endpoints_events_ck" CHECK (cardinality("events") > 0),
  CONSTRAINT "webhook_endpoints_min_score_ck" CHECK ("min_score" >= 0 AND "min_score" <= 1)
);
--> statement-breakpoint
CREATE INDEX "webhook_endpoints_company_idx" ON "webhook_endpoints" USING btree ("company_id", "created_at");
--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "endpoint_id" uuid NOT NULL REFERENCES "webhook_endpoints"("id") ON DELETE cascade,
  "event_type" "webhook_event_type" NOT NULL,
  "event_id" varchar(200) NOT NULL,
  "payload" jsonb NOT NULL,
  "status" "webhook_delivery_status" DEFAULT 'pending' NOT NULL,
  "attempts" integer DEFAULT 0 NOT NULL,
  "last_status" integer,
  "last_error" text,
  "last_attempt_at" timestamp with time zone,
  "succeeded_at" timestamp with time zone,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_deliveries_event_uq" ON "webhook_deliveries" USING btree ("endpoint_id", "event_id");
--> statement-breakpoint
CREATE INDEX "webhook_deliveries_endpoint_idx" ON "webhook_deliveries" USING btree ("endpoint_id", "created_at");
--> statement-breakpoint
CREATE TABLE "webhook_delivery_attempts" (
  "id" bigserial PRIMARY KEY NOT NULL,
  "delivery_id" uuid NOT NULL REFERENCES "webhook_deliveries"("id") ON DELETE cascade,
  "attempted_at" timestamp with time zone DEFAULT now() NOT NULL,
  "response_status" integer,
  "error" text,
  "duration_ms" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "webhook_delivery_attempts_delivery_idx" ON "webhook_delivery_attempts" USING btree ("delivery_id", "attempted_at");
