/**
 * Hostile spreadsheets: a 4 MB .xlsx whose shared strings unpack to 1.9 GB (1,900 strings of 1 MB) once
 * took 183 s of CPU and 4.9 GB of memory. It must now be refused quickly, without the memory.
 */
import { once } from "node:events";
import zlib from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { MAX_IMPORT_ROWS, parseImportFile } from "@/lib/needs/import/parse";
import { NOT_A_TABLE } from "@/lib/tables/read-table";
import { readZipDirectory } from "@/lib/tables/zip-limits";

interface Part {
  name: string;
  method: 0 | 8;
  data: Buffer;
  crc: number;
  size: number;
}

const deflated = (name: string, text: string): Part => {
  const raw = Buffer.from(text, "utf8");
  return { name, method: 8, data: zlib.deflateRawSync(raw), crc: zlib.crc32(raw), size: raw.length };
};

/** A plain zip (no data descriptors); `lie` replaces the sizes the headers declare for one entry. */
function zip(parts: Part[], lie?: { name: string; size: number }): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, "utf8");
    const size = lie?.name === p.name ? lie.size : p.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(p.method, 10);
    central.writeUInt32LE(p.crc >>> 0, 16);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.data);
    centrals.push(central, name);
    offset += 30 + name.length + p.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const WORKBOOK_PARTS = (sheetXml: string): Part[] => [
  deflated(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  ),
  deflated(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ),
  deflated(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  ),
  deflated(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  ),
  deflated("xl/worksheets/sheet1.xml", sheetXml),
];

const STRINGS = 1900;
const STRING_CHARS = 1024 * 1024;

/**
 * xl/sharedStrings.xml of 1,900 strings of 1 MB (1.9 GB) in ~2 MB of deflate, built without compressing
 * 1.9 GB: after a full flush the compressor forgets all history, so the bytes of one flushed string
 * are valid at any byte-aligned point of the stream and can simply be repeated.
 */
async function bombSharedStrings(): Promise<Part> {
  const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${STRINGS}" uniqueCount="${STRINGS}">`;
  const item = Buffer.from(`<si><t>${"a".repeat(STRING_CHARS)}</t></si>`);
  const tail = "</sst>";
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (c: Buffer) => out.push(c));
  const flushed = async (input: Buffer | string) => {
    deflate.write(input);
    await new Promise<void>((resolve) => deflate.flush(zlib.constants.Z_FULL_FLUSH, () => resolve()));
    return Buffer.concat(out.splice(0));
  };
  const headBytes = await flushed(head);
  const itemBytes = await flushed(item);
  deflate.end(tail);
  await once(deflate, "end");
  const tailBytes = Buffer.concat(out);

  let crc = zlib.crc32(head);
  for (let i = 0; i < STRINGS; i++) crc = zlib.crc32(item, crc);
  crc = zlib.crc32(tail, crc);
  const data = Buffer.concat([headBytes, ...Array(STRINGS).fill(itemBytes), tailBytes]);
  return { name: "xl/sharedStrings.xml", method: 8, data, crc, size: Buffer.byteLength(head) + STRINGS * item.length + tail.length };
}

