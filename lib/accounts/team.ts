/**
 * A company's team: an admin invites colleagues by e-mail (a single-use link, see tokens.ts), lists and
 * removes members and names other admins; any member may leave. A company always keeps one admin: the
 * rules that count admins run with the company's memberships locked, so two removals racing each other
 * cannot both take the last one.
 */
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { accountTokens, companies, memberships, users } from "@/db/schema";
import { findUserByEmail } from "@/db/queries/users";
import { authorize, type Actor } from "../auth/actor";
import { hashPassword } from "../auth/password";
import { recordAudit } from "../audit/record";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "../errors";
import { enqueueJob } from "../outbox/enqueue";
import { isEmailVerified, NOT_VERIFIED_MESSAGE } from "./email-verification";
import { consumeToken, issueToken, TokenError } from "./tokens";
import type { ZInviteInput } from "./team-schema";
import type { z } from "../validation/zod";

export const TEAM_MESSAGES = {
  alreadyMember: "Cette personne fait déjà partie de l'équipe.",
  tooManyPending: "Trop d'invitations en attente : annulez-en avant d'en envoyer d'autres.",
  lastAdmin: "L'entreprise doit garder au moins un administrateur : nommez d'abord un autre administrateur.",
  notMember: "Cette personne ne fait pas partie de l'équipe.",
  useLeave: "Pour vous retirer vous-même, utilisez « Quitter l'entreprise ».",
  accountExists: "Un compte existe déjà avec cette adresse : connectez-vous pour rejoindre l'équipe.",
  otherAddress: "Cette invitation est adressée à une autre adresse e-mail : connectez-vous avec le compte de cette adresse.",
};

/** The account an invited colleague creates (ZInvitationAccountInput's output). */
export interface InvitationAccount {
  firstName: string;
  lastName: string;
  jobTitle?: string;
  password: string;
}

/** At most this many invitations waiting at once per company (each one sends an e-mail). */
export const MAX_PENDING_INVITATIONS = 30;

export async function teamOf(db: DbOrTx, companyId: string) {
  return db
    .select({
      userId: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      email: users.email,
      jobTitle: users.jobTitle,
      emailVerifiedAt: users.emailVerifiedAt,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.companyId, companyId))
    .orderBy(asc(memberships.createdAt));
}

export async function pendingInvitations(db: DbOrTx, companyId: string, now = new Date()) {
  return db
    .select({
      id: accountTokens.id,
      email: accountTokens.email,
      role: accountTokens.role,
      expiresAt: accountTokens.expiresAt,
      createdAt: accountTokens.createdAt,
    })
    .from(accountTokens)
    .where(and(eq(accountTokens.companyId, companyId), eq(accountTokens.purpose, "invite"), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, now)))
    .orderBy(asc(accountTokens.createdAt));
}

/** The signed-in actor, or the error that sends an anonymous visitor to sign in. */
function signedIn(actor: Actor | null): Actor {
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

/** The company's memberships, locked for the rest of the transaction; returns them. */
async function lockedTeam(tx: DbOrTx, companyId: string) {
  return tx.select({ userId: memberships.userId, role: memberships.role }).from(memberships).where(eq(memberships.companyId, companyId)).for("update");
}

export async function inviteColleague(db: Db, actor: Actor | null, companyId: string, input: z.output<typeof ZInviteInput>): Promise<{ invitationId: string }> {
  const me = signedIn(actor);
  authorize(me, "company:manage-members", { companyId });
  if (!(await isEmailVerified(db, me.userId))) throw new ForbiddenError(NOT_VERIFIED_MESSAGE);
  return db.transaction(async (tx) => {
    const team = await tx
      .select({ email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.companyId, companyId), sql`lower(${users.email}) = ${input.email}`));
    if (team.length) throw new ValidationError({ email: TEAM_MESSAGES.alreadyMember });
    // A new invitation to the same address replaces the one waiting (the last e-mail is the one that works).
    await tx
      .update(accountTokens)
      .set({ usedAt: new Date() })
      .where(
        and(eq(accountTokens.companyId, companyId), eq(accountTokens.purpose, "invite"), eq(accountTokens.email, input.email), isNull(accountTokens.usedAt)),
      );
    const pending = await pendingInvitations(tx, companyId);
    if (pending.length >= MAX_PENDING_INVITATIONS) throw new ValidationError({ email: TEAM_MESSAGES.tooManyPending });
    const { token, row } = await issueToken(tx, { purpose: "invite", email: input.email, companyId, role: input.role, createdByUserId: me.userId });
    await enqueueJob(tx, "send_account_link", { tokenId: row.id, token }, { maxAttempts: 10 });
    await recordAudit(tx, {
      actorUserId: me.userId,
      action: "company.member_invited",
      objectType: "company",
      objectId: companyId,
      companyId,
      after: { email: input.email, role: input.role },
    });
    return { invitationId: row.id };
  });
}

export async function cancelInvitation(db: Db, actor: Actor | null, companyId: string, invitationId: string): Promise<void> {
  const me = signedIn(actor);
  authorize(me, "company:manage-members", { companyId });
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(accountTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(accountTokens.id, invitationId), eq(accountTokens.companyId, companyId), eq(accountTokens.purpose, "invite"), isNull(accountTokens.usedAt)))
      .returning({ email: accountTokens.email });
    if (!row) throw new NotFoundError("Invitation introuvable.");
    await recordAudit(tx, {
      actorUserId: me.userId,
      action: "company.invitation_cancelled",
      objectType: "company",
      objectId: companyId,
      companyId,
      before: { email: row.email },
    });
  });
}

