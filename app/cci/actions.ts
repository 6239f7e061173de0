"use server";
/**
 * Staff decisions on companies. Each service authorizes on the server. After a decision the list is
 * reloaded with a banner saying what was done (the row may leave a filtered list, so it cannot say it).
 */
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { userAction } from "@/lib/actions/client";
import { safeRedirectPath } from "@/lib/accounts/sign-in-schema";
import { setLargeBuyer, setSuspended, verifyCompany } from "@/lib/companies/staff-decisions";
import { z, zString } from "@/lib/validation/zod";

const ZLargeBuyer = z.object({ companyId: z.uuid(), value: z.enum(["true", "false"]), returnTo: z.string().max(300).optional() }).strict();
const ZVerify = z.object({ companyId: z.uuid(), returnTo: z.string().max(300).optional() }).strict();

const ZSuspend = z
  .object({
    companyId: z.uuid(),
    value: z.enum(["true", "false"]),
    reason: zString(undefined, { multiline: true }).trim().max(1000).optional(),
    returnTo: z.string().max(300).optional(),
  })
  .strict();

function backTo(returnTo: string | undefined, decision: string, companyId: string): never {
  const url = new URL(safeRedirectPath(returnTo, "/cci/entreprises"), "http://x");
  url.searchParams.set("decision", decision);
  url.searchParams.set("entreprise", companyId);
  redirect(url.pathname + url.search);
}

export const setLargeBuyerAction = userAction(ZLargeBuyer, async (input, { actor }) => {
  const company = await setLargeBuyer(getDb(), actor, input.companyId, input.value === "true");
  backTo(input.returnTo, company.isLargeBuyer ? "flagged" : "unflagged", company.id);
});

export const verifyCompanyAction = userAction(ZVerify, async (input, { actor }) => {
  const company = await verifyCompany(getDb(), actor, input.companyId);
  backTo(input.returnTo, "verified", company.id);
});

export const setSuspendedAction = userAction(ZSuspend, async (input, { actor }) => {
  const company = await setSuspended(getDb(), actor, input.companyId, input.value === "true", input.reason);
  backTo(input.returnTo, company.suspendedAt ? "suspended" : "reinstated", company.id);
});
