/**
 * The authorization matrix, on the server: roles × operations on a need of company A, each cell asserted
 * allowed or refused by the real services (not by what the UI hides).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { files } from "@/db/schema";
import { loadNeedAccessFacts } from "@/db/queries/needs";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/actor";
import { setSuspended } from "@/lib/companies/staff-decisions";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { awardNeed } from "@/lib/answers/awards";
import { awardInputSchema } from "@/lib/answers/decision-schema";
import { saveAnswer } from "@/lib/answers/service";
import { canDownloadFile } from "@/lib/files/download-access";
import { canDownloadNeedFile } from "@/lib/needs/files-access";
import { approveNeed } from "@/lib/needs/moderation";
import { createNeed, deleteNeed, submitNeed, updateNeed } from "@/lib/needs/service";
import { resolveNeedViewer } from "@/lib/needs/viewer";
import { companyWithTeam, staffActor } from "../factories/actors";
import { answerInput, closeNeed, pdfUpload } from "../factories/answers";
import { needInput } from "../factories/needs";
import { db, resetDatabase } from "./db";

type Role = "anonymous" | "memberA" | "adminA" | "memberB" | "staff";
const ROLES: Role[] = ["anonymous", "memberA", "adminA", "memberB", "staff"];
let actors: Record<Role, Actor | null>;
let companyA: string;
let companyB: string;

beforeAll(async () => {
  await resetDatabase();
  const a = await companyWithTeam(db());
  const b = await companyWithTeam(db());
  companyA = a.companyId;
  companyB = b.companyId;
  actors = { anonymous: null, memberA: a.member, adminA: a.admin, memberB: b.member, staff: await staffActor(db()) };
});

/** A fresh need of company A in the given state, created by A's admin (and published by staff if asked). */
async function needOfA(state: "draft" | "submitted" | "published") {
  const need = await createNeed(db(), actors.adminA, companyA, needInput(actors.adminA!.userId));
  if (state !== "draft") await submitNeed(db(), actors.adminA, need.id);
  if (state === "published") await approveNeed(db(), actors.staff, need.id);
  return need.id;
}

async function outcome(run: () => Promise<unknown>): Promise<"Y" | "n"> {
  try {
    await run();
    return "Y";
  } catch (err) {
    if (err instanceof ForbiddenError || err instanceof UnauthenticatedError) return "n";
    throw err;
  }
}

const viewer = async (role: Role, needId: string) => {
  const facts = (await loadNeedAccessFacts(db(), needId))!;
  return (await resolveNeedViewer(db(), actors[role], facts)) ? "Y" : "n";
};

/** Answers (full privacy matrix: answers-privacy.test.ts): "not found" hides an answer's existence, so it counts as refused. */
const hiddenOrRefused = (run: () => Promise<unknown>) =>
  run().catch((err) => {
    throw err instanceof NotFoundError ? new ForbiddenError() : err;
  });
async function answerOfB(state: "published" | "closed") {
  const needId = await needOfA("published");
  const { answer } = await saveAnswer(db(), actors.memberB, needId, answerInput(), [pdfUpload()]);
  if (state === "closed") await closeNeed(db(), needId);
  return { needId, answerId: answer.id };
}

