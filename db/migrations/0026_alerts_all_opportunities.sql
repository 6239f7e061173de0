-- Hand-written (issue 19): the opportunity alerts of the two other axes. One alerts table for every kind of
-- opportunity, so one daily cap, one digest and one unsubscribe hold across needs, innovation challenges and
-- skills posts: an alert names exactly one need, challenge, expert offer or skill request. Each user chooses
-- whether challenges and skills posts reach them too (both on by default, like need alerts).
ALTER TABLE "need_alerts" ALTER COLUMN "need_id" DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE "need_alerts" ADD COLUMN "challenge_id" uuid REFERENCES "challenges"("id") ON DELETE cascade;
--> statement-breakpoint
ALTER TABLE "need_alerts" ADD COLUMN "skill_offer_id" uuid REFERENCES "skill_offers"("id") ON DELETE cascade;
--> statement-breakpoint
ALTER TABLE "need_alerts" ADD COLUMN "skill_request_id" uuid REFERENCES "skill_requests"("id") ON DELETE cascade;
--> statement-breakpoint
ALTER TABLE "need_alerts" ADD CONSTRAINT "need_alerts_one_object_ck" CHECK (num_nonnulls("need_id", "challenge_id", "skill_offer_id", "skill_request_id") = 1);
--> statement-breakpoint
CREATE UNIQUE INDEX "need_alerts_challenge_user_uq" ON "need_alerts" USING btree ("challenge_id", "user_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "need_alerts_skill_offer_user_uq" ON "need_alerts" USING btree ("skill_offer_id", "user_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "need_alerts_skill_request_user_uq" ON "need_alerts" USING btree ("skill_request_id", "user_id");
--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD COLUMN "challenge_alerts" boolean DEFAULT true NOT NULL;
--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD COLUMN "skill_alerts" boolean DEFAULT true NOT NULL;
