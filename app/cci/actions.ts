"use server";
/** Staff decisions on companies. Each action authorizes on the server inside the service. */
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { formAction } from "@/lib/actions/client";
import { setLargeBuyer, verifyCompany } from "@/lib/companies/staff-decisions";
import { z } from "@/lib/validation/zod";

const ZLargeBuyer = z.object({ companyId: z.uuid(), value: z.enum(["true", "false"]) }).strict();
const ZVerify = z.object({ companyId: z.uuid() }).strict();

export const setLargeBuyerAction = formAction(ZLargeBuyer, async (input, { actor }) => {
  const company = await setLargeBuyer(getDb(), actor, input.companyId, input.value === "true");
  revalidatePath("/cci/entreprises");
  return { ok: true, message: company.isLargeBuyer ? `${company.legalName} est désormais donneur d'ordre.` : `${company.legalName} n'est plus donneur d'ordre.` };
});

export const verifyCompanyAction = formAction(ZVerify, async (input, { actor }) => {
  const company = await verifyCompany(getDb(), actor, input.companyId);
  revalidatePath("/cci/entreprises");
  revalidatePath("/cci");
  return { ok: true, message: `${company.legalName} est vérifiée.` };
});
