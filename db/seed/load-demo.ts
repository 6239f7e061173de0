/**
 * Loads the generated demo data (companies, users, memberships, charter signatures, current needs and a year
 * of history: answers, awards, follow-ups, ratings; challenges, skills and business-meetings events) into the
 * database, once: app_meta `demo_seeded` records the seed and makes later runs a no-op.
 */
import { and, desc, eq, inArray, ne, or } from "drizzle-orm";
import type { Db } from "../client";
import {
  answers,
  appMeta,
  awards,
  charterSignatures,
  charterVersions,
  communes,
  companies,
  followUps,
  memberships,
  nafCodes,
  needActivities,
  needs,
  supplierRatings,
  users,
} from "../schema";
import { generateDemoHistory, OUTSIDE_COMMUNES } from "./demo-history";
import { generateDemoNeeds } from "./demo-needs";
import { seedInnovationDemo } from "./demo-innovation";
import { seedEventsDemo } from "./demo-events";
import { hashPassword } from "../../lib/auth/password";
import { territoryConfig } from "../../lib/config/territory";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, generateDemoData, territoryCommunes } from "./generate";

export const DEFAULT_DEMO_SEED = 20261124;
const DEMO_KEY = "demo_seeded";
const BATCH = 500;

async function insertInBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

export async function loadDemoData(
  db: Db,
  opts: { seed?: number; log?: (s: string) => void } = {},
): Promise<{ loaded: boolean; companies: number; users: number }> {
  const seed = opts.seed ?? DEFAULT_DEMO_SEED;
  const skipped = { loaded: false, companies: 0, users: 0 };
  const done = await db.select().from(appMeta).where(eq(appMeta.key, DEMO_KEY));
  if (done.length > 0) {
    opts.log?.(`Données de démonstration déjà chargées (graine ${done[0].value}).`);
    return skipped;
  }

  const [charter] = await db
    .select({ id: charterVersions.id })
    .from(charterVersions)
    .orderBy(desc(charterVersions.publishedAt), desc(charterVersions.id))
    .limit(1);
  if (!charter) {
    throw new Error("Demo seed: no charter_versions row. Load the reference data first (it publishes the charter), then seed the demo.");
  }

  const { epciCode } = territoryConfig();
  // ARM rows are few (Paris, Lyon, Marseille); territoryCommunes keeps those of the territory's communes.
  const communeRows = await db
    .select({
      inseeCode: communes.inseeCode,
      name: communes.name,
      kind: communes.kind,
      parentCode: communes.parentCode,
      epciCode: communes.epciCode,
      population: communes.population,
    })
    .from(communes)
    .where(or(eq(communes.epciCode, epciCode), eq(communes.kind, "ARM")));
  const nafRows = await db.select({ code: nafCodes.code }).from(nafCodes).where(eq(nafCodes.level, "subclass"));
  const generated = generateDemoData({
    seed,
    communes: territoryCommunes(communeRows, epciCode),
    nafSubclasses: nafRows.map((r) => r.code),
  });
  const outside = await db
    .select({ code: communes.inseeCode })
    .from(communes)
    .where(and(inArray(communes.inseeCode, OUTSIDE_COMMUNES), ne(communes.epciCode, epciCode)));
  const now = new Date();
  const currentNeeds = generateDemoNeeds(seed, generated.companies, generated.memberships, now);
  const adminCompany = (email: string) => {
    const user = generated.users.find((u) => u.email === email);
    return generated.memberships.find((m) => m.userId === user?.id && m.role === "admin")?.companyId ?? null;
  };
  const publicBuyerId = adminCompany(DEMO_ACCOUNTS.publicBuyer.email);
  const history = generateDemoHistory({
    seed,
    companies: generated.companies,
    memberships: generated.memberships,
    currentNeeds,
    now,
    outsideCommunes: new Set(outside.map((c) => c.code)),
    noAwardsFor: new Set(publicBuyerId ? [publicBuyerId] : []),
    demoBuyerId: adminCompany(DEMO_ACCOUNTS.buyer.email),
    reservedSuppliers: new Set([DEMO_ACCOUNTS.supplier.email, DEMO_ACCOUNTS.supplier2.email].map(adminCompany).filter((id) => id !== null)),
  });
  const data = {
    companies: [...generated.companies, ...history.companies],
    users: [...generated.users, ...history.users],
    memberships: [...generated.memberships, ...history.memberships],
  };

  // argon2 is deliberately slow: hash once, every demo account shares the password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userCreatedAt = new Map(data.users.map((u) => [u.id, u.createdAt]));

  const loaded = await db.transaction(async (tx) => {
    // Claim the key first: a concurrent seeder blocks on it, then finds it taken and backs off.
    const claimed = await tx
      .insert(appMeta)
      .values({ key: DEMO_KEY, value: String(seed) })
      .onConflictDoNothing()
      .returning({ key: appMeta.key });
    if (claimed.length === 0) return false;

    await insertInBatches(data.companies, (batch) =>
      tx.insert(companies).values(
        batch.map((c) => ({
          id: c.id,
          siren: c.siren,
          siret: c.siret,
          legalName: c.legalName,
          tradeName: c.tradeName,
          nafCode: c.nafCode,
          communeCode: c.communeCode,
          headcountBand: c.headcountBand,
          sector: c.sector,
          description: c.description,
          website: c.website,
          isLargeBuyer: c.isLargeBuyer,
          verifiedAt: c.verifiedAt,
          verificationStatus: c.verifiedAt ? ("verified" as const) : ("pending" as const),
          createdAt: c.createdAt,
          updatedAt: c.verifiedAt ?? c.signedAt ?? c.createdAt,
        })),
      ),
    );
    await insertInBatches(data.users, (batch) =>
      tx.insert(users).values(
        batch.map((u) => ({
          id: u.id,
          email: u.email,
          firstName: u.firstName,
          lastName: u.lastName,
          jobTitle: u.jobTitle,
          platformRole: u.platformRole,
          passwordHash,
          createdAt: u.createdAt,
          updatedAt: u.createdAt,
        })),
      ),
    );
    await insertInBatches(data.memberships, (batch) =>
      tx.insert(memberships).values(
        batch.map((m) => ({
          ...m,
          createdAt: userCreatedAt.get(m.userId),
          updatedAt: userCreatedAt.get(m.userId),
        })),
      ),
    );
    const signatures = data.companies
      .filter((c) => c.signedAt)
      .map((c) => ({
        companyId: c.id,
        charterVersionId: charter.id,
        signedByUserId: c.signedByUserId,
        signedAt: c.signedAt!,
      }));
    await insertInBatches(signatures, (batch) => tx.insert(charterSignatures).values(batch));
    const demoNeeds = [...currentNeeds, ...history.needs];
    await insertInBatches(demoNeeds, (batch) =>
      tx.insert(needs).values(
        batch.map(({ nafCodes: _naf, ...n }) => ({
          ...n,
          contactUserId: n.createdBy,
          perimeterKind: "radius" as const,
          perimeterRadiusKm: 40,
          updatedAt: n.createdAt,
        })),
      ),
    );
    await insertInBatches(
      demoNeeds.flatMap((n) => n.nafCodes.map((nafCode) => ({ needId: n.id, nafCode }))),
      (batch) => tx.insert(needActivities).values(batch),
    );
    // Answers, then awards: the dashboards' triggers read the needs, answers and companies already there.
    await insertInBatches(history.answers, (batch) => tx.insert(answers).values(batch.map((a) => ({ ...a, updatedAt: a.decidedAt ?? a.createdAt }))));
    await insertInBatches(history.awards, (batch) => tx.insert(awards).values(batch.map((a) => ({ ...a, createdAt: a.awardedOn }))));
    await insertInBatches(history.followUps, (batch) => tx.insert(followUps).values(batch));
    await insertInBatches(history.ratings, (batch) => tx.insert(supplierRatings).values(batch));
    const party = (email: string) => {
      const userId = data.users.find((u) => u.email === email)?.id;
      const companyId = adminCompany(email);
      return userId && companyId ? { userId, companyId } : null;
    };
    const [group, sme, young] = [party(DEMO_ACCOUNTS.buyer.email), party(DEMO_ACCOUNTS.supplier.email), party(DEMO_ACCOUNTS.supplier2.email)];
    if (group && sme && young) await seedInnovationDemo(tx, { group, sme, young }, now);
    const staffUserId = data.users.find((u) => u.email === DEMO_ACCOUNTS.staff.email)?.id;
    if (group && sme && young && staffUserId) await seedEventsDemo(tx, { buyer: group, suppliers: [sme, young], staffUserId }, now);
    return true;
  });

  if (!loaded) {
    opts.log?.("Données de démonstration chargées par un autre processus entre-temps.");
    return skipped;
  }
  opts.log?.(
    `Données de démonstration chargées : ${data.companies.length} entreprises, ${data.users.length} comptes, ` +
      `${currentNeeds.length + history.needs.length} besoins, ${history.answers.length} réponses, ${history.awards.length} attributions (graine ${seed}).`,
  );
  return { loaded: true, companies: data.companies.length, users: data.users.length };
}
