/** Reading purchase-plan files: CSV dialects French buyers produce, XLSX with real date cells, header matching. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildTemplate, matchHeader } from "@/lib/needs/import/columns";
import { MAX_CELL_CHARS, MAX_IMPORT_ROWS, parseImportFile } from "@/lib/needs/import/parse";
import { NOT_A_TABLE } from "@/lib/tables/read-table";
import { normalizeNaf } from "@/lib/naf/code";
import { parseCsr, toIsoDate } from "@/lib/needs/import/validate";
import { parseCommuneCell } from "@/lib/needs/import/resolve-communes";

const HEADER = "Titre*;Description*;Type*;Codes NAF*;Commune*;Date limite de réponse*";

describe("parseImportFile — CSV", () => {
  it("reads a ';' CSV with a UTF-8 BOM, keeps accents, and numbers lines as a spreadsheet does", async () => {
    const text =
      `\uFEFF${HEADER};Rayon (km)\r\n` +
      "Nettoyage des bureaux;Entretien quotidien;services;81.21Z;13400 Aubagne;15/03/2027;20\r\n" +
      ";;;;;;\r\n" + // a blank row: skipped, but later rows keep their line number
      '"Réfection, toiture";"Deux lignes\nde description";travaux;4391A;Aubagne;2027-04-01;\r\n';
    const parsed = await parseImportFile(Buffer.from(text, "utf8"));
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.rows).toEqual([
      {
        line: 2,
        values: {
          title: "Nettoyage des bureaux",
          description: "Entretien quotidien",
          kind: "services",
          nafCodes: "81.21Z",
          commune: "13400 Aubagne",
          responseDeadline: "15/03/2027",
          radiusKm: "20",
        },
      },
      {
        line: 4,
        values: {
          title: "Réfection, toiture",
          description: "Deux lignes\nde description",
          kind: "travaux",
          nafCodes: "4391A",
          commune: "Aubagne",
          responseDeadline: "2027-04-01",
        },
      },
    ]);
  });

  it("reads a ',' CSV, ignores unknown columns and matches synonyms whatever the case and accents", async () => {
    const text =
      "INTITULE,descriptif,Nature,code ape,Lieu de livraison,DATE LIMITE,Commentaire interne,budget maximum (EUR HT)\n" +
      'Achat de papier,"Ramettes A4, 80 g",fournitures,"17.12Z; 46.49Z",13005,01/02/2027,ne pas diffuser,5 000\n';
    const parsed = await parseImportFile(Buffer.from(text, "utf8"));
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.ignoredHeaders).toEqual(["Commentaire interne"]);
    expect(parsed.rows[0].values).toEqual({
      title: "Achat de papier",
      description: "Ramettes A4, 80 g",
      kind: "fournitures",
      nafCodes: "17.12Z; 46.49Z",
      commune: "13005",
      responseDeadline: "01/02/2027",
      budgetMax: "5 000",
    });
  });

  it("falls back to Windows-1252 when the bytes are not valid UTF-8", async () => {
    const text = `${HEADER}\nRéfection;Façade de l'entrepôt à rénover;travaux;43.34Z;Aubagne;01/03/2027\n`;
    const parsed = await parseImportFile(Buffer.from(text, "latin1"));
    expect(parsed.rows[0].values.title).toBe("Réfection");
    expect(parsed.rows[0].values.description).toBe("Façade de l'entrepôt à rénover");
  });

  it("lists every missing required column in one file-level error", async () => {
    const parsed = await parseImportFile(Buffer.from("Titre;Description;Budget min\nA;B;3\n", "utf8"));
    expect(parsed.rows).toEqual([]);
    expect(parsed.fileErrors).toEqual([
      "Colonnes obligatoires absentes : Type, Codes NAF, Commune, Date limite de réponse. La première ligne du fichier doit contenir les en-têtes du modèle.",
    ]);
  });

  it("refuses more than 2,000 rows and more than 5 MB", async () => {
    const line = "Titre;Desc;services;81.21Z;13005;01/03/2027\n";
    const many = await parseImportFile(Buffer.from(HEADER + "\n" + line.repeat(MAX_IMPORT_ROWS + 1), "utf8"));
    expect(many.rows).toEqual([]);
    expect(many.fileErrors[0]).toMatch(/^Le fichier contient 2\s001 lignes : 2\s000 au plus par import/);
    const ok = await parseImportFile(Buffer.from(HEADER + "\n" + line.repeat(MAX_IMPORT_ROWS), "utf8"));
    expect(ok.rows).toHaveLength(MAX_IMPORT_ROWS);
    const big = await parseImportFile(Buffer.alloc(5 * 1024 * 1024 + 1, "a"));
    expect(big.fileErrors[0]).toMatch(/5 Mo au plus/);
  });

  it("refuses binary files and legacy .xls by content", async () => {
    expect((await parseImportFile(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).fileErrors[0]).toMatch(/97-2003/);
    expect((await parseImportFile(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1]))).fileErrors[0]).toBe("Ce fichier n'est ni un CSV ni un classeur Excel (.xlsx).");
    expect((await parseImportFile(Buffer.from("PK\x03\x04garbage", "latin1"))).fileErrors[0]).toMatch(/n'a pas pu être lu/);
  });
});

describe("parseImportFile — CSV limits and types", () => {
  it("refuses a CSV cell of 50,000 characters, naming its line and column", async () => {
    const text = `${HEADER}\nA;B;services;81.21Z;13005;01/03/2027\nTitre;${"x".repeat(50_000)};services;81.21Z;13005;01/03/2027\n`;
    const parsed = await parseImportFile(Buffer.from(text, "utf8"));
    expect(parsed.rows).toEqual([]);
    expect(parsed.fileErrors).toHaveLength(1);
    expect(parsed.fileErrors[0]).toMatch(/^Ligne 3, colonne B : la cellule contient 50\s000 caractères, 10\s000 au plus\./);
    // At the limit it is read.
    const ok = await parseImportFile(Buffer.from(text.replace("x".repeat(50_000), "x".repeat(MAX_CELL_CHARS)), "utf8"));
    expect(ok.fileErrors).toEqual([]);
    expect(ok.rows[1].values.description).toHaveLength(MAX_CELL_CHARS);
  });

  it("refuses a quote left open instead of reading the rest of the file as one cell", async () => {
    const text = `${HEADER}\nA;"B;services;81.21Z;13005;01/03/2027\n${"Titre;Desc;services;81.21Z;13005;01/03/2027\n".repeat(6000)}`;
    const parsed = await parseImportFile(Buffer.from(text, "utf8"));
    expect(parsed.rows).toEqual([]);
    expect(parsed.fileErrors[0]).toMatch(
      /^Une ligne du fichier CSV dépasse 200\s000 caractères \(vers la ligne \d+\) : vérifiez que chaque guillemet ouvert est refermé/,
    );
  });

  it("judges by content: a PDF renamed .csv is refused, a CSV whose first letters look like a signature is read", async () => {
    const pdf = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n", "latin1");
    expect((await parseImportFile(pdf)).fileErrors).toEqual([NOT_A_TABLE]);
    // "BM" (bitmap) and "ID3" (MP3) are signatures of two or three letters: as text they are a CSV.
    const bm = await parseImportFile(Buffer.from("BMW;Description\nA;B\n", "utf8"));
    expect(bm.fileErrors[0]).toMatch(/^Colonnes obligatoires absentes/);
  });

  it("says a text that is no table is the wrong file type, not that columns are missing", async () => {
    const texts = [
      "Bonjour,\nvoici notre plan d'achats pour l'année prochaine, comme convenu lors de notre rendez-vous.\n",
      "Plan d'achats 2027\nNettoyage des bureaux\n",
      '{"titre": "Nettoyage", "commune": "13005"}\n',
      "<!DOCTYPE html><html><body><table><tr><td>Titre</td></tr></table></body></html>\n",
    ];
    for (const text of texts) expect((await parseImportFile(Buffer.from(text, "utf8"))).fileErrors, text).toEqual([NOT_A_TABLE]);
    // A table with a known header but others missing is still told which columns to add.
    expect((await parseImportFile(Buffer.from("Titre\nNettoyage\n", "utf8"))).fileErrors[0]).toMatch(/^Colonnes obligatoires absentes/);
  });
});

describe("parseImportFile — XLSX", () => {
  it("reads the first sheet, real Excel date cells, numbers and rich text", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Mon plan");
    wb.addWorksheet("Autre").addRow(["ignored"]);
    sheet.addRow(["Titre *", "Description", "TYPE", "Codes NAF", "Commune", "Date limite de reponse", "Rayon (km)", "Démarrage prévu"]);
    sheet.addRow([
      "Maintenance CVC",
      { richText: [{ text: "Contrat " }, { text: "annuel", font: { bold: true } }] },
      "Services",
      "43.22B",
      "Aubagne (13400)",
      new Date(Date.UTC(2027, 2, 15)),
      25,
      "2027-05-01",
    ]);
    sheet.getCell("F2").numFmt = "dd/mm/yyyy";
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const parsed = await parseImportFile(bytes);
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.rows).toEqual([
      {
        line: 2,
        values: {
          title: "Maintenance CVC",
          description: "Contrat annuel",
          kind: "Services",
          nafCodes: "43.22B",
          commune: "Aubagne (13400)",
          responseDeadline: "2027-03-15",
          radiusKm: "25",
          expectedStartDate: "2027-05-01",
        },
      },
    ]);
  });

  it("stops reading a sheet one row past the limit and refuses it without counting the rest", async () => {
    const workbookOf = async (projects: number) => {
      const wb = new ExcelJS.Workbook();
      const sheet = wb.addWorksheet("Plan");
      sheet.addRow(["Titre", "Description", "Type", "Codes NAF", "Commune", "Date limite de réponse"]);
      for (let i = 0; i < projects; i++) sheet.addRow([`Projet ${i}`, "d", "Services", "43.22B", "Aubagne", "2027-03-15"]);
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const tooMany = await parseImportFile(await workbookOf(MAX_IMPORT_ROWS + 500));
    expect(tooMany.rows).toEqual([]);
    expect(tooMany.fileErrors[0]).toMatch(/^Le fichier contient plus de 2\s000 lignes : 2\s000 au plus par import/);

    const atLimit = await parseImportFile(await workbookOf(MAX_IMPORT_ROWS));
    expect(atLimit.fileErrors).toEqual([]);
    expect(atLimit.rows).toHaveLength(MAX_IMPORT_ROWS);
    expect(atLimit.rows.at(-1)).toMatchObject({ line: MAX_IMPORT_ROWS + 1, values: { title: `Projet ${MAX_IMPORT_ROWS - 1}` } });
  });

  it("the downloadable template reads back with its example row and has an « Aide » sheet", async () => {
    const now = new Date("2026-06-01T10:00:00Z");
    const bytes = await buildTemplate(now);
    const parsed = await parseImportFile(bytes);
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.ignoredHeaders).toEqual([]);
    expect(parsed.rows[0].values).toMatchObject({ kind: "services", commune: "13400 Aubagne", responseDeadline: "2026-07-31", radiusKm: "30" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Plan d'achats", "Aide"]);
  });
});

describe("cell conversions", () => {
  it("matches headers loosely and ignores unknown ones", () => {
    expect(matchHeader("Budget min (€ HT)")).toBe("budgetMin");
    expect(matchHeader("  DÉMARRAGE   PRÉVU ")).toBe("expectedStartDate");
    expect(matchHeader("Codes NAF*")).toBe("nafCodes");
    expect(matchHeader("Critères RSE")).toBe("csrCriteria");
    expect(matchHeader("Remarques")).toBeUndefined();
  });

  it("reads dates, NAF codes, CSR criteria and commune cells", () => {
    expect(toIsoDate("05/03/2027")).toBe("2027-03-05");
    expect(toIsoDate("2027-03-05")).toBe("2027-03-05");
    expect(toIsoDate("46451")).toBe("2027-03-05"); // an Excel serial
    expect(toIsoDate("31/02/2027")).toBeNull();
    expect(toIsoDate("mars 2027")).toBeNull();
    expect(normalizeNaf("4332a")).toBe("43.32A");
    expect(normalizeNaf("43.32")).toBeNull();
    expect(parseCsr("Économie circulaire (réemploi, recyclage); insertion, low_carbon")).toEqual({
      codes: ["circular_economy", "insertion", "low_carbon"],
      unknown: [],
    });
    expect(parseCsr("Bas carbone; vert")).toEqual({ codes: ["low_carbon"], unknown: ["vert"] });
    expect(parseCommuneCell("13005")).toEqual({ kind: "code", code: "13005" });
    expect(parseCommuneCell("2a004")).toEqual({ kind: "code", code: "2A004" });
    expect(parseCommuneCell("13400 Aubagne")).toEqual({ kind: "postal", postal: "13400", name: "Aubagne" });
    expect(parseCommuneCell("Aubagne (13400)")).toEqual({ kind: "postal", postal: "13400", name: "Aubagne" });
    expect(parseCommuneCell("Sainte-Croix")).toEqual({ kind: "name", name: "Sainte-Croix" });
  });
});
