/** A stored need as the form's starting values. */
import type { LoadedNeed } from "@/lib/needs/reads";
import { parisDay } from "@/lib/dates";
import type { NeedFormDefaults } from "./need-form";

export function needFormDefaults(loaded: LoadedNeed): NeedFormDefaults {
  const n = loaded.need;
  return {
    title: n.title,
    description: n.description,
    kind: n.kind,
    quantities: n.quantities,
    nafCodes: loaded.activities.map((a) => ({ id: a.code, label: `${a.code} — ${a.label}` })),
    communeCode: n.communeCode,
    communeLabel: `${loaded.communeName}${loaded.postalCode ? ` (${loaded.postalCode})` : ""}`,
    perimeter: { kind: n.perimeterKind, radiusKm: n.perimeterRadiusKm, areas: loaded.areas.map((a) => ({ id: `${a.kind}:${a.code}`, label: a.name })) },
    budgetMinEur: n.budgetMinEur,
    budgetMaxEur: n.budgetMaxEur,
    responseDeadline: parisDay(n.responseDeadline),
    expectedStartDate: n.expectedStartDate,
    csrCriteria: n.csrCriteria,
    csrNotes: n.csrNotes,
    visibility: n.visibility,
    contactUserId: n.contactUserId,
  };
}
