import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeExceptMarks, marksFromSentinels } from "@/search/highlight";

describe("escapeExceptMarks", () => {
  it("escapes a <script> in the text while the engine's <mark> tags survive", () => {
    expect(escapeExceptMarks("<script>alert(1)</script> <mark>Traiteur</mark> des Calanques")).toBe(
      "&lt;script&gt;alert(1)&lt;/script&gt; <mark>Traiteur</mark> des Calanques",
    );
  });

  it("escapes a fake mark carrying attributes, and other spellings of the tag", () => {
    // The stray </mark> has no opening <mark>: it is dropped, never emitted unbalanced.
    expect(escapeExceptMarks('<mark onclick="steal()">x</mark>')).toBe("&lt;mark onclick=&quot;steal()&quot;&gt;x");
    expect(escapeExceptMarks("<mark onclick=steal()>x")).toBe("&lt;mark onclick=steal()&gt;x");
    expect(escapeExceptMarks("<MARK>x</MARK>")).toBe("&lt;MARK&gt;x&lt;/MARK&gt;");
    expect(escapeExceptMarks("<mark >x")).toBe("&lt;mark &gt;x");
  });

  it("escapes ampersands and quotes, so entities in the text stay text", () => {
    expect(escapeExceptMarks(`Roux & Fils "l'atelier" &lt;`)).toBe("Roux &amp; Fils &quot;l&#39;atelier&quot; &amp;lt;");
  });

  it("leaves plain text and empty strings alone", () => {
    expect(escapeExceptMarks("")).toBe("");
    expect(escapeExceptMarks("Menuiserie <mark>Roux</mark>")).toBe("Menuiserie <mark>Roux</mark>");
  });
});

/** Only escaped text and balanced, non-nested <mark>…</mark>: remove those and no markup character is left. */
function expectSafeMarkup(html: string) {
  expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
  let depth = 0;
  for (const tag of html.match(/<\/?mark>/g) ?? []) {
    depth += tag === "<mark>" ? 1 : -1;
    expect(depth === 0 || depth === 1).toBe(true);
  }
  expect(depth).toBe(0);
  expect(html.replace(/<\/?mark>/g, "")).not.toMatch(/[<>"']/);
}

describe("marksFromSentinels", () => {
  it("turns the engine's sentinels into marks around escaped text", () => {
    expect(marksFromSentinels("\u0001Traiteur\u0002 <b>&</b>")).toBe("<mark>Traiteur</mark> &lt;b&gt;&amp;&lt;/b&gt;");
  });

  it("never emits an unbalanced or nested mark, and drops other control characters", () => {
    expect(marksFromSentinels("a\u0002b")).toBe("ab");
    expect(marksFromSentinels("\u0001a\u0001b\u0002c\u0002")).toBe("<mark>ab</mark>c");
    expect(marksFromSentinels("\u0001a")).toBe("<mark>a</mark>");
    expect(marksFromSentinels("x\u0000\u001b[31my\u0085")).toBe("x[31my");
  });

  it("property: whatever the text, the output is escaped text with balanced marks", () => {
    const unit = fc.oneof(
      fc.constantFrom("\u0001", "\u0002", "\u0000", "\u001b", "<", ">", "&", '"', "'", "<mark>", "</mark>", "\u202e"),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 30 }).map((a) => a.join("")),
        (s) => {
          expectSafeMarkup(marksFromSentinels(s));
          expectSafeMarkup(escapeExceptMarks(s));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
