/**
 * Reads a zip's central directory (the table at its end) without inflating a byte, so a spreadsheet can
 * be refused on the sizes it declares before anything is decompressed. exceljs' reader (unzipper) walks
 * the local headers from the start of the file instead, so each local header is checked against its
 * directory record and the entries must follow each other with nothing hidden in between: what is
 * measured here is exactly what the reader will see. The worker then checks the real inflated sizes.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate (the only methods unzipper reads). */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's compressed bytes start. */
  dataOffset: number;
}

const SIG = { eocd: 0x06054b50, eocd64: 0x06064b50, eocd64Locator: 0x07064b50, central: 0x02014b50, local: 0x04034b50, descriptor: 0x08074b50 };
const MAX_ENTRIES = 10_000;
const U32 = 0xffffffff;
const DESCRIPTOR = Buffer.from([0x50, 0x4b, 0x07, 0x08]);

/** Limits of an .xlsx once decompressed: the XML exceljs parses, and everything. */
export const MAX_XLSX_XML_BYTES = 20 * 1024 * 1024;
export const MAX_XLSX_TOTAL_BYTES = 100 * 1024 * 1024;

const big = (v: bigint) => (v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : Infinity);

/** The entries of a zip, or null when it is not a zip this importer can read safely. */
export function readZipDirectory(buf: Buffer): ZipEntry[] | null {
  try {
    return readDirectory(buf);
  } catch {
    return null; // a read past the end: truncated or forged
  }
}

function readDirectory(buf: Buffer): ZipEntry[] | null {
  let eocd = -1;
  for (let i = buf.length - 22, min = Math.max(0, buf.length - 22 - 0xffff); i >= min; i--) {
    if (buf.readUInt32LE(i) === SIG.eocd) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = buf.readUInt16LE(eocd + 10);
  let dirSize = buf.readUInt32LE(eocd + 12);
  let dirOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirSize === U32 || dirOffset === U32) {
    const locator = eocd - 20;
    if (locator < 0 || buf.readUInt32LE(locator) !== SIG.eocd64Locator) return null;
    const at = big(buf.readBigUInt64LE(locator + 8));
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== SIG.eocd64) return null;
    count = big(buf.readBigUInt64LE(at + 32));
    dirSize = big(buf.readBigUInt64LE(at + 40));
    dirOffset = big(buf.readBigUInt64LE(at + 48));
  }
  if (count > MAX_ENTRIES || dirOffset + dirSize > buf.length) return null;

  const records: (ZipEntry & { localOffset: number; end: number })[] = [];
  for (let i = 0, pos = dirOffset; i < count; i++) {
    if (buf.readUInt32LE(pos) !== SIG.central) return null;
    const flags = buf.readUInt16LE(pos + 8);
    const method = buf.readUInt16LE(pos + 10);
    let compressedSize = buf.readUInt32LE(pos + 20);
    let uncompressedSize = buf.readUInt32LE(pos + 24);
    const nameLength = buf.readUInt16LE(pos + 28);
    const extraLength = buf.readUInt16LE(pos + 30);
    const commentLength = buf.readUInt16LE(pos + 32);
    let localOffset = buf.readUInt32LE(pos + 42);
    const nameBytes = buf.subarray(pos + 46, pos + 46 + nameLength);
    // ZIP64: the 32-bit fields set to 0xFFFFFFFF are in extra field 0x0001, in this order.
    if (uncompressedSize === U32 || compressedSize === U32 || localOffset === U32) {
      const extra = buf.subarray(pos + 46 + nameLength, pos + 46 + nameLength + extraLength);
      let e = 0;
      while (e + 4 <= extra.length && extra.readUInt16LE(e) !== 0x0001) e += 4 + extra.readUInt16LE(e + 2);
      if (e + 4 > extra.length) return null;
      let f = e + 4;
      const next = () => {
        const v = big(extra.readBigUInt64LE(f));
        f += 8;
        return v;
      };
      if (uncompressedSize === U32) uncompressedSize = next();
      if (compressedSize === U32) compressedSize = next();
      if (localOffset === U32) localOffset = next();
    }
    if (method !== 0 && method !== 8) return null;
    if (flags & 0x1) return null; // encrypted

    // The local header must name the same file and, when it states sizes, the same ones.
    if (buf.readUInt32LE(localOffset) !== SIG.local) return null;
    const localCompressed = buf.readUInt32LE(localOffset + 18);
    const localUncompressed = buf.readUInt32LE(localOffset + 22);
    const localNameLength = buf.readUInt16LE(localOffset + 26);
    const localExtraLength = buf.readUInt16LE(localOffset + 28);
    if (!buf.subarray(localOffset + 30, localOffset + 30 + localNameLength).equals(nameBytes)) return null;
    const dataOffset = localOffset + 30 + localNameLength + localExtraLength;
    let end = dataOffset + compressedSize;
    if (end > dirOffset) return null;
    const sizesInLocal = !(buf.readUInt16LE(localOffset + 6) & 0x8) || localCompressed > 0;
    if (sizesInLocal) {
      if (localCompressed !== U32 && (localCompressed !== compressedSize || localUncompressed !== uncompressedSize)) return null;
    } else {
      // unzipper reads up to the first data-descriptor signature: it must be exactly where the data ends.
      if (buf.indexOf(DESCRIPTOR, dataOffset) !== end || end + 16 > dirOffset) return null;
      end += 16;
    }
    // A descriptor after data whose size the local header gave is skipped by unzipper as its own record.
    if (flags & 0x8 && sizesInLocal && end + 4 <= dirOffset && buf.readUInt32LE(end) === SIG.descriptor) end += 16;

    records.push({ name: nameBytes.toString("utf8"), method, compressedSize, uncompressedSize, dataOffset, localOffset, end });
    pos += 46 + nameLength + extraLength + commentLength;
  }

  // Entries back to back from byte 0 to the directory: no local entry the directory does not list.
  records.sort((a, b) => a.localOffset - b.localOffset);
  let expected = 0;
  for (const r of records) {
    if (r.localOffset !== expected) return null;
    expected = r.end;
  }
  if (expected !== dirOffset) return null;
  return records.map(({ name, method, compressedSize, uncompressedSize, dataOffset }) => ({ name, method, compressedSize, uncompressedSize, dataOffset }));
}

/** The XML parts exceljs reads into memory (sheets, shared strings, styles, relations). */
export const isXmlPart = (e: ZipEntry) => /\.(xml|rels)$/i.test(e.name);

/** The declared decompressed sizes: the XML parts and the whole, in bytes. */
export function declaredSizes(entries: ZipEntry[]): { xml: number; total: number } {
  let xml = 0;
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (isXmlPart(e)) xml += e.uncompressedSize;
  }
  return { xml, total };
}
