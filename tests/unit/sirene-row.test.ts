/** One SIRENE row → a company or the reasons it is refused; header checks; NAF and date normalisation. */
import { describe, expect, it } from "vitest";
import { withLuhnKey } from "@/lib/companies/siret";
import { normalizeNaf } from "@/lib/naf/code";
import { headerProblems, parseSireneDate, sireneColumnOf, validateSireneRow, type SireneRecord } from "@/lib/sirene/row";

const refs = { nafCodes: new Set(["43.32A", "56.10A"]), communeCodes: new Set(["13205", "13001", "2A004"]) };
const SIREN = withLuhnKey("35218442");
const SIRET = withLuhnKey(`${SIREN}0001`);

function row(over: SireneRecord = {}): SireneRecord {
  return {
    siret: SIRET,
    siren: SIREN,
    denominationUsuelleEtablissement: "MENUISERIE DU PANIER",
    activitePrincipaleEtablissement: "43.32A",
    codeCommuneEtablissement: "13205",
    trancheEffectifsEtablissement: "02",
    etatAdministratifEtablissement: "A",
    dateDernierTraitementEtablissement: "2024-03-05T10:22:33",
    ...over,
  };
}
const reasonsOf = (over: SireneRecord) => {
  const r = validateSireneRow(row(over), refs);
  return r.ok ? [] : r.reasons;
};

describe("validateSireneRow", () => {
  it("maps a valid row to a company", () => {
    expect(validateSireneRow(row(), refs)).toEqual({
      ok: true,
      company: {
        siret: SIRET,
        siren: SIREN,
        legalName: "MENUISERIE DU PANIER",
        tradeName: null,
        nafCode: "43.32A",
        communeCode: "13205",
        headcountBand: "02",
        administrativeState: "A",
        sireneUpdatedAt: new Date("2024-03-05T10:22:33Z"),
        foundedOn: null,
      },
    });
  });

  it("takes the legal unit's creation date when the file has it, else the establishment's; refuses one that is no date", () => {
    const founded = (over: SireneRecord) => {
      const r = validateSireneRow(row(over), refs);
      return r.ok ? r.company.foundedOn : r.reasons;
    };
    expect(founded({ dateCreationEtablissement: "2024-06-03" })).toBe("2024-06-03");
    // A new establishment of a firm created in 1998 is not a young company.
    expect(founded({ dateCreationEtablissement: "2024-06-03", dateCreationUniteLegale: "1998-11-20" })).toBe("1998-11-20");
    expect(founded({ dateCreationEtablissement: "2024-06-03", dateCreationUniteLegale: "[ND]" })).toBe("2024-06-03");
    expect(founded({ dateCreationEtablissement: "2024-02-30" })).toEqual(["date de création invalide : 2024-02-30"]);
  });

  it("refuses a SIRET whose key is wrong, or that is not 14 digits", () => {
    const wrongKey = SIRET.slice(0, 13) + String((Number(SIRET[13]) + 1) % 10);
    expect(reasonsOf({ siret: wrongKey, siren: "" })).toEqual(["SIRET invalide (clé de contrôle)"]);
    expect(reasonsOf({ siret: "1234", siren: "" })).toEqual(["SIRET invalide (14 chiffres attendus)"]);
    expect(reasonsOf({ siret: "", siren: "" })).toEqual(["SIRET manquant"]);
  });

  it("refuses a SIREN that is not the SIRET's first 9 digits, and derives it when absent", () => {
    expect(reasonsOf({ siren: withLuhnKey("35218443") })).toEqual(["SIREN ≠ 9 premiers chiffres du SIRET"]);
    const r = validateSireneRow(row({ siren: undefined }), refs);
    expect(r.ok && r.company.siren).toBe(SIREN);
  });

  it("names unknown NAF codes and communes, and accepts NAF codes without the dot", () => {
    expect(reasonsOf({ activitePrincipaleEtablissement: "99.99Z" })).toEqual(["code NAF inconnu : 99.99Z"]);
    expect(reasonsOf({ codeCommuneEtablissement: "99999" })).toEqual(["commune inconnue : 99999"]);
    const r = validateSireneRow(row({ activitePrincipaleEtablissement: "5610a", codeCommuneEtablissement: "2a004" }), refs);
    expect(r.ok && [r.company.nafCode, r.company.communeCode]).toEqual(["56.10A", "2A004"]);
  });

  it("lists every reason of a row, not only the first", () => {
    expect(reasonsOf({ siret: "12345678901234", siren: "", codeCommuneEtablissement: "99999", denominationUsuelleEtablissement: "" })).toEqual([
      "SIRET invalide (clé de contrôle)",
      "nom manquant",
      "commune inconnue : 99999",
    ]);
  });

  it("takes the legal unit's name first, then the usual name and signs; a different sign becomes the trade name", () => {
    const r = validateSireneRow(row({ denominationUniteLegale: "SARL BERNARD ET FILS", enseigne1Etablissement: "Menuiserie du Panier" }), refs);
    expect(r.ok && [r.company.legalName, r.company.tradeName]).toEqual(["SARL BERNARD ET FILS", "MENUISERIE DU PANIER"]);
    const sign = validateSireneRow(row({ denominationUsuelleEtablissement: "", enseigne2Etablissement: "  AU  BON  BOIS " }), refs);
    expect(sign.ok && [sign.company.legalName, sign.company.tradeName]).toEqual(["AU BON BOIS", null]);
    // SIRENE's "[ND]" (not published) is no name
    expect(reasonsOf({ denominationUsuelleEtablissement: "[ND]" })).toEqual(["nom manquant"]);
  });

  it("reads an empty or NN headcount band as NN and refuses unknown bands and states", () => {
    for (const band of ["", "NN"]) {
      const r = validateSireneRow(row({ trancheEffectifsEtablissement: band }), refs);
      expect(r.ok && r.company.headcountBand).toBe("NN");
    }
    expect(reasonsOf({ trancheEffectifsEtablissement: "99" })).toEqual(["tranche d'effectifs inconnue : 99"]);
    expect(reasonsOf({ etatAdministratifEtablissement: "C" })).toEqual(["état administratif inconnu : C (A ou F attendu)"]);
    const closed = validateSireneRow(row({ etatAdministratifEtablissement: "f" }), refs);
    expect(closed.ok && closed.company.administrativeState).toBe("F");
  });

  it("treats the last-processing date as optional but refuses a malformed one", () => {
    const none = validateSireneRow(row({ dateDernierTraitementEtablissement: "" }), refs);
    expect(none.ok && none.company.sireneUpdatedAt).toBeNull();
    expect(reasonsOf({ dateDernierTraitementEtablissement: "05/03/2024" })).toEqual(["date de dernier traitement invalide : 05/03/2024"]);
  });
});

