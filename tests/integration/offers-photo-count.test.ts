/** « Mes offres » counts each offer's photos (issue 16 point 9: an offer with a photo showed 0). */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { listCompanyOffers } from "@/db/queries/offers";
import { createOffer } from "@/lib/offers/service";
import { companyWithTeam } from "../factories/actors";
import { offerInput, pngUpload } from "../factories/offers";
import { db, resetDatabase } from "./db";

let storageDir: string;
beforeAll(() => {
  storageDir = mkdtempSync(path.join(tmpdir(), "cc-offer-photos-"));
  process.env.STORAGE_DIR = storageDir;
});
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));
beforeEach(resetDatabase);

it("counts the photos of each offer of the company", async () => {
  const c = await companyWithTeam(db());
  const two = await createOffer(db(), c.admin, c.companyId, offerInput({ title: "Menuiserie sur mesure" }), [pngUpload("a.png"), pngUpload("b.png")]);
  const none = await createOffer(db(), c.admin, c.companyId, offerInput({ title: "Pose de parquet" }));
  const { rows } = await listCompanyOffers(db(), c.companyId);
  const count = (id: string) => rows.find((r) => r.id === id)?.photoCount;
  expect(count(two.id)).toBe(2);
  expect(count(none.id)).toBe(0);
});
