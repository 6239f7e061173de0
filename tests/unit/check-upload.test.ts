/** Attachments: one size rule per kind (what the forms announce), type by content, refusals named per file. */
import { describe, expect, it } from "vitest";
import { checkUpload, MAX_DOCUMENT_BYTES, MAX_IMAGE_BYTES, UPLOAD_LIMITS } from "@/lib/files/check-upload";
import { uploadsFromForm } from "@/lib/files/uploads-from-form";
import { ValidationError } from "@/lib/errors";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from("\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0", "latin1"),
]);

describe("attachment rules", () => {
  it("announces the limits the forms promise: 10 Mo per document, 5 Mo per image", () => {
    expect(MAX_DOCUMENT_BYTES).toBe(10 * 1024 * 1024);
    expect(MAX_IMAGE_BYTES).toBe(5 * 1024 * 1024);
    expect(UPLOAD_LIMITS.document.hint).toBe("PDF, Word, Excel, PowerPoint ou OpenDocument, 10 Mo au plus");
    expect(UPLOAD_LIMITS.image.hint).toBe("PNG, JPEG ou WebP, 5 Mo au plus");
  });

  it("accepts a document at the limit and refuses one byte more, naming the file", async () => {
    const atLimit = Buffer.concat([PDF, Buffer.alloc(MAX_DOCUMENT_BYTES - PDF.length, 0x20)]);
    expect(await checkUpload("cahier.pdf", atLimit, "document")).toMatchObject({ filename: "cahier.pdf", mimeType: "application/pdf" });
    const over = Buffer.concat([atLimit, Buffer.from(" ")]);
    expect(await checkUpload("cahier.pdf", over, "document")).toEqual({ error: "« cahier.pdf » pèse 10,1 Mo : 10 Mo au plus par fichier." });
  });

  it("reads the type from the content: a PNG named .pdf, and a text named .pdf, are refused", async () => {
    expect(await checkUpload("plan.pdf", PNG, "document")).toEqual({ error: expect.stringMatching(/^« plan\.pdf » n'est pas un type de fichier accepté/) });
    expect(await checkUpload("photo.pdf", PNG, "image")).toEqual({
      error: expect.stringMatching(/porte l'extension « \.pdf » mais son contenu est un fichier PNG/),
    });
    expect(await checkUpload("notes.pdf", Buffer.from("pas un PDF"), "document")).toEqual({
      error: expect.stringMatching(/n'est pas un type de fichier accepté/),
    });
  });

  it("turns every refusal of a form field into one field error naming each file, without reading oversized ones", async () => {
    const form = new FormData();
    form.append("attachments", new File([PDF], "ok.pdf"));
    form.append("attachments", new File([new Uint8Array(MAX_DOCUMENT_BYTES + 600 * 1024)], "gros plan.pdf"));
    form.append("attachments", new File([PNG], "image.pdf"));
    const err = await uploadsFromForm(form, "attachments", "document", 5).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.fieldErrors.attachments).toMatch(
      /^« gros plan\.pdf » pèse 10,6 Mo : 10 Mo au plus par fichier\. « image\.pdf » n'est pas un type de fichier accepté/,
    );

    const six = new FormData();
    for (let i = 0; i < 6; i++) six.append("attachments", new File([PDF], `p${i}.pdf`));
    expect((await uploadsFromForm(six, "attachments", "document", 5).catch((e) => e)).fieldErrors).toEqual({ attachments: "5 fichiers au plus." });

    const good = new FormData();
    good.append("attachments", new File([PDF], "ok.pdf"));
    expect(await uploadsFromForm(good, "attachments", "document", 5)).toMatchObject([
      { filename: "ok.pdf", mimeType: "application/pdf", sizeBytes: PDF.length },
    ]);
  });
});
