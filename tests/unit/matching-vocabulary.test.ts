import { describe, expect, it } from "vitest";
import { needQuery, QUERY_WEIGHTS, splitTitle, withoutQuantities } from "@/lib/matching/text-relevance";
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

  it("does not let an expression inside a longer one evoke its own group (maximal munch)", () => {
    const out = expansionsOf("Test d'intrusion de notre portail clients");
    expect(out).toContain("pentest");
    // « intrusion » alone belongs to the alarms' group: here it is part of « test d'intrusion ».
    expect(out).not.toContain("videosurveillance");
    expect(expansionsOf("Alarme anti-intrusion pour l'entrepôt")).toContain("videosurveillance");
  });
});

describe("the need's query", () => {
  it("drops quantities but keeps the numbers of standards and models", () => {
    const q = withoutQuantities("Ménage de nos locaux (1 200 m²), 12 sanitaires, audit EN 9100, ISO 9001, réseau DN80, NF C 18-510");
    expect(q).not.toMatch(/1 200|\b12\b/);
    expect(q).toMatch(/EN 9100/);
    expect(q).toMatch(/ISO 9001/);
    expect(q).toMatch(/DN80/);
    expect(q).toMatch(/NF C 18-510/);
  });

  it("reads what a title buys before what it is for", () => {
    expect(splitTitle("Vidéo de présentation de l'entreprise pour le recrutement")).toEqual({
      head: "Vidéo de présentation de l'entreprise",
      context: "pour le recrutement",
    });
    expect(splitTitle("Refonte de notre logo et de notre charte graphique").head).toBe("Refonte de notre logo et de notre charte graphique");
    expect(splitTitle("Achat de chaises")).toEqual({ head: "Achat de chaises", context: "" });
    // The context weighs as the description does, and a single word there evokes no trade of the vocabulary.
    const q = needQuery({ title: "Vidéo de présentation de l'entreprise pour le recrutement" });
    expect(q.texts[0]).toBe("Vidéo de présentation de l'entreprise");
    expect(q.weights[1]).toBe(QUERY_WEIGHTS.description);
    expect(q.texts[1]).toContain("recrutement");
    expect(q.texts.join(" ")).not.toContain("chasseur de tetes");
  });
});
