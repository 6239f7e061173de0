import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getMailer } from "@/lib/mail/transport";

describe("the mailbox transport", () => {
  let dir: string;
  const saved = { MAILBOX_DIR: process.env.MAILBOX_DIR, SMTP_URL: process.env.SMTP_URL };
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "mailbox-"));
    process.env.MAILBOX_DIR = dir;
    delete process.env.SMTP_URL;
  });
  afterEach(async () => {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    await rm(dir, { recursive: true, force: true });
  });

  const sent = async (listUnsubscribe?: string) => {
    await getMailer()({
      id: "00000000-0000-4000-8000-000000000001",
      to: "a@example.fr",
      subject: "Sujet",
      text: "Bonjour",
      html: "<p>Bonjour</p>",
      listUnsubscribe,
    });
    const [file] = await readdir(dir);
    // Headers as mail clients read them: a folded line (CRLF or LF, then white space) is one line.
    return (await readFile(path.join(dir, file), "utf8")).replace(/\r?\n[ \t]+/g, " ");
  };

  it("sends the unsubscribe link given as data in a List-Unsubscribe header", async () => {
    const eml = await sent("https://circuit-court.example/alertes/desabonnement?jeton=abc");
    expect(eml).toMatch(/^List-Unsubscribe: <https:\/\/circuit-court\.example\/alertes\/desabonnement\?jeton=abc>$/m);
  });

  it("sends no List-Unsubscribe header without a link", async () => {
    expect(await sent()).not.toMatch(/^List-Unsubscribe:/im);
  });
});