describe("header and value helpers", () => {
  it("matches SIRENE column names whatever their case, and ignores unknown ones", () => {
    expect(sireneColumnOf(" SIRET ")).toBe("siret");
    expect(sireneColumnOf("activiteprincipaleetablissement")).toBe("activitePrincipaleEtablissement");
    expect(sireneColumnOf("libelleVoieEtablissement")).toBeUndefined();
  });

  it("names missing required columns and a missing name column", () => {
    expect(
      headerProblems(["siret", "activitePrincipaleEtablissement", "codeCommuneEtablissement", "etatAdministratifEtablissement", "enseigne1Etablissement"]),
    ).toEqual([]);
    expect(headerProblems(["siret", "enseigne1Etablissement"])).toEqual([
      "Colonnes SIRENE absentes : activitePrincipaleEtablissement, codeCommuneEtablissement, etatAdministratifEtablissement.",
    ]);
    expect(headerProblems(["siret", "activitePrincipaleEtablissement", "codeCommuneEtablissement", "etatAdministratifEtablissement"])[0]).toMatch(
      /^Aucune colonne de nom/,
    );
  });

  it("normalises NAF codes and SIRENE dates", () => {
    expect(["43.32A", "4332A", "43.32a", " 4332a "].map(normalizeNaf)).toEqual(["43.32A", "43.32A", "43.32A", "43.32A"]);
    expect(["43.3", "4332", "43-32A", ""].map(normalizeNaf)).toEqual([null, null, null, null]);
    expect(parseSireneDate("2024-03-05")).toEqual(new Date("2024-03-05T00:00:00Z"));
    expect(parseSireneDate("2024-02-30")).toBe("invalid");
    expect(parseSireneDate("")).toBeNull();
  });
});

describe("sole traders", () => {
  it("fall back to the person's name when the file has no company name", async () => {
    const { validateSireneRow } = await import("@/lib/sirene/row");
    const refs = { nafCodes: new Set(["43.32A"]), communeCodes: new Set(["13005"]) };
    const r = validateSireneRow(
      {
        siret: "12002701600357",
        activitePrincipaleEtablissement: "43.32A",
        codeCommuneEtablissement: "13005",
        etatAdministratifEtablissement: "A",
        nomUniteLegale: "ROUX",
        prenomUsuelUniteLegale: "ANTOINE",
      },
      refs as never,
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.company.legalName).toBe("ANTOINE ROUX");
  });
});
