-- Hand-written (issue 18): non-members register for an event with a SIRET, without an account. A guest
-- registration holds the establishment (the directory's company when its SIRET is known), the person and
-- the consent; it takes a place in the event and is listed to staff as « non membre ». The person is
-- invited by e-mail to sign the charter (sign-up); once the company is a member and registers for the
-- event, its guest registration is replaced by the member registration (lib/events/guests.ts).
CREATE TABLE "event_guest_registrations" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "event_id" uuid NOT NULL REFERENCES "events"("id") ON DELETE cascade,
  "siret" varchar(14) NOT NULL,
  "company_id" uuid REFERENCES "companies"("id") ON DELETE set null,
  "company_name" text NOT NULL,
  "role" "event_role" NOT NULL,
  "first_name" text NOT NULL,
  "last_name" text NOT NULL,
  "email" varchar(254) NOT NULL,
  "consented_at" timestamp with time zone NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "event_guest_registrations_siret_ck" CHECK ("siret" ~ '^[0-9]{14}$')
);
--> statement-breakpoint
-- one registration per establishment and event (the duplicate check's last word under a race)
CREATE UNIQUE INDEX "event_guest_registrations_siret_uq" ON "event_guest_registrations" USING btree ("event_id", "siret");
