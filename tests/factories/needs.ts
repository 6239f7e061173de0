/** Valid need inputs (as the form sends them), parsed by the real schema. */
import { needInputSchema, type NeedInput } from "@/lib/needs/need-schema";
import { parisDay } from "@/lib/dates";

export const inDays = (days: number, from = new Date()) => parisDay(new Date(from.getTime() + days * 86_400_000));

export function needFormValues(contactUserId: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: "Entretien des espaces verts du site de Rousset",
    description: "Tonte, taille des haies et ramassage des feuilles sur 2 hectares, une fois par mois.",
    kind: "services",
    nafCodes: ["81.30Z"],
    communeCode: "13087",
    perimeterKind: "radius",
    perimeterRadiusKm: "30",
    perimeterAreas: [],
    budgetMinEur: "8000",
    budgetMaxEur: "15000",
    quantities: "12 passages par an",
    responseDeadline: inDays(20),
    expectedStartDate: inDays(40),
    csrCriteria: ["insertion"],
    csrNotes: "",
    visibility: "all_signatories",
    contactUserId,
    ...over,
  };
}

export function needInput(contactUserId: string, over: Record<string, unknown> = {}, now = new Date()): NeedInput {
  return needInputSchema(now).parse(needFormValues(contactUserId, over));
}
