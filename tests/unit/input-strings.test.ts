import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INVALID_CHARACTER, zOptionalText, zString, zText } from "@/lib/validation/zod";
import { zIsoDate } from "@/lib/validation/dates";
import { needInputSchema } from "@/lib/needs/need-schema";
import { ZOfferInput } from "@/lib/offers/offer-schema";
import { profileInputSchema } from "@/lib/companies/profile-schema";
import { awardInputSchema, ZQuestionReply } from "@/lib/answers/decision-schema";
import { escapeLike } from "@/db/queries/like";
import { needFormValues } from "../factories/needs";
import { offerFormValues, profileFormValues } from "../factories/offers";

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const USER = "3f0c1e4a-8a55-4c57-9d39-0f1b1f5a9b11";

describe("text fields", () => {
  it("refuse NUL with a French field error", () => {
    expect(zText("Le titre", 5, 150).safeParse("Entretien\u0000 espaces verts").error?.issues[0].message).toBe(INVALID_CHARACTER);
    expect(zOptionalText(100).safeParse("\u0000").error?.issues[0].message).toBe(INVALID_CHARACTER);
  });

  it("strip other control characters; multi-line text keeps line breaks and tabs, CRLF folded", () => {
    expect(zText("Le titre", 1, 150).parse("Tonte\u0001 des\u0085 haies\u001b")).toBe("Tonte des haies");
    expect(zText("Le titre", 1, 150).parse("Tonte\r\ndes\thaies")).toBe("Tonte des haies");
    expect(zText("La description", 1, 500, { multiline: true }).parse("Ligne 1\r\nLigne\t2\u000b\rFin")).toBe("Ligne 1\nLigne\t2\nFin");
  });

  it("property: whatever is typed, a field either refuses it (NUL) or holds no control character but \\n and \\t", () => {
    const hostile = fc.string({
      unit: fc.oneof(
        fc.constantFrom("\u0000", "\u0001", "\u0002", "\r", "\n", "\t", "\u007f", "\u0085", "\u009b", "\u202e", "\ud800"),
        fc.string({ unit: "binary", maxLength: 1 }),
      ),
    });
    fc.assert(
      fc.property(hostile, fc.boolean(), (s, multiline) => {
        const r = zString(undefined, { multiline }).safeParse(s);
        if (s.includes("\u0000")) {
          expect(r.error?.issues[0].message).toBe(INVALID_CHARACTER);
        } else {
          expect(r.success).toBe(true);
          expect(r.data).not.toMatch(CONTROL);
          if (!multiline) expect(r.data).not.toMatch(/[\r\n\t]/);
          else expect(r.data).not.toMatch(/\r/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("every form schema in lib refuses NUL in its free-text fields", () => {
    const nul = "Texte avec un \u0000 au milieu, assez long pour passer";
    const checks: [string, { safeParse: (v: unknown) => { error?: { issues: { path: PropertyKey[]; message: string }[] } } }, Record<string, unknown>][] = [
      ["title", needInputSchema(), needFormValues(USER, { title: nul })],
      ["description", needInputSchema(), needFormValues(USER, { description: nul })],
      ["csrNotes", needInputSchema(), needFormValues(USER, { csrNotes: nul })],
      ["title", ZOfferInput, offerFormValues({ title: nul })],
      ["priceIndication", ZOfferInput, offerFormValues({ priceIndication: nul })],
      ["description", profileInputSchema(), profileFormValues({ description: nul })],
      ["answer", ZQuestionReply, { questionId: USER, answer: nul }],
    ];
    for (const [field, schema, values] of checks) {
      const issue = schema.safeParse(values).error?.issues.find((i) => i.path[0] === field);
      expect(issue?.message, field).toBe(INVALID_CHARACTER);
    }
  });
});

describe("dates", () => {
  const now = new Date("2026-05-01T10:00:00Z");

  it("a need's deadline stays within five years, and after today", () => {
    const deadline = (responseDeadline: string) => needInputSchema(now).safeParse(needFormValues(USER, { responseDeadline, expectedStartDate: "" }));
    expect(deadline("9999-12-31").error?.issues[0].message).toBe("La date limite de réponse ne peut pas dépasser le 01/05/2031 (5 ans au plus).");
    expect(deadline("2026-05-01").error?.issues[0].message).toBe("La date limite de réponse doit être postérieure à aujourd'hui.");
    expect(deadline("2031-05-01").success).toBe(true);
  });

  it("an award date is not before 2000 nor in the future", () => {
    const base = { needId: USER, answerIds: [USER], amounts: ["100"], feedbacks: [""], award: [USER] };
    expect(awardInputSchema(now).safeParse({ ...base, awardedOn: "1999-12-31" }).error?.issues[0].message).toBe(
      "La date d'attribution ne peut pas être antérieure au 01/01/2000.",
    );
    expect(awardInputSchema(now).safeParse({ ...base, awardedOn: "2026-05-02" }).error?.issues[0].message).toBe(
      "La date d'attribution ne peut pas être dans le futur.",
    );
    expect(awardInputSchema(now).safeParse({ ...base, awardedOn: "2026-05-01" }).success).toBe(true);
  });

  it("property: any date string parsed is a real date within [2000-01-01, now + 5 years]", () => {
    const schema = zIsoDate("La date", now);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
          fc.string(),
        ),
        (s) => {
          const r = schema.safeParse(s);
          if (r.success) {
            expect(r.data >= "2000-01-01" && r.data <= "2031-05-01").toBe(true);
          }
        },
      ),
    );
  });
});

describe("escapeLike", () => {
  it("escapes the wildcards and the escape character, and nothing else", () => {
    expect(escapeLike("100%_a\\b")).toBe("100\\%\\_a\\\\b");
    expect(escapeLike("Saint-Cyr-sur-Mer")).toBe("Saint-Cyr-sur-Mer");
  });
});
