import { describe, expect, it } from "vitest";
import { escapeExceptMarks } from "@/search/highlight";

describe("escapeExceptMarks", () => {
  it("escapes a <script> in the text while the engine's <mark> tags survive", () => {
    expect(escapeExceptMarks("<script>alert(1)</script> <mark>Traiteur</mark> des Calanques"))
      .toBe("&lt;script&gt;alert(1)&lt;/script&gt; <mark>Traiteur</mark> des Calanques");
  });

  it("escapes a fake mark carrying attributes, and other spellings of the tag", () => {
    expect(escapeExceptMarks('<mark onclick="steal()">x</mark>')).toBe("&lt;mark onclick=&quot;steal()&quot;&gt;x</mark>");
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
