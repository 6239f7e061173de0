/** The partner space's reads and its forward action, on the application's database (app/ imports no db/). */
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { authorize, type Actor } from "../auth/actor";
import { partnersOfUser, requirePartnerAccess } from "./access";
import { partnerFigures, partnerRelaysCsv } from "./dashboard";
import { partnerInbox } from "./inbox";
import { forwardNeed, relayTracking } from "./relays";
import type { PartnerKind } from "./kinds";
import type { PartnerInput } from "./schemas";
import { ValidationError } from "../errors";
import { formatMegabytes, MAX_IMPORT_BYTES } from "../files/limits";
import { parseSiretText, readSiretFile } from "./siret-list";
import { addPartnerStaff, createPartner, importMembers, partnerMemberList, previewMemberImport } from "./service";

export async function partnerSpace(actor: Actor | null, partnerId: string) {
  const db = getDb();
  const { partner } = await requirePartnerAccess(db, actor, partnerId);
  const [inbox, relays, members] = [
    await partnerInbox(db, actor, partnerId),
    await relayTracking(db, actor, partnerId),
    await partnerMemberList(db, actor, partnerId),
  ];
  return { partner, inbox, relays, members };
}

/** The networks the signed-in person works for (the /partenaires switcher). */
export const myPartners = (actor: Actor) => partnersOfUser(getDb(), actor.userId);

/** The dashboard's figures and the relays' CSV, for the network's staff and CCI staff (lib/partners/dashboard.ts). */
export const dashboardFromSpace = (actor: Actor | null, partnerId: string) => partnerFigures(getDb(), actor, partnerId);
export const relaysCsvFromSpace = (actor: Actor | null, partnerId: string) => partnerRelaysCsv(getDb(), actor, partnerId);

export const forwardFromSpace = (actor: Actor | null, partnerId: string, input: { needId: string; companyIds: string[]; note?: string }) =>
  forwardNeed(getDb(), actor, partnerId, input.needId, { companyIds: input.companyIds, note: input.note });

export type MemberListSource = { file: Buffer } | { text: string };

/**
 * The import form: what the list would do (preview) or doing it (import). The list comes from an uploaded
 * file or pasted text; it is read only once the person is known to work for the partner.
 */
export async function memberImportFromSpace(actor: Actor | null, partnerId: string, source: MemberListSource, mode: "preview" | "import") {
  const db = getDb();
  await requirePartnerAccess(db, actor, partnerId);
  const field = "file" in source ? "file" : "sirets";
  if ("file" in source && source.file.length > MAX_IMPORT_BYTES) {
    throw new ValidationError({ file: `Le fichier dépasse ${formatMegabytes(MAX_IMPORT_BYTES)} : découpez-le en plusieurs fichiers.` });
  }
  const list = "file" in source ? await readSiretFile(source.file) : parseSiretText(source.text);
  if ("error" in list) throw new ValidationError({ [field]: list.error });
  if (mode === "import") return { imported: (await importMembers(db, actor, partnerId, list)).imported, preview: null, sirets: list.sirets };
  return { imported: null, preview: await previewMemberImport(db, actor, partnerId, list), sirets: list.sirets };
}

/** CCI staff's list of partners, with their member and staff counts. */
export async function partnersForStaff(actor: Actor | null) {
  authorize(actor, "partner:manage");
  const { rows } = await getDb().execute<{ id: string; name: string; kind: PartnerKind; members: number; staff: number }>(sql`
    select p.id, p.name, p.kind,
      (select count(*)::int from partner_members m where m.partner_id = p.id and m.status = 'confirmed') as members,
      (select count(*)::int from partner_staff s where s.partner_id = p.id) as staff
    from partners p order by p.name`);
  return rows;
}

export const createPartnerFromStaff = (actor: Actor | null, input: PartnerInput) => createPartner(getDb(), actor, input);
export const addStaffFromStaff = (actor: Actor | null, partnerId: string, email: string) => addPartnerStaff(getDb(), actor, partnerId, email);
