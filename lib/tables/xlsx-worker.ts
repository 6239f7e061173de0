/**
 * Reads the first sheet of an .xlsx in a worker thread with a heap cap and a time cap, so no workbook
 * can take the server's memory or CPU: the main thread gets the rows or a reason, then ends the worker.
 *
 * The worker's code is a CommonJS string run with `eval: true` rather than a file: under Next.js the
 * server code is bundled into chunks, where a worker file path (or `new URL("./x.js", import.meta.url)`)
 * does not reliably exist, while a string runs the same under tsx, vitest and `next start` (checked with
 * a production build of next 16.4.5, Turbopack). It `require`s exceljs from the working directory (the
 * project root in all three). Keep it small and self-contained: it cannot import from this code base.
 */
import { Worker } from "node:worker_threads";
import { isXmlPart, type ZipEntry } from "./zip-limits";

export const XLSX_HEAP_MB = 256;
export const XLSX_TIME_LIMIT_MS = 10_000;
/** Workbooks read at once by this process; more wait their turn, and past the queue are refused. */
const MAX_PARALLEL = 2;
const MAX_WAITING = 20;

export interface XlsxJob {
  bytes: Buffer;
  entries: ZipEntry[];
  maxRows: number;
  maxCellChars: number;
  maxColumns: number;
  /** Characters returned in all: one shared string can fill thousands of cells, and copying rows back does not share them. */
  maxTotalChars: number;
}
export type XlsxResult =
  | { kind: "rows"; rows: { line: number; cells: string[] }[]; truncated: boolean }
  | { kind: "cell"; line: number; column: number; length: number }
  | { kind: "too-big" } // inflated past what it declared, or out of memory
  | { kind: "timeout" }
  | { kind: "unreadable"; reason: string } // why, for the server log: the file, or a worker that died
  | { kind: "no-sheet" }
  | { kind: "busy" }
  | { kind: "crash"; message: string }; // a bug or a broken install (exceljs not found), not the file's fault

const WORKER_SOURCE = String.raw`
"use strict";
const { parentPort, workerData } = require("node:worker_threads");
const zlib = require("node:zlib");
const { Readable } = require("node:stream");
const { bytes, entries, maxRows, maxCellChars, maxColumns, maxTotalChars } = workerData;
const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
// Once it has answered, the worker waits for the main thread to end it rather than ending by itself: its own exit
// could reach the main thread before its answer on a loaded machine, and read as an unreadable file.
const post = (m) => {
  parentPort.postMessage(m);
  setInterval(() => {}, 1 << 30);
};

// An XML part's real inflated size, capped at what the directory declared (already checked): null when it keeps to it,
// else the answer to post.
const TOO_BIG = { kind: "too-big" };
function sizeFault(e) {
  const data = buf.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
  if (e.method === 0) return e.compressedSize === e.uncompressedSize ? null : TOO_BIG;
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: e.uncompressedSize + 1 }).length <= e.uncompressedSize ? null : TOO_BIG;
  } catch (err) {
    return err && err.code === "ERR_BUFFER_TOO_LARGE" ? TOO_BIG : { kind: "unreadable", reason: "a part does not inflate: " + err.message };
  }
}

const isoDay = (d) => d.toISOString().slice(0, 10);
// Date cells are stored as UTC midnight of the day shown, hence the UTC ISO day.
function cellText(v) {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : isoDay(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (typeof v === "string") return v;
  if (Array.isArray(v.richText)) return v.richText.map((r) => (r && typeof r.text === "string" ? r.text : "")).join("");
  if ("formula" in v || "sharedFormula" in v) return cellText(v.result === undefined ? null : v.result);
  if ("hyperlink" in v) return cellText(v.text);
  if ("error" in v) return "";
  return String(v);
}

async function main() {
  for (const e of entries) {
    const fault = sizeFault(e);
    if (fault) return post(fault);
  }
  const ExcelJS = require("exceljs");
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buf]), {
    worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore",
  });
  const rows = [];
  let sheets = 0;
  let total = 0;
  try {
    for await (const sheet of reader) {
      sheets++;
      for await (const row of sheet) {
        const values = row.values; // sparse, indexed by column number
        const width = Math.min(values.length - 1, maxColumns);
        const cells = [];
        let filled = false;
        for (let c = 1; c <= width; c++) {
          const text = cellText(values[c]);
          if (text.length > maxCellChars) return post({ kind: "cell", line: row.number, column: c, length: text.length });
          if (text.trim() !== "") filled = true;
          if ((total += text.length) > maxTotalChars) return post(TOO_BIG);
          cells.push(text);
        }
        if (!filled) continue; // blank rows are skipped, not counted
        rows.push({ line: row.number, cells });
        // Header + maxRows rows are allowed; one more is enough to refuse the file.
        if (rows.length > maxRows + 1) return post({ kind: "rows", rows, truncated: true });
      }
      break; // only the first sheet is read
    }
  } catch (err) {
    return post({ kind: "unreadable", reason: String((err && err.message) || err) });
  }
  post(sheets === 0 ? { kind: "no-sheet" } : { kind: "rows", rows, truncated: false });
}
main().catch((err) => post({ kind: "crash", message: String((err && err.stack) || err) }));
`;

let running = 0;
const waiting: (() => void)[] = [];

/** A slot among MAX_PARALLEL, handed straight to the next in line when released. */
async function withSlot<T>(run: () => Promise<T>): Promise<T | { kind: "busy" }> {
  if (running < MAX_PARALLEL) running++;
  else if (waiting.length >= MAX_WAITING) return { kind: "busy" };
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await run();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

export function readXlsxInWorker(job: XlsxJob): Promise<XlsxResult> {
  return withSlot(
    () =>
      new Promise<XlsxResult>((resolve) => {
        const worker = new Worker(WORKER_SOURCE, {
          eval: true,
          // Not the parent's loader flags (tsx, vitest): the worker is plain CommonJS.
          execArgv: [],
          workerData: { ...job, entries: job.entries.filter(isXmlPart), bytes: new Uint8Array(job.bytes) },
          resourceLimits: { maxOldGenerationSizeMb: XLSX_HEAP_MB, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
          stdout: true, // exceljs' console output stays out of the server log
          stderr: true,
        });
        let done = false;
        const finish = (result: XlsxResult) => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          void worker.terminate();
          resolve(result);
        };
        const timer = setTimeout(() => finish({ kind: "timeout" }), XLSX_TIME_LIMIT_MS);
        worker.once("message", (m: XlsxResult) => finish(m));
        worker.once("error", (err: Error & { code?: string }) => {
          finish(
            err.code === "ERR_WORKER_OUT_OF_MEMORY" ? { kind: "too-big" } : { kind: "unreadable", reason: `worker error ${err.code ?? ""} ${err.message}` },
          );
        });
        // The worker only ends by itself when it died before answering (it waits to be ended once it has answered).
        worker.once("exit", (code) => finish({ kind: "unreadable", reason: `worker exited (code ${code}) before answering` }));
      }),
  );
}
