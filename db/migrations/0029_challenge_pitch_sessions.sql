-- Hand-written (issue 19): a challenge's pitch slot may be taken within a session of a business-meetings
-- event (lib/challenges/pitch.ts checks the event is published and the time falls inside the session).
-- Removing the session keeps the time and forgets the session.
ALTER TABLE "challenge_applications" ADD COLUMN "pitch_session_id" uuid REFERENCES "event_sessions"("id") ON DELETE set null;
--> statement-breakpoint
-- the pitches held in a session (its removal sets them free)
CREATE INDEX "challenge_applications_pitch_session_idx" ON "challenge_applications" ("pitch_session_id") WHERE "pitch_session_id" IS NOT NULL;
