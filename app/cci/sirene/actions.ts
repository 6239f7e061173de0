"use server";
/** Staff actions on SIRENE imports: resume one a crash interrupted. */
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { userAction } from "@/lib/actions/client";
import { resumeSireneImport } from "@/lib/sirene/resume";
import { z } from "@/lib/validation/zod";

const ZResume = z.object({ importId: z.uuid() }).strict();

export const resumeSireneImportAction = userAction(ZResume, async (input, { actor }) => {
  await resumeSireneImport(getDb(), actor, input.importId);
  // Back on the import: the page renders it "queued" and the status view follows it again.
  redirect(`/cci/sirene?import=${input.importId}`);
});
