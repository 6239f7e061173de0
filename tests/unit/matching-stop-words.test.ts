import { describe, expect, it } from "vitest";
import { isStopWord, withoutStopWords } from "@/lib/matching/stop-words";
import { needQuery } from "@/lib/matching/text-relevance";

describe("stop words of a need's text", () => {
  it("blanks function words, units and time words, accents and case aside, and keeps the rest as written", () => {
    expect(withoutStopWords("Livraison des cartons à Marseille avant 10 h, 150 x 80 mm, pendant 3 semaines")).toBe(
      "Livraison cartons Marseille avant 10 , 150 80 , pendant 3",
    );
    expect(withoutStopWords("Les plantes, été comme hiver : À l'accueil")).toBe("plantes, hiver : accueil");
    expect(isStopWord("Été")).toBe(true);
    expect(isStopWord("m²")).toBe(true);
  });

  it("keeps words joined by a hyphen whole, and trade words that look short", () => {
    expect(withoutStopWords("sous-titres et portes-fenêtres")).toBe("sous-titres portes-fenêtres");
    expect(withoutStopWords("BSO, VGP, API, DAE")).toBe("BSO, VGP, API, DAE");
  });

  it("leaves them out of the query's texts and named words, not of the splits the title's connectives make", () => {
    const q = needQuery({ title: "Vidéo de présentation pour les salons", description: "Un film de 3 minutes, à livrer en juin." });
    expect(q.texts[0]).toBe("Vidéo présentation");
    expect(q.texts[1]).toContain("salons");
    expect(q.words).not.toContain("les");
    expect(q.words).not.toContain("minutes");
  });

  it("leaves them out of the vocabulary's expansions too (« fontaine a eau » would match every « a »)", () => {
    const q = needQuery({ title: "Distributeur automatique pour la cafétéria" });
    const expansions = q.texts.slice(1).join(" . ");
    expect(expansions).toContain("fontaine eau");
    expect(expansions.split(/[ .]+/)).not.toContain("a");
  });
});