const MATRIX: Record<string, { expected: Record<Role, "Y" | "n">; run: (role: Role) => Promise<"Y" | "n"> }> = {
  "create a need for A": {
    expected: { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
    run: (role) => outcome(() => createNeed(db(), actors[role], companyA, needInput(actors.adminA!.userId))),
  },
  "edit A's draft": {
    expected: { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
    run: async (role) => {
      const id = await needOfA("draft");
      return outcome(() => updateNeed(db(), actors[role], id, needInput(actors.adminA!.userId)));
    },
  },
  "submit A's draft": {
    expected: { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
    run: async (role) => {
      const id = await needOfA("draft");
      return outcome(() => submitNeed(db(), actors[role], id));
    },
  },
  "delete A's draft": {
    expected: { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
    run: async (role) => {
      const id = await needOfA("draft");
      return outcome(() => deleteNeed(db(), actors[role], id));
    },
  },
  "see A's draft": {
    expected: { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
    run: async (role) => viewer(role, await needOfA("draft")),
  },
  "see A's need under review": {
    expected: { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "Y" },
    run: async (role) => viewer(role, await needOfA("submitted")),
  },
  "view A's published need": {
    expected: { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "Y", staff: "Y" },
    run: async (role) => viewer(role, await needOfA("published")),
  },
  "download an attachment of A's draft": {
    expected: { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
    run: async (role) => {
      const id = await needOfA("draft");
      return (await canDownloadNeedFile(actors[role], { companyId: companyA, objectId: id })) ? "Y" : "n";
    },
  },
  "download an attachment of A's published need": {
    expected: { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "Y", staff: "Y" },
    run: async (role) => {
      const id = await needOfA("published");
      return (await canDownloadNeedFile(actors[role], { companyId: companyA, objectId: id })) ? "Y" : "n";
    },
  },
  "moderate A's need": {
    expected: { anonymous: "n", memberA: "n", adminA: "n", memberB: "n", staff: "Y" },
    run: async (role) => {
      const id = await needOfA("submitted");
      return outcome(() => approveNeed(db(), actors[role], id));
    },
  },
  "suspend company B (then reinstate)": {
    expected: { anonymous: "n", memberA: "n", adminA: "n", memberB: "n", staff: "Y" },
    run: async (role) => {
      const r = await outcome(() => setSuspended(db(), actors[role], companyB, true, "Contrôle de la CCI en cours."));
      if (r === "Y") await setSuspended(db(), actors.staff, companyB, false);
      return r;
    },
  },
  "answer A's published need": {
    expected: { anonymous: "n", memberA: "n", adminA: "n", memberB: "Y", staff: "n" },
    run: async (role) => {
      const id = await needOfA("published");
      return outcome(() => hiddenOrRefused(() => saveAnswer(db(), actors[role], id, answerInput())));
    },
  },
  "download the document of B's answer to A's need": {
    expected: { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "Y", staff: "Y" },
    run: async (role) => {
      const { answerId } = await answerOfB("published");
      const [file] = await db().select().from(files).where(eq(files.objectId, answerId));
      return (await canDownloadFile(db(), actors[role], file)) ? "Y" : "n";
    },
  },
  "award A's closed need": {
    expected: { anonymous: "n", memberA: "Y", adminA: "Y", memberB: "n", staff: "n" },
    run: async (role) => {
      const { needId, answerId } = await answerOfB("closed");
      const input = awardInputSchema().parse({
        needId,
        awardedOn: new Date().toISOString().slice(0, 10),
        answerIds: [answerId],
        amounts: ["12 500"],
        feedbacks: [""],
        award: [answerId],
      });
      return outcome(() => hiddenOrRefused(() => awardNeed(db(), actors[role], input)));
    },
  },
  "see the audit log": {
    expected: { anonymous: "n", memberA: "n", adminA: "n", memberB: "n", staff: "Y" },
    run: async (role) => (can(actors[role], "audit:view") ? "Y" : "n"),
  },
};

describe("authorization matrix (server side)", () => {
  for (const [operation, { expected, run }] of Object.entries(MATRIX)) {
    for (const role of ROLES) {
      it(`${role} ${expected[role] === "Y" ? "may" : "may not"} ${operation}`, async () => {
        expect(await run(role)).toBe(expected[role]);
      });
    }
  }

  it("a member of an unverified company does not see published needs", async () => {
    const pending = await companyWithTeam(db(), { verified: false });
    const id = await needOfA("published");
    const facts = (await loadNeedAccessFacts(db(), id))!;
    expect(await resolveNeedViewer(db(), pending.member, facts)).toBeNull();
  });

  it("a suspended buyer's published needs disappear for suppliers", async () => {
    const id = await needOfA("published");
    await setSuspended(db(), actors.staff, companyA, true, "Contrôle de la CCI en cours.");
    try {
      const facts = (await loadNeedAccessFacts(db(), id))!;
      expect(await resolveNeedViewer(db(), actors.memberB, facts)).toBeNull();
      expect(await resolveNeedViewer(db(), actors.memberA, facts)).toBe("owner");
    } finally {
      await setSuspended(db(), actors.staff, companyA, false);
    }
  });
});
