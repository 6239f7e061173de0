import { describe, expect, it } from "vitest";
import { needQuery, QUERY_WEIGHTS } from "@/lib/matching/text-relevance";
import { expansionsOf, fold } from "@/lib/matching/vocabulary";

describe("the trade vocabulary", () => {
  it("folds accents, case, ligatures and punctuation", () => {
    expect(fold("Traduction ASSERMENTÉE d'un œuvre — statuts")).toBe("traduction assermentee d un oeuvre statuts");
  });

  it("expands what the title says, with the group's other expressions, plural or not", () => {
    const out = expansionsOf("Traductions assermentées de statuts");
    expect(out).toContain("traducteur jure");
    expect(out).toContain("traduction certifiee");
    expect(out).not.toContain("traduction assermentee");
  });

  it("in the description, only a multi-word expression evokes a group: a single word there is context", () => {
    expect(expansionsOf("Lavage des vitres du showroom", "Vitres de la façade, accès nacelle.")).not.toContain("ravalement");
    expect(expansionsOf("Devis", "Nous cherchons un service de destruction de documents confidentiels.")).toContain("broyage de documents");
  });

  it("gives nothing for a need it does not know", () => {
    expect(expansionsOf("Achat de 40 chaises", "Pour la salle du conseil.")).toEqual([]);
  });

  it("builds the query: title, description and expansions with their weights, and the need's words in order", () => {
    const q = needQuery({ title: "Traduction assermentée", description: "Statuts et Kbis en anglais." });
    expect(q.weights).toEqual([QUERY_WEIGHTS.title, QUERY_WEIGHTS.description, QUERY_WEIGHTS.expansion]);
    expect(q.texts[0]).toBe("Traduction assermentée");
    expect(q.words.slice(0, 4)).toEqual(["Traduction", "assermentée", "Statuts", "et"]);
    expect(needQuery({ title: "Achat de chaises" }).texts).toEqual(["Achat de chaises"]);
  });
});
