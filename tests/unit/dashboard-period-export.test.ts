/** Dashboard periods (whole Paris months in the URL) and the CSV format for Excel-FR. */
import { describe, expect, it } from "vitest";
import { endOfDayParis, parisWallClock } from "@/lib/dates";
import { addMonths, monthsBetween, parsePeriod, periodInstants } from "@/lib/dashboards/period";
import { csvStream, formatCell, quoteCell } from "@/lib/exports/csv";
import { selectColumns } from "@/lib/exports/service";
import { xlsxCell } from "@/lib/exports/xlsx";
import { col } from "@/lib/exports/types";
import { ValidationError } from "@/lib/errors";

const NOW = new Date("2026-11-24T10:00:00Z");

describe("period", () => {
  it("defaults to the last 12 months, current one included", () => {
    expect(parsePeriod({}, NOW)).toEqual({ from: "2025-12", to: "2026-11" });
  });
  it("keeps valid months, swaps reversed ones, ignores garbage", () => {
    expect(parsePeriod({ du: "2025-01", au: "2025-06" }, NOW)).toEqual({ from: "2025-01", to: "2025-06" });
    expect(parsePeriod({ du: "2025-06", au: "2025-01" }, NOW)).toEqual({ from: "2025-01", to: "2025-06" });
    expect(parsePeriod({ du: "2025-13", au: "x" }, NOW)).toEqual({ from: "2025-12", to: "2026-11" });
  });
  it("counts months across years", () => {
    expect(addMonths("2025-11", 3)).toBe("2026-02");
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });
  it("bounds a period by Paris midnights (winter and summer time)", () => {
    const { start, end } = periodInstants({ from: "2026-01", to: "2026-06" });
    expect(start.toISOString()).toBe("2025-12-31T23:00:00.000Z");
    expect(end.toISOString()).toBe("2026-06-30T22:00:00.000Z");
  });
});

describe("CSV for Excel-FR", () => {
  it("writes French numbers, dates and booleans", () => {
    expect(formatCell(12500.5, "amount")).toBe("12500,5");
    expect(formatCell(0.4, "percent")).toBe("40");
    expect(formatCell(new Date("2026-11-23T23:30:00Z"), "date")).toBe("24/11/2026");
    expect(formatCell(new Date("2026-11-24T09:05:00Z"), "datetime")).toBe("24/11/2026 10:05");
    expect(formatCell(true, "boolean")).toBe("oui");
    expect(formatCell(null, "amount")).toBe("");
  });
  it("quotes separators, quotes and line breaks, and defuses formulas", () => {
    expect(quoteCell('Menuiserie "Roux"; fils')).toBe('"Menuiserie ""Roux""; fils"');
    expect(quoteCell("deux\nlignes")).toBe('"deux\nlignes"');
    expect(quoteCell("retour\rseul")).toBe('"retour\rseul"');
    expect(quoteCell(" marge ")).toBe('" marge "');
    expect(quoteCell("Aix-en-Provence, 13090")).toBe("Aix-en-Provence, 13090");
    expect(formatCell('=HYPERLINK("x")', "text")).toBe('\'=HYPERLINK("x")');
    expect(formatCell("-12", "text")).toBe("'-12");
  });
  it("streams a BOM, the header row and one line per row", async () => {
    const columns = [col<{ a: string; b: number }>("a", "Nom", "text", (r) => r.a), col<{ a: string; b: number }>("b", "Montant HT", "amount", (r) => r.b)];
    async function* pages() {
      yield [{ a: "Été", b: 1.5 }];
      yield [{ a: "x;y", b: 2 }];
    }
    const bytes = new Uint8Array(await new Response(csvStream(columns, pages())).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
    expect(new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes)).toBe('Nom;Montant HT\r\nÉté;1,5\r\n"x;y";2\r\n');
  });
});

describe("xlsx cells", () => {
  it("writes Paris wall-clock dates (Excel has no time zones) and real numbers", () => {
    expect(xlsxCell(new Date("2026-11-23T23:30:00Z"), "date")).toEqual(new Date("2026-11-24T00:00:00Z"));
    expect(xlsxCell(new Date("2026-07-01T08:15:00Z"), "datetime")).toEqual(new Date("2026-07-01T10:15:00Z"));
    expect(xlsxCell("12500.50", "amount")).toBe(12500.5);
    expect(xlsxCell(false, "boolean")).toBe("non");
    expect(xlsxCell(null, "text")).toBeNull();
  });
});

describe("column choice", () => {
  const columns = [col<object>("a", "A", "text", () => "a"), col<object>("b", "B", "text", () => "b"), col<object>("c", "C", "text", () => "c")];
  it("keeps the table's order, accepts cols=a,b and repeated col=", () => {
    expect(selectColumns(columns, ["c,a"]).map((c) => c.key)).toEqual(["a", "c"]);
    expect(selectColumns(columns, ["b", "a"]).map((c) => c.key)).toEqual(["a", "b"]);
    expect(selectColumns(columns, []).map((c) => c.key)).toEqual(["a", "b", "c"]);
  });
  it("refuses an unknown column in French", () => {
    expect(() => selectColumns(columns, ["a,zz"])).toThrow(ValidationError);
  });
});

describe("Paris time", () => {
  it("ends a day at 23:59:59 Paris time, summer and winter", () => {
    expect(endOfDayParis("2026-12-15").toISOString()).toBe("2026-12-15T22:59:59.000Z");
    expect(endOfDayParis("2026-07-14").toISOString()).toBe("2026-07-14T21:59:59.000Z");
    // The day summer time starts (29 March 2026, 02:00 → 03:00).
    expect(endOfDayParis("2026-03-29").toISOString()).toBe("2026-03-29T21:59:59.000Z");
  });
  it("reads the wall clock across the autumn change", () => {
    expect(parisWallClock(new Date("2026-10-25T00:30:00Z")).toISOString()).toBe("2026-10-25T02:30:00.000Z");
    expect(parisWallClock(new Date("2026-10-25T01:30:00Z")).toISOString()).toBe("2026-10-25T02:30:00.000Z");
    expect(parisWallClock(new Date("2026-10-25T23:30:00Z"), true).toISOString()).toBe("2026-10-26T00:00:00.000Z");
  });
});
