/**
 * Receives a staff upload of a SIRENE file: streams the request body to .data/imports/<id>.csv (never held
 * in memory, up to MAX_SIRENE_UPLOAD_BYTES), refuses a file that is not text as soon as its first kilobytes
 * arrive (a ZIP, a spreadsheet, a PDF: judged by content, lib/files/text-content.ts), checks its header
 * line, then in one transaction writes the "queued" status, the import_sirene job and an audit row. The
 * job does the import in the background.
 */
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { Db } from "@/db/client";
import { recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/auth/actor";
import { notTextReason } from "@/lib/files/text-content";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { HttpError } from "@/lib/http/errors";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { sireneHeadProblems } from "./import";
import { importFilePath, MAX_SIRENE_UPLOAD_BYTES, queuedStatus, writeImportStatus } from "./status";

/** A refused upload; `status` is the HTTP status the route answers. */
export class SireneUploadError extends HttpError {
  constructor(message: string, status: 400 | 413 = 400) {
    super(status, message);
    this.name = "SireneUploadError";
  }
}

const HEAD_BYTES = 64 * 1024;
/** Enough for file-type's signatures (4,100 bytes) and a few lines of text. */
const JUDGE_BYTES = 8 * 1024;
const MAX_MB = Math.round(MAX_SIRENE_UPLOAD_BYTES / 1024 / 1024);
const tooLarge = () => new SireneUploadError(`Le fichier dépasse ${MAX_MB} Mo : filtrez l'extrait SIRENE sur le territoire ou découpez-le.`, 413);

export interface SireneUpload {
  body: ReadableStream<Uint8Array> | null;
  fileName: string;
  /** Content-Length when the browser sent one: a shorter body means the upload was cut. */
  declaredBytes: number | null;
}

export async function receiveSireneUpload(db: Db, actor: Actor | null, upload: SireneUpload): Promise<string> {
  if (!actor) throw new UnauthenticatedError();
  if (!can(actor, "staff:access")) throw new ForbiddenError("Seule l'équipe de la CCI peut importer un fichier SIRENE.");
  if (!upload.body) throw new SireneUploadError("Choisissez un fichier CSV SIRENE non vide.");
  if (upload.declaredBytes !== null && upload.declaredBytes > MAX_SIRENE_UPLOAD_BYTES) throw tooLarge();

  const id = randomUUID();
  const file = importFilePath(id);
  await mkdir(path.dirname(file), { recursive: true });
  let bytes = 0;
  let head = Buffer.alloc(0);
  // Judged once, on the first kilobytes: a 300 MB archive is refused without being received whole.
  let judged = false;
  const judge = async () => {
    judged = true;
    const reason = await notTextReason(head.subarray(0, JUDGE_BYTES));
    if (reason) throw new SireneUploadError(reason);
  };
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
      if (bytes > MAX_SIRENE_UPLOAD_BYTES) done(tooLarge());
      else if (!judged && head.length >= JUDGE_BYTES) judge().then(() => done(null, chunk), done);
      else done(null, chunk);
    },
    flush(done) {
      if (judged) done();
      else judge().then(() => done(), done);
    },
  });
  const refuse = async (error: SireneUploadError): Promise<never> => {
    await rm(file, { force: true });
    throw error;
  };

  try {
    await pipeline(Readable.fromWeb(upload.body as WebReadableStream<Uint8Array>), meter, createWriteStream(file, { flags: "wx" }));
  } catch (err) {
    await refuse(err instanceof SireneUploadError ? err : new SireneUploadError("Le fichier n'a pas pu être reçu en entier : réessayez."));
  }
  if (bytes === 0) await refuse(new SireneUploadError("Le fichier est vide."));
  if (upload.declaredBytes !== null && bytes !== upload.declaredBytes) {
    await refuse(new SireneUploadError("Le fichier n'a été reçu qu'en partie : réessayez."));
  }
  const problems = sireneHeadProblems(head);
  if (problems.length) await refuse(new SireneUploadError(`Ce fichier n'est pas un extrait SIRENE des établissements. ${problems.join(" ")}`));

  const fileName = upload.fileName.replace(/[^\p{L}\p{N} ._()-]/gu, "_").slice(0, 120) || "sirene.csv";
  try {
    await db.transaction(async (tx) => {
      await writeImportStatus(tx, queuedStatus(id, fileName, bytes, actor.email));
      await enqueueJob(tx, "import_sirene", { importId: id }, { maxAttempts: 3, jobKey: `sirene_import:${id}` });
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: "sirene.import",
        objectType: "sirene_import",
        objectId: id,
        after: { fileName, bytes },
      });
    });
  } catch (err) {
    await rm(file, { force: true });
    throw err;
  }
  return id;
}
