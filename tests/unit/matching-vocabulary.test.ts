import { describe, expect, it } from "vitest";
import { needQuery, QUERY_WEIGHTS, splitOwned, splitTitle, withoutQuantities } from "@/lib/matching/text-relevance";
import { expansionsOf, fold, TRADE_VOCABULARY } from "@/lib/matching/vocabulary";

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
    expect(expansionsOf("Devis", "Nous cherchons un service de destruction de documents confidentiels.")).toContain("broyage de document");
  });

  it("gives nothing for a need it does not know", () => {
    expect(expansionsOf("Achat de 40 chaises", "Pour la salle du conseil.")).toEqual([]);
  });

  it("builds the query: title, description and expansions with their weights, and the need's words in order", () => {
    const q = needQuery({ title: "Traduction assermentée", description: "Statuts et Kbis en anglais." });
    expect(q.weights).toEqual([QUERY_WEIGHTS.title, QUERY_WEIGHTS.description, QUERY_WEIGHTS.expansion]);
    expect(q.texts[0]).toBe("Traduction assermentée");
    expect(q.words.slice(0, 5)).toEqual(["Traduction", "assermentée", "Statuts", "Kbis", "anglais"]);
    expect(q.titled).toEqual([true, false, true]);
    expect(needQuery({ title: "Achat de chaises" }).texts).toEqual(["Achat chaises"]);
  });

  it("does not let an expression inside a longer one evoke its own group (maximal munch)", () => {
    const out = expansionsOf("Test d'intrusion de notre portail clients");
    expect(out).toContain("pentest");
    // « test d'intrusion » is IT security: the alarms' group (« anti intrusion ») is not evoked, nor the gates'.
    expect(out).not.toContain("videosurveillance");
    expect(out).not.toContain("motorisation de portail");
    expect(expansionsOf("Alarme anti-intrusion pour l'entrepôt")).toContain("videosurveillance");
    // « nettoyage » inside « nettoyage des vitres » is window cleaning, not office cleaning.
    const windows = expansionsOf("Nettoyage des vitres du siège");
    expect(windows).toContain("laveur de vitre");
    expect(windows).not.toContain("menage de bureau");
    // « chariot élévateur » inside « formation chariot élévateur » is training, not handling equipment.
    const caces = expansionsOf("Formation chariot élévateur pour 6 salariés");
    expect(caces).toContain("permis cariste");
    expect(caces).not.toContain("transpalette");
  });

  it("writes every expression folded, in one group only, and none of the words too vague to name a trade", () => {
    const all = TRADE_VOCABULARY.flat();
    for (const expr of all) expect(fold(expr)).toBe(expr);
    const seen = new Map<string, number>();
    TRADE_VOCABULARY.forEach((group, g) =>
      group.forEach((expr) => {
        expect(seen.has(expr) ? `« ${expr} » in groups ${seen.get(expr)} and ${g}` : "").toBe("");
        seen.set(expr, g);
      }),
    );
    // Nor single words that name two trades: « sanitaire » (plumbing, or a washroom's hygiene services), « pneumatique »
    // (tyres, or industrial pneumatics), « cafe » (vending machines, or a catered coffee break).
    for (const vague of [
      "securite",
      "entretien",
      "maintenance",
      "installation",
      "location",
      "contrat",
      "service",
      "conseil",
      "audit",
      "intrusion",
      "sanitaire",
      "pneumatique",
      "cafe",
      // Left out of the groups written from the NAF classification (docs/MATCHING.md § 9): a product both sold and serviced
      // (« luminaire », « poubelle », « remorque », « moto »), a word with a second sense (« pins », « etabli », « api »,
      // « reactif », « comique »), or one several trades say.
      "tissu",
      "drap",
      "acide",
      "solvant",
      "javel",
      "connecteur",
      "connectique",
      "poubelle",
      "remorque",
      "autobus",
      "surgele",
      "maree",
      "instrumentation",
      "instrumentiste",
      "luminaire",
      "disjoncteur",
      "goulotte",
      "reactif",
      "pins",
      "cesi",
      "relecture",
      "digitalisation",
      "demonstrateur",
      "api",
      "biomedical",
      "desodorisant",
      "electromenager",
      "paillasson",
      "importateur",
      "cristallisation",
      "moto",
      "scooter",
      "attelage",
      "caveau",
      "etabli",
      "pda",
      "diable",
      "cafeteria",
      "agilite",
      "receptif",
      "comique",
    ])
      expect(all).not.toContain(vague);
  });
});

describe("the need's query", () => {
  it("weighs a group only the description evokes below one the title evokes: it is often the buyer's own trade", () => {
    const q = needQuery({
      title: "Traduction assermentée de nos statuts",
      description: "Entreprise de gros oeuvre, nous ouvrons une filiale en Espagne.",
    });
    const weightOf = (expr: string) => q.weights[q.texts.findIndex((t, i) => i >= 2 && t.split(" . ").includes(expr))];
    expect(weightOf("traducteur jure")).toBe(QUERY_WEIGHTS.expansion);
    const masonry = q.texts.slice(2).find((t) => t.split(" . ").includes("maconnerie"));
    expect(masonry, "the description's « gros oeuvre » evokes masonry").toBeDefined();
    expect(weightOf("maconnerie")).toBe(QUERY_WEIGHTS.descriptionExpansion);
    expect(QUERY_WEIGHTS.descriptionExpansion).toBeLessThan(QUERY_WEIGHTS.expansion);
  });

  it("reads a trade evoked by the buyer's own premises as context, its words still as the title's", () => {
    expect(splitOwned("Rénovation de la cuisine de notre restaurant d'entreprise")).toEqual({
      object: "Rénovation de la cuisine de",
      owned: "notre restaurant d'entreprise",
    });
    expect(splitOwned("Achat de chaises")).toEqual({ object: "Achat de chaises", owned: "" });
    const q = needQuery({ title: "Rénovation de la cuisine de notre restaurant d'entreprise" });
    expect(q.texts[0]).toBe("Rénovation cuisine restaurant entreprise");
    const catering = q.texts.findIndex((t) => t.split(" . ").includes("restauration collective"));
    expect(catering, "« restaurant d'entreprise » still evokes contract catering").toBeGreaterThan(0);
    expect(q.weights[catering]).toBe(QUERY_WEIGHTS.descriptionExpansion);
    // The same words before the possessive name what is bought.
    const bought = needQuery({ title: "Restaurant d'entreprise pour nos 400 salariés" });
    expect(bought.weights[bought.texts.findIndex((t) => t.split(" . ").includes("restauration collective"))]).toBe(QUERY_WEIGHTS.expansion);
  });

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
    expect(q.texts[0]).toBe("Vidéo présentation entreprise");
    expect(q.weights[1]).toBe(QUERY_WEIGHTS.description);
    expect(q.texts[1]).toContain("recrutement");
    expect(q.texts.join(" ")).not.toContain("chasseur de tetes");
  });
});
