/**
 * The eight roles of the newer capabilities' door matrices (authorization-doors-meetings, -network and -axes):
 * company A's member and admin, company B's member and admin (another company), a person without company, CCI
 * staff and a partner network's staff (no company, B is a member of the network), plus a third company C. Each
 * test file calls `setUpRoles` in its beforeAll; the bindings below are live, read when a cell runs.
 */
import { eq } from "drizzle-orm";
import { companies } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { addPartnerStaff, createPartner, importMembers } from "@/lib/partners/service";
import { companyWithTeam, loneUser, staffActor } from "../factories/actors";
import { memberList } from "../factories/partners";
import { businessTables, fingerprintQuery } from "../fuzz/fingerprint";
import { opFor, type Outcome } from "./authorization-doors-kit";
import { db, resetDatabase } from "./db";

// Check-in links and e-mail links are signed.
process.env.AUTH_SECRET ??= "test-secret-for-signed-links";

export type Role = "anonymous" | "noCompany" | "member" | "admin" | "otherMember" | "otherAdmin" | "staff" | "partnerStaff";
export const ROLES: Role[] = ["anonymous", "noCompany", "member", "admin", "otherMember", "otherAdmin", "staff", "partnerStaff"];
export type Row = [
  anonymous: Outcome,
  noCompany: Outcome,
  member: Outcome,
  admin: Outcome,
  otherMember: Outcome,
  otherAdmin: Outcome,
  staff: Outcome,
  partnerStaff: Outcome,
];
export const op = opFor<Row>();

export const STAFF_ONLY_ACTION: Row = ["401", "403", "403", "403", "403", "403", "ok", "403"];
export const STAFF_ONLY_PAGE: Row = ["signin", "403", "403", "403", "403", "403", "ok", "403"];

export type Team = Awaited<ReturnType<typeof companyWithTeam>>;
export let A: Team, B: Team, C: Team;
export let staff: Actor;
export let actors: Record<Role, Actor | null>;
export let partnerId: string;
export let fp: ReturnType<typeof fingerprintQuery>;
/** The same without api_tokens, whose last use is recorded even when the token is refused its scope. */
export let fpBesideTokens: ReturnType<typeof fingerprintQuery>;

export const siretOf = async (companyId: string) => (await db().select({ siret: companies.siret }).from(companies).where(eq(companies.id, companyId)))[0].siret;

/** A fresh database with the three companies, staff and the partner network whose member is B. */
export async function setUpRoles() {
  await resetDatabase();
  [A, B, C] = [await companyWithTeam(db()), await companyWithTeam(db()), await companyWithTeam(db())];
  staff = await staffActor(db());
  const partnerStaff = await loneUser(db());
  partnerId = (await createPartner(db(), staff, { name: "Cress Sud", kind: "cress", sectors: [], communes: [] })).id;
  await addPartnerStaff(db(), staff, partnerId, partnerStaff.email);
  await importMembers(db(), partnerStaff, partnerId, memberList(await siretOf(B.companyId)));
  actors = {
    anonymous: null,
    noCompany: await loneUser(db()),
    member: A.member,
    admin: A.admin,
    otherMember: B.member,
    otherAdmin: B.admin,
    staff,
    partnerStaff,
  };
  const tables = await businessTables(db());
  fp = fingerprintQuery(tables);
  fpBesideTokens = fingerprintQuery(tables.filter((t) => t !== "api_tokens"));
}

export const DAY = 86_400_000;
