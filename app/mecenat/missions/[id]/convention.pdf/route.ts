/** The mission agreement (PDF) for the mission's two companies and staff (lib/skills/agreement-pdf.tsx). */
import { getDb } from "@/lib/db";
import { contentDisposition } from "@/lib/files/content-disposition";
import { route } from "@/lib/http/route";
import { missionAgreementPdf } from "@/lib/skills/agreement-pdf";
import { z } from "@/lib/validation/zod";

// A mission the caller is not party to answers like an unknown one.
export const GET = route({ auth: "required", notFound: "Mission introuvable.", params: z.object({ id: z.uuid() }) }, async ({ actor, params }) => {
  const pdf = await missionAgreementPdf(getDb(), actor, params.id);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": contentDisposition("attachment", `convention-mecenat-${params.id.slice(0, 8)}.pdf`),
      "Cache-Control": "private, no-store",
    },
  });
});
