/**
 * Sign-up: a person and their company (by SIRET) join the platform in one transaction —
 * user, company, admin membership, charter signature, audit rows and the address verification link,
 * or nothing at all.
 * An e-mail that already has an account is never revealed to the visitor: requestSignUp answers as for
 * a new account and e-mails the owner instead.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { communes, companies, memberships, nafCodes, users, charterSignatures } from "@/db/schema";
import { findUserByEmail } from "@/db/queries/users";
import { latestCharter } from "@/db/reference/charter";
import { hashPassword } from "../auth/password";
import { recordAudit } from "../audit/record";
import { pgConstraint, pgErrorCode, ValidationError, type FieldErrors } from "../errors";
import type { RateLimits } from "../security/rate-limit";
import { queueVerificationLink } from "./email-verification";
import { queueSignUpAttemptEmail } from "./security-emails";
import type { SignUpInput } from "./sign-up-schema";

export const SIGN_UP_MESSAGES = {
  siretTaken: "Cette entreprise (SIRET) est déjà inscrite. Demandez à son administrateur de vous ajouter à l'équipe.",
  unknownNaf: "Ce code NAF n'existe pas dans la nomenclature NAF rév. 2.",
  unknownCommune: "Cette commune est inconnue.",
};

/** A company imported from SIRENE that nobody has joined yet: its first sign-up claims it. */
// "companies"."id" written out: in a single-table select drizzle leaves ${companies.id} unqualified, which
// the subquery would read as m.id (every imported company then looked claimable to the form's check).
const claimable = () => sql<boolean>`${companies.source} = 'sirene' and not exists (select 1 from memberships m where m.company_id = "companies"."id")`;

/**
 * The e-mail already has an account: nothing was created. Not an expected (user-facing) error, on
 * purpose — callers turn it into the same answer as a sign-up (requestSignUp), never into a message.
 */
export class AccountExistsError extends Error {
  constructor() {
    super("An account already exists with this e-mail.");
    this.name = "AccountExistsError";
  }
}

/** Checks that need the database; returns field errors (empty when all is well) and whether the e-mail has an account. */
async function referenceProblems(db: Db, input: SignUpInput): Promise<{ errors: FieldErrors; emailTaken: boolean }> {
  const errors: FieldErrors = {};
  const [naf, commune, user, company] = await Promise.all([
    db
      .select({ code: nafCodes.code })
      .from(nafCodes)
      .where(sql`${nafCodes.code} = ${input.nafCode} and ${nafCodes.level} = 'subclass'`),
    db.select({ code: communes.inseeCode }).from(communes).where(eq(communes.inseeCode, input.communeCode)),
    findUserByEmail(db, input.email),
    db.select({ id: companies.id, claimable: claimable() }).from(companies).where(eq(companies.siret, input.siret)),
  ]);
  if (naf.length === 0) errors.nafCode = SIGN_UP_MESSAGES.unknownNaf;
  if (commune.length === 0) errors.communeCode = SIGN_UP_MESSAGES.unknownCommune;
  if (company.length > 0 && !company[0].claimable) errors.siret = SIGN_UP_MESSAGES.siretTaken;
  return { errors, emailTaken: user !== null };
}

/**
 * Creates the account and its company. Throws ValidationError for the form's other problems (shown
 * first: they reveal nothing about the e-mail) and AccountExistsError when the e-mail has an account.
 */
export async function signUp(db: Db, input: SignUpInput): Promise<{ userId: string; companyId: string }> {
  const { errors, emailTaken } = await referenceProblems(db, input);
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);

  const charter = await latestCharter(db);
  if (!charter) throw new Error("No charter version: the database setup did not run.");
  // Hashed in both cases, so the answer takes as long whether the e-mail has an account or not.
  const passwordHash = await hashPassword(input.password);
  if (emailTaken) throw new AccountExistsError();

  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          email: input.email,
          firstName: input.firstName,
          lastName: input.lastName,
          jobTitle: input.jobTitle,
          passwordHash,
          emailVerifiedAt: null,
        })
        .returning({ id: users.id });
      // The address is checked by a link (email-verification.ts); the account works meanwhile.
      await queueVerificationLink(tx, { id: user.id, email: input.email });
      const declared = {
        legalName: input.legalName,
        tradeName: input.tradeName ?? null,
        nafCode: input.nafCode,
        communeCode: input.communeCode,
        headcountBand: input.headcountBand,
      };
      // A non-signatory imported from SIRENE is claimed (same row, its history kept); otherwise a new company.
      const [claimed] = await tx
        .update(companies)
        .set(declared)
        .where(and(eq(companies.siret, input.siret), claimable()))
        .returning();
      const [company] = claimed
        ? [claimed]
        : await tx
            .insert(companies)
            .values({ ...declared, siret: input.siret, siren: input.siret.slice(0, 9) })
            .returning();
      await tx.insert(memberships).values({ userId: user.id, companyId: company.id, role: "admin" });
      await tx.insert(charterSignatures).values({ companyId: company.id, charterVersionId: charter.id, signedByUserId: user.id });
      await recordAudit(tx, {
        actorUserId: user.id,
        action: claimed ? "account.claim" : "account.sign_up",
        objectType: "company",
        objectId: company.id,
        companyId: company.id,
        after: { siret: company.siret, legalName: company.legalName, charterVersion: charter.version },
      });
      return { userId: user.id, companyId: company.id };
    });
  } catch (err) {
    // Two sign-ups racing past the checks above: the unique indexes decide.
    if (pgErrorCode(err) === "23505") {
      const constraint = pgConstraint(err);
      if (constraint === "users_email_lower_uq") throw new AccountExistsError();
      if (constraint === "companies_siret_uq") throw new ValidationError({ siret: SIGN_UP_MESSAGES.siretTaken });
    }
    throw err;
  }
}

export type SignUpOutcome = { status: "created"; userId: string; companyId: string } | { status: "existing_account" };

/**
 * What the sign-up form calls. For an e-mail that already has an account, nothing is created and the
 * owner is told by e-mail (at most once a day, POLICIES.signUpOwnerNotice): the visitor gets the same
 * answer as for a new account, so the form cannot be used to find out who is registered.
 */
export async function requestSignUp(db: Db, input: SignUpInput, limits: RateLimits, now = new Date()): Promise<SignUpOutcome> {
  try {
    return { status: "created", ...(await signUp(db, input)) };
  } catch (err) {
    if (!(err instanceof AccountExistsError)) throw err;
  }
  const owner = await findUserByEmail(db, input.email);
  if (owner && !(await limits.hit("signUpOwnerNotice", owner.id)).limited) {
    await db.transaction((tx) => queueSignUpAttemptEmail(tx, owner, now));
  }
  return { status: "existing_account" };
}
