/**
 * Partner organisations: staff create a partner and name its staff; the partner previews and imports its
 * member file (on the platform / SIRENE-known / closed / unknown / invalid); a company declares its
 * membership and the partner confirms it; the inbox lists the published needs its members rank well for,
 * from the stored relevance ranking. Nobody else sees a partner's members or inbox.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { companies, needMatches } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { withLuhnKey } from "@/lib/companies/siret";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { currentWeights } from "@/lib/matching/weights-store";
import { partnerInbox } from "@/lib/partners/inbox";
import { memberImportFromSpace, partnersForStaff } from "@/lib/partners/space";
import {
  addPartnerStaff,
  confirmMember,
  createPartner,
  declareMembership,
  importMembers,
  partnerMemberList,
  previewMemberImport,
} from "@/lib/partners/service";
import { companyWithTeam, staffActor } from "../factories/actors";
import { publishedNeed } from "../factories/answers";
import { db, resetDatabase } from "./db";
import { memberList } from "../factories/partners";

let staff: Actor;
let cressStaff: Actor;
let otherStaff: Actor;
let cressId: string;
let otherId: string;
let joined: Awaited<ReturnType<typeof companyWithTeam>>;
let declarer: Awaited<ReturnType<typeof companyWithTeam>>;
let buyer: Awaited<ReturnType<typeof companyWithTeam>>;
const sirets: Record<string, string> = {};
const siretOf = (n: number) => withLuhnKey(`${withLuhnKey(String(50000000 + n))}${String(n).padStart(4, "0")}`);

async function sireneCompany(n: number, state: "A" | "F") {
  const siret = siretOf(n);
  const [c] = await db()
    .insert(companies)
    .values({
      siren: siret.slice(0, 9),
      siret,
      legalName: `Mutuelle ${n}`,
      nafCode: "65.12Z",
      communeCode: "13005",
      source: "sirene",
      administrativeState: state,
    })
    .returning();
  return c;
}

beforeAll(async () => {
  await resetDatabase();
  staff = await staffActor(db());
  joined = await companyWithTeam(db());
  declarer = await companyWithTeam(db());
  buyer = await companyWithTeam(db());
  // Partner staff are ordinary accounts: the member of another company is enough here.
  cressStaff = (await companyWithTeam(db())).member;
  otherStaff = (await companyWithTeam(db())).member;
  cressId = (await createPartner(db(), staff, { name: "Cress Sud", kind: "cress", sectors: ["65"], communes: [] })).id;
  otherId = (await createPartner(db(), staff, { name: "CPME 13", kind: "employers", sectors: [], communes: [] })).id;
  await addPartnerStaff(db(), staff, cressId, cressStaff.email);
  await addPartnerStaff(db(), staff, otherId, otherStaff.email);
  const [j] = await db().select({ siret: companies.siret }).from(companies).where(eq(companies.id, joined.companyId));
  sirets.joined = j.siret;
  sirets.sirene = (await sireneCompany(11, "A")).siret;
  sirets.closed = (await sireneCompany(12, "F")).siret;
  sirets.unknown = siretOf(13);
});

describe("partners", () => {
  it("are created and staffed by CCI staff only, with unique names", async () => {
    await expect(createPartner(db(), joined.admin, { name: "Réseau pirate", kind: "other", sectors: [], communes: [] })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createPartner(db(), staff, { name: "cress sud", kind: "cress", sectors: [], communes: [] })).rejects.toBeInstanceOf(ValidationError);
    await expect(addPartnerStaff(db(), cressStaff, cressId, joined.admin.email)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addPartnerStaff(db(), staff, cressId, "personne@inconnue.fr")).rejects.toBeInstanceOf(ValidationError);
    await expect(addPartnerStaff(db(), staff, cressId, cressStaff.email)).rejects.toBeInstanceOf(ConflictError);
  });

  it("preview a member file line by line without writing, then import it (closed establishments left out)", async () => {
    const file = memberList(`Nom;SIRET\nA;${sirets.joined}\nB;${sirets.sirene}\nC;${sirets.closed}\nD;${sirets.unknown}\nE;123\nA bis;${sirets.joined}\n`);
    const preview = await previewMemberImport(db(), cressStaff, cressId, file);
    expect(Object.fromEntries(preview.rows.map((r) => [r.siret, r.fate]))).toEqual({
      [sirets.joined]: "on_platform",
      [sirets.sirene]: "sirene",
      [sirets.closed]: "closed",
      [sirets.unknown]: "unknown",
    });
    expect(preview.counts).toMatchObject({ on_platform: 1, sirene: 1, closed: 1, unknown: 1, already: 0 });
    expect(preview.invalid).toEqual([{ line: 6, value: "123" }]);
    expect(preview.duplicates).toBe(1);
    expect(await partnerMemberList(db(), cressStaff, cressId)).toEqual([]);

    const { imported } = await importMembers(db(), cressStaff, cressId, file);
    expect(imported).toBe(3);
    const members = await partnerMemberList(db(), cressStaff, cressId);
    expect(members.map((m) => m.siret).sort()).toEqual([sirets.joined, sirets.sirene, sirets.unknown].sort());
    expect(members.find((m) => m.siret === sirets.joined)).toMatchObject({ companyId: joined.companyId, onPlatform: true, status: "confirmed" });
    expect((await previewMemberImport(db(), cressStaff, cressId, file)).counts.already).toBe(3);
  });

  it("the pages' reads: staff list partners with their counts; the import form previews then imports", async () => {
    await expect(partnersForStaff(cressStaff)).rejects.toBeInstanceOf(ForbiddenError);
    const listed = await partnersForStaff(staff);
    expect(listed.find((p) => p.id === cressId)).toMatchObject({ name: "Cress Sud", members: 3, staff: 1 });
    const preview = await memberImportFromSpace(cressStaff, cressId, { text: `${sirets.joined}\n${sirets.closed}` }, "preview");
    expect(preview).toMatchObject({ imported: null, preview: { counts: { already: 1, closed: 1 } } });
    await expect(memberImportFromSpace(otherStaff, cressId, { text: sirets.unknown }, "import")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the import form reads an uploaded file: its SIRETs come back for the import step, a bad file is a field error on « file »", async () => {
    const csv = Buffer.from(`Raison sociale;N° SIRET\nB;${sirets.sirene}\nC;${sirets.closed}\n`, "utf8");
    const preview = await memberImportFromSpace(cressStaff, cressId, { file: csv }, "preview");
    expect(preview).toMatchObject({ imported: null, sirets: [sirets.sirene, sirets.closed], preview: { counts: { already: 1, closed: 1 } } });
    const refused = await memberImportFromSpace(cressStaff, cressId, { file: Buffer.from("%PDF-1.7\n1 0 obj\n", "latin1") }, "preview").catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fieldErrors).toEqual({ file: "Ce fichier n'est ni un CSV ni un classeur Excel (.xlsx)." });
    const big = await memberImportFromSpace(cressStaff, cressId, { file: Buffer.alloc(6 * 1024 * 1024, 0x31) }, "import").catch((e: unknown) => e);
    expect((big as ValidationError).fieldErrors?.file).toMatch(/^Le fichier dépasse 5\sMo/);
    expect((await partnerMemberList(db(), cressStaff, cressId)).length).toBe(3);
  });

  it("hide their members from everyone but their staff and CCI staff (not found)", async () => {
    await expect(partnerMemberList(db(), otherStaff, cressId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(partnerMemberList(db(), joined.admin, cressId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(importMembers(db(), otherStaff, cressId, memberList(sirets.unknown))).rejects.toBeInstanceOf(NotFoundError);
    expect((await partnerMemberList(db(), staff, cressId)).length).toBe(3);
  });

  it("confirm a company's declared membership; only the company's admin declares, only the partner confirms", async () => {
    await expect(declareMembership(db(), declarer.member, declarer.companyId, cressId)).rejects.toBeInstanceOf(ForbiddenError);
    const declared = await declareMembership(db(), declarer.admin, declarer.companyId, cressId);
    expect(declared.status).toBe("declared");
    await expect(declareMembership(db(), declarer.admin, declarer.companyId, cressId)).rejects.toBeInstanceOf(ConflictError);
    await expect(confirmMember(db(), otherStaff, cressId, declared.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(confirmMember(db(), cressStaff, otherId, declared.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await confirmMember(db(), cressStaff, cressId, declared.id)).status).toBe("confirmed");
  });

  it("the inbox lists published needs its confirmed members rank well for, with their reasons", async () => {
    const need = await publishedNeed(db(), buyer.admin, buyer.companyId, staff, { title: "Mutuelle d'entreprise pour 40 salariés" });
    const { alertThreshold, version } = await currentWeights(db());
    const parts = [{ key: "activity", weight: 0.3, value: 1, sentence: "Même activité que celle recherchée" }];
    await db()
      .insert(needMatches)
      .values([
        { needId: need.id, companyId: joined.companyId, rank: 1, score: Math.min(1, alertThreshold + 0.1), parts, weightsVersion: version },
        { needId: need.id, companyId: declarer.companyId, rank: 2, score: alertThreshold + 0.05, parts, weightsVersion: version },
        { needId: need.id, companyId: buyer.companyId, rank: 3, score: 0.99, parts, weightsVersion: version },
      ]);
    const inbox = await partnerInbox(db(), cressStaff, cressId);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({
      needId: need.id,
      title: "Mutuelle d'entreprise pour 40 salariés",
      headline: "2\u00a0de vos adhérents correspondent à ce besoin",
    });
    expect(inbox[0].members.map((m) => m.companyId)).toEqual([joined.companyId, declarer.companyId]);
    expect(inbox[0].members[0].parts[0].sentence).toBe("Même activité que celle recherchée");
    // Below the threshold, a member is not counted; another partner's inbox is empty and private.
    await db()
      .update(needMatches)
      .set({ score: Math.max(0, alertThreshold - 0.01) })
      .where(eq(needMatches.companyId, declarer.companyId));
    expect((await partnerInbox(db(), cressStaff, cressId))[0].headline).toBe("1\u00a0de vos adhérents correspond à ce besoin");
    expect(await partnerInbox(db(), otherStaff, otherId)).toEqual([]);
    await expect(partnerInbox(db(), otherStaff, cressId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
