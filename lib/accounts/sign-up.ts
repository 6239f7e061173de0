/**
 * Sign-up: a person and their company (by SIRET) join the platform in one transaction —
 * user, company, admin membership, charter signature and audit rows, or nothing at all.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { communes, companies, memberships, nafCodes, users, charterSignatures } from "@/db/schema";
import { findUserByEmail } from "@/db/queries/users";
import { latestCharter } from "@/db/reference/charter";
import { hashPassword } from "../auth/password";
import { recordAudit } from "../audit/record";
import { pgConstraint, pgErrorCode, ValidationError, type FieldErrors } from "../errors";
import type { SignUpInput } from "./sign-up-schema";

export const SIGN_UP_MESSAGES = {
  emailTaken: "Un compte existe déjà avec cette adresse e-mail. Connectez-vous ou utilisez une autre adresse.",
  siretTaken: "Cette entreprise (SIRET) est déjà inscrite. Demandez à son administrateur de vous ajouter à l'équipe.",
  unknownNaf: "Ce code NAF n'existe pas dans la nomenclature NAF rév. 2.",
  unknownCommune: "Cette commune est inconnue.",
};

/** A company imported from SIRENE that nobody has joined yet: its first sign-up claims it. */
const claimable = () => sql<boolean>`${companies.source} = 'sirene' and not exists (select 1 from memberships m where m.company_id = ${companies.id})`;

/** Checks that need the database; returns field errors (empty when all is well). */
async function referenceProblems(db: Db, input: SignUpInput): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const [naf, commune, user, company] = await Promise.all([
    db.select({ code: nafCodes.code }).from(nafCodes).where(sql`${nafCodes.code} = ${input.nafCode} and ${nafCodes.level} = 'subclass'`),
    db.select({ code: communes.inseeCode }).from(communes).where(eq(communes.inseeCode, input.communeCode)),
    findUserByEmail(db, input.email),
    db.select({ id: companies.id, claimable: claimable() }).from(companies).where(eq(companies.siret, input.siret)),
  ]);
  if (naf.length === 0) errors.nafCode = SIGN_UP_MESSAGES.unknownNaf;
  if (commune.length === 0) errors.communeCode = SIGN_UP_MESSAGES.unknownCommune;
  if (user) errors.email = SIGN_UP_MESSAGES.emailTaken;
  if (company.length > 0 && !company[0].claimable) errors.siret = SIGN_UP_MESSAGES.siretTaken;
  return errors;
}

export async function signUp(db: Db, input: SignUpInput): Promise<{ userId: string; companyId: string }> {
  const problems = await referenceProblems(db, input);
  if (Object.keys(problems).length > 0) throw new ValidationError(problems);

  const charter = await latestCharter(db);
  if (!charter) throw new Error("No charter version: the database setup did not run.");
  const passwordHash = await hashPassword(input.password);

  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx.insert(users).values({
        email: input.email, firstName: input.firstName, lastName: input.lastName, jobTitle: input.jobTitle, passwordHash,
      }).returning({ id: users.id });
      const declared = {
        legalName: input.legalName, tradeName: input.tradeName ?? null, nafCode: input.nafCode, communeCode: input.communeCode, headcountBand: input.headcountBand,
      };
      // A non-signatory imported from SIRENE is claimed (same row, its history kept); otherwise a new company.
      const [claimed] = await tx.update(companies).set(declared)
        .where(and(eq(companies.siret, input.siret), claimable())).returning();
      const [company] = claimed ? [claimed] : await tx.insert(companies).values({ ...declared, siret: input.siret, siren: input.siret.slice(0, 9) }).returning();
      await tx.insert(memberships).values({ userId: user.id, companyId: company.id, role: "admin" });
      await tx.insert(charterSignatures).values({ companyId: company.id, charterVersionId: charter.id, signedByUserId: user.id });
      await recordAudit(tx, {
        actorUserId: user.id, action: claimed ? "account.claim" : "account.sign_up", objectType: "company", objectId: company.id, companyId: company.id,
        after: { siret: company.siret, legalName: company.legalName, charterVersion: charter.version },
      });
      return { userId: user.id, companyId: company.id };
    });
  } catch (err) {
    // Two sign-ups racing past the checks above: the unique indexes decide.
    if (pgErrorCode(err) === "23505") {
      const constraint = pgConstraint(err);
      if (constraint === "users_email_lower_uq") throw new ValidationError({ email: SIGN_UP_MESSAGES.emailTaken });
      if (constraint === "companies_siret_uq") throw new ValidationError({ siret: SIGN_UP_MESSAGES.siretTaken });
    }
    throw err;
  }
}