const cellsXml = (n: number) => Array.from({ length: n }, (_, i) => `<c r="A${i + 1}" t="s"><v>${i}</v></c>`).join("");
const BOMB_SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${cellsXml(1)}</row></sheetData></worksheet>`;

describe("spreadsheet bombs", () => {
  it("refuses 1.9 GB of shared strings in a ~2 MB file in under 2 s, with under 100 MB of memory growth", async () => {
    const strings = await bombSharedStrings();
    const bomb = zip([...WORKBOOK_PARTS(BOMB_SHEET), strings]);
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
    expect(strings.size).toBeGreaterThan(1.9e9);
    // The bomb is real: its first megabytes inflate to the strings it declares.
    const start = zlib.inflateRawSync(strings.data.subarray(0, 8192), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString();
    expect(start).toMatch(/<sst [^>]*><si><t>a{1000}/);

    global.gc?.();
    const before = process.memoryUsage().rss;
    const t0 = performance.now();
    const parsed = await parseImportFile(bomb);
    const elapsed = performance.now() - t0;
    const growth = process.memoryUsage().rss - before;

    expect(parsed.rows).toEqual([]);
    expect(parsed.fileErrors[0]).toMatch(/^Ce classeur est trop volumineux une fois décompressé/);
    expect(elapsed).toBeLessThan(2000);
    expect(growth).toBeLessThan(100 * 1024 * 1024);
  }, 120_000);

  it("refuses a workbook whose zip declares small sizes but inflates to more (checked in the worker)", async () => {
    const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${"b".repeat(30 * 1024 * 1024)}</t></is></c></row></sheetData></worksheet>`;
    const parts = WORKBOOK_PARTS(sheet);
    const liar = zip(parts, { name: "xl/worksheets/sheet1.xml", size: 4096 });
    expect(readZipDirectory(liar)?.find((e) => e.name === "xl/worksheets/sheet1.xml")?.uncompressedSize).toBe(4096);
    const parsed = await parseImportFile(liar);
    expect(parsed.fileErrors[0]).toMatch(/^Ce classeur est trop volumineux une fois décompressé/);
  }, 60_000);

  it("refuses one shared string copied into hundreds of thousands of cells (small XML, huge rows)", async () => {
    const strings = deflated(
      "xl/sharedStrings.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>${"c".repeat(9000)}</t></si></sst>`,
    );
    const row = (r: number) =>
      `<row r="${r}">${Array.from({ length: 150 }, (_, c) => `<c r="${String.fromCharCode(65 + (c % 26))}${String.fromCharCode(65 + Math.floor(c / 26))}${r}" t="s"><v>0</v></c>`).join("")}</row>`;
    const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${Array.from({ length: 2000 }, (_, i) => row(i + 1)).join("")}</sheetData></worksheet>`;
    expect(sheet.length).toBeLessThan(20 * 1024 * 1024); // under the XML cap: only the text it expands to is too much
    const parsed = await parseImportFile(zip([...WORKBOOK_PARTS(sheet), strings]));
    expect(parsed.fileErrors[0]).toMatch(/^Ce classeur est trop volumineux une fois décompressé/);
  }, 60_000);

  it("refuses a zip with a local entry its directory does not list (what exceljs would read, unmeasured)", async () => {
    const honest = zip(WORKBOOK_PARTS(BOMB_SHEET));
    const hidden = zip(WORKBOOK_PARTS(BOMB_SHEET));
    // Shift the directory by a forged local entry placed before it: offsets no longer follow each other.
    const smuggled = Buffer.concat([Buffer.from("PK\x03\x04", "latin1"), Buffer.alloc(60)]);
    const dirAt = honest.readUInt32LE(honest.length - 6);
    const forged = Buffer.concat([hidden.subarray(0, dirAt), smuggled, hidden.subarray(dirAt)]);
    forged.writeUInt32LE(dirAt + smuggled.length, forged.length - 6);
    expect(readZipDirectory(honest)).not.toBeNull();
    expect(readZipDirectory(forged)).toBeNull();
    expect((await parseImportFile(forged)).fileErrors[0]).toMatch(/n'a pas pu être lu/);
  });

  it("still reads a normal 2,000-row workbook", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Plan");
    sheet.addRow(["Titre", "Description", "Type", "Codes NAF", "Commune", "Date limite de réponse"]);
    for (let i = 0; i < MAX_IMPORT_ROWS; i++)
      sheet.addRow([`Projet ${i}`, "Entretien des espaces verts du site", "Services", "81.30Z", "13400 Aubagne", "2027-03-15"]);
    const parsed = await parseImportFile(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.rows).toHaveLength(MAX_IMPORT_ROWS);
    expect(parsed.rows[0]).toEqual({
      line: 2,
      values: {
        title: "Projet 0",
        description: "Entretien des espaces verts du site",
        kind: "Services",
        nafCodes: "81.30Z",
        commune: "13400 Aubagne",
        responseDeadline: "2027-03-15",
      },
    });
  }, 60_000);

  it("refuses a renamed PNG or PDF as neither a CSV nor a workbook", async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from("\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0", "latin1"),
    ]);
    // A PDF with no NUL byte at all: only its signature tells it apart from text.
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");
    const docx = zip([deflated("[Content_Types].xml", "<Types/>"), deflated("word/document.xml", "<w:document/>")]);
    for (const bytes of [png, pdf, docx]) expect((await parseImportFile(bytes)).fileErrors).toEqual([NOT_A_TABLE]);
  });

  it("refuses a workbook cell of 50,000 characters, naming the line and column", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Plan");
    sheet.addRow(["Titre", "Description", "Type", "Codes NAF", "Commune", "Date limite de réponse"]);
    sheet.addRow(["Projet", "x".repeat(50_000), "Services", "81.30Z", "13400 Aubagne", "2027-03-15"]);
    const parsed = await parseImportFile(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(parsed.rows).toEqual([]);
    expect(parsed.fileErrors).toHaveLength(1);
    expect(parsed.fileErrors[0]).toMatch(/^Ligne 2, colonne B : la cellule contient 50\s000 caractères, 10\s000 au plus\./);
  }, 60_000);
});
