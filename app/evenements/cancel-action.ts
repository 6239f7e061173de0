"use server";
/** A participant withdraws its own meeting request (lib/events/requests.ts checks it is its own). */
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { formAction } from "@/lib/actions/client";
import { cancelMeetingRequest } from "@/lib/events/requests";
import { z } from "@/lib/validation/zod";

const ZCancel = z.object({ requestId: z.uuid(), eventId: z.uuid() }).strict();
export const cancelRequestAction = formAction(ZCancel, async ({ requestId, eventId }, { actor }) => {
  await cancelMeetingRequest(getDb(), actor, requestId);
  redirect(`/evenements/${eventId}/espace?fait=annulee`);
});
