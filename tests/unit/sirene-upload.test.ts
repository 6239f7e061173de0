/**
 * The SIRENE upload judges the file by its content: an archive, a spreadsheet, a PDF or any binary file
 * renamed .csv is refused with a French message that says what it is, nothing is kept on disk and no job
 * is queued (the database is never reached); a real SIRENE CSV goes through to the queue.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deflateRawSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { receiveSireneUpload, SireneUploadError } from "@/lib/sirene/upload";
import { sireneCsv, sireneRecord } from "../factories/sirene";

const staff: Actor = {
  userId: "00000000-0000-4000-8000-000000000001",
  email: "cci@exemple.fr",
  firstName: "Camille",
  lastName: "Martin",
  platformRole: "staff",
  memberships: [],
};
let dir: string;
let transactions = 0;
// Refusals must happen before any write: a database that only counts the attempts to use it.
const db = {
  transaction: async () => {
    transactions += 1;
  },
} as unknown as Db;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "cc-sirene-upload-"));
  process.env.IMPORTS_DIR = dir;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const streamOf = (bytes: Buffer, chunk = 16 * 1024) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += chunk) controller.enqueue(new Uint8Array(bytes.subarray(i, i + chunk)));
      controller.close();
    },
  });
const upload = (bytes: Buffer, fileName = "StockEtablissement.csv") =>
  receiveSireneUpload(db, staff, { body: streamOf(bytes), fileName, declaredBytes: bytes.length });
const refusal = (bytes: Buffer) =>
  upload(bytes).then(
    () => null,
    (err: unknown) => err,
  );

const csv = Buffer.from(sireneCsv(Array.from({ length: 400 }, (_, i) => sireneRecord(i + 1))));

/** A one-entry ZIP archive holding the CSV, as INSEE distributes the stock file. */
function zipOf(name: string, data: Buffer): Buffer {
  const packed = deflateRawSync(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(Buffer.byteLength(name), 26);
  return Buffer.concat([local, Buffer.from(name), packed]);
}

describe("SIRENE upload judged by content", () => {
  it.each([
    ["a ZIP archive", zipOf("StockEtablissement_utf8.csv", csv), /archive ZIP : décompressez-la/],
    ["a gzip file", gzipSync(csv), /archive compressée \(gzip\)/],
    ["a PDF", Buffer.concat([Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1"), csv]), /document PDF/],
    ["an image", Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), Buffer.alloc(20_000, 7)]), /fichier PNG/],
    ["UTF-16 text", Buffer.from(`\ufeff${csv.toString()}`, "utf16le"), /encodé en UTF-16/],
    ["binary bytes without a signature", Buffer.concat([Buffer.from("siren;nic\n"), Buffer.alloc(20_000, 0x01)]), /son contenu est binaire/],
  ])("refuses %s renamed .csv, in French, keeping nothing", async (_label, bytes, message) => {
    const err = await refusal(bytes);
    expect(err).toBeInstanceOf(SireneUploadError);
    expect((err as SireneUploadError).status).toBe(400);
    expect((err as Error).message).toMatch(/^Ce fichier n'est pas un fichier CSV/);
    expect((err as Error).message).toMatch(message);
    expect(readdirSync(dir)).toEqual([]);
    expect(transactions).toBe(0);
  });

  it("refuses a small binary file (under the first judgement's size) too", async () => {
    expect(((await refusal(gzipSync(Buffer.from("siren;nic\n")))) as Error).message).toMatch(/gzip/);
  });

  it("accepts a SIRENE CSV and queues its import", async () => {
    const id = await upload(csv);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(transactions).toBe(1);
    expect(readdirSync(dir)).toEqual([`${id}.csv`]);
  });
});
