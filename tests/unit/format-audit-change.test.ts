/** The audit journal's « Avant → après » in French words, field by field (lib/audit/describe-change.ts). */
import { describe, expect, it } from "vitest";
import { describeChange, describeValue } from "@/lib/audit/describe-change";

const plain = (s: string | null) => s?.replace(/[\u00a0\u202f]/g, " ") ?? null;

describe("describeChange", () => {
  it("lists only the fields that changed, with French labels and status names", () => {
    const changes = describeChange(
      { status: "submitted", title: "Entretien des espaces verts" },
      { status: "published", title: "Entretien des espaces verts" },
    );
    expect(changes).toEqual([{ field: "status", label: "Statut", before: "En attente de validation", after: "Publié" }]);
  });

  it("writes euros as money, dates in French, lists by size, and a creation without « before »", () => {
    const changes = describeChange(null, { budgetMaxEur: 15000, responseDeadline: "2026-12-24T17:00:00.000Z", partners: ["a", "b"] });
    expect(changes.map((c) => [c.label, c.before, plain(c.after)])).toEqual([
      ["Budget maximum", null, "15 000 €"],
      ["Date limite de réponse", null, "24 décembre 2026 à 18:00"],
      ["Partenaires", null, "2 éléments"],
    ]);
  });

  it("keeps unknown fields by name so nothing is hidden, and never prints raw JSON for known shapes", () => {
    expect(describeChange({ foo: 1 }, { foo: 2 })).toEqual([{ field: "foo", label: "foo", before: "1", after: "2" }]);
    expect(describeValue("isLargeBuyer", true)).toBe("oui");
    expect(describeValue("needId", "0b2c7a3e-1111-4222-8333-444455556666")).toBe("n° 0b2c7a3e");
    expect(describeChange({ status: "draft" }, { status: "draft" })).toEqual([]);
  });
});