export async function removeMember(db: Db, actor: Actor | null, companyId: string, userId: string): Promise<void> {
  const me = signedIn(actor);
  authorize(me, "company:manage-members", { companyId });
  if (userId === me.userId) throw new ValidationError({}, TEAM_MESSAGES.useLeave);
  await db.transaction(async (tx) => {
    const team = await lockedTeam(tx, companyId);
    const target = team.find((m) => m.userId === userId);
    if (!target) throw new NotFoundError(TEAM_MESSAGES.notMember);
    if (target.role === "admin" && team.filter((m) => m.role === "admin").length <= 1) throw new ConflictError(TEAM_MESSAGES.lastAdmin);
    await tx.delete(memberships).where(and(eq(memberships.companyId, companyId), eq(memberships.userId, userId)));
    await recordAudit(tx, {
      actorUserId: me.userId,
      action: "company.member_removed",
      objectType: "company",
      objectId: companyId,
      companyId,
      before: { userId, role: target.role },
    });
  });
}

export async function setMemberRole(db: Db, actor: Actor | null, companyId: string, userId: string, role: "admin" | "member"): Promise<void> {
  const me = signedIn(actor);
  authorize(me, "company:manage-members", { companyId });
  await db.transaction(async (tx) => {
    const team = await lockedTeam(tx, companyId);
    const target = team.find((m) => m.userId === userId);
    if (!target) throw new NotFoundError(TEAM_MESSAGES.notMember);
    if (target.role === role) return;
    if (role === "member" && team.filter((m) => m.role === "admin").length <= 1) throw new ConflictError(TEAM_MESSAGES.lastAdmin);
    await tx
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.companyId, companyId), eq(memberships.userId, userId)));
    await recordAudit(tx, {
      actorUserId: me.userId,
      action: "company.member_role",
      objectType: "company",
      objectId: companyId,
      companyId,
      before: { userId, role: target.role },
      after: { userId, role },
    });
  });
}

/** The actor leaves the company; the last admin cannot (the company would have nobody to run it). */
export async function leaveCompany(db: Db, actor: Actor | null, companyId: string): Promise<void> {
  const me = signedIn(actor);
  authorize(me, "company:leave", { companyId });
  await db.transaction(async (tx) => {
    const team = await lockedTeam(tx, companyId);
    const mine = team.find((m) => m.userId === me.userId);
    if (!mine) throw new NotFoundError(TEAM_MESSAGES.notMember);
    if (mine.role === "admin" && team.filter((m) => m.role === "admin").length <= 1) throw new ConflictError(TEAM_MESSAGES.lastAdmin);
    await tx.delete(memberships).where(and(eq(memberships.companyId, companyId), eq(memberships.userId, me.userId)));
    await recordAudit(tx, {
      actorUserId: me.userId,
      action: "company.member_left",
      objectType: "company",
      objectId: companyId,
      companyId,
      before: { userId: me.userId, role: mine.role },
    });
  });
}

/**
 * A new account from an invitation link: the link proves the address, so the account starts verified.
 * An address that already has an account is told to sign in instead (the link holder owns the address).
 */
export async function acceptInvitationWithNewAccount(
  db: Db,
  token: string,
  input: InvitationAccount,
): Promise<{ userId: string; email: string; companyId: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const row = await consumeToken(tx, "invite", token);
    if (!row.companyId || !row.role) throw new TokenError("unknown");
    if (await findUserByEmail(tx, row.email)) throw new ConflictError(TEAM_MESSAGES.accountExists);
    const [user] = await tx
      .insert(users)
      .values({
        email: row.email,
        firstName: input.firstName,
        lastName: input.lastName,
        jobTitle: input.jobTitle ?? null,
        passwordHash,
        emailVerifiedAt: new Date(),
      })
      .returning({ id: users.id });
    await tx.insert(memberships).values({ userId: user.id, companyId: row.companyId, role: row.role });
    await recordAudit(tx, {
      actorUserId: user.id,
      action: "company.member_joined",
      objectType: "company",
      objectId: row.companyId,
      companyId: row.companyId,
      after: { userId: user.id, role: row.role, invitedBy: row.createdByUserId },
    });
    return { userId: user.id, email: row.email, companyId: row.companyId };
  });
}

/** A signed-in account joins with an invitation sent to its own address. */
export async function joinWithInvitation(db: Db, actor: Actor | null, token: string): Promise<{ companyId: string }> {
  const me = signedIn(actor);
  return db.transaction(async (tx) => {
    const row = await consumeToken(tx, "invite", token);
    if (!row.companyId || !row.role) throw new TokenError("unknown");
    // Throwing rolls the consumption back: the link still works for its real addressee.
    if (row.email !== me.email.trim().toLowerCase()) throw new ForbiddenError(TEAM_MESSAGES.otherAddress);
    const added = await tx
      .insert(memberships)
      .values({ userId: me.userId, companyId: row.companyId, role: row.role })
      .onConflictDoNothing()
      .returning({ id: memberships.id });
    await tx
      .update(users)
      .set({ emailVerifiedAt: new Date() })
      .where(and(eq(users.id, me.userId), isNull(users.emailVerifiedAt)));
    if (added.length) {
      await recordAudit(tx, {
        actorUserId: me.userId,
        action: "company.member_joined",
        objectType: "company",
        objectId: row.companyId,
        companyId: row.companyId,
        after: { userId: me.userId, role: row.role, invitedBy: row.createdByUserId },
      });
    }
    return { companyId: row.companyId };
  });
}

/** The name a company is shown by (trade name first), for invitation pages; null when it is gone. */
export async function companyNameOf(db: DbOrTx, companyId: string): Promise<string | null> {
  const [row] = await db
    .select({ name: sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})` })
    .from(companies)
    .where(eq(companies.id, companyId));
  return row?.name ?? null;
}
