/**
 * The typed action context (lib/actions/client.ts): userAction hands the handler a signed-in actor,
 * memberAction the actor and its active company, checked against the action's permission before the
 * handler runs; anything else is refused with the error's French message and the handler never runs.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-pathname": "/test" }) }));

const { boundMemberAction, memberAction, userAction } = await import("@/lib/actions/client");
const { z } = await import("@/lib/validation/zod");

const A = "00000000-0000-4000-8000-00000000000a";
const person = (over: Partial<Actor> = {}): Actor => ({
  userId: "u1",
  email: "x@y.fr",
  firstName: "X",
  lastName: "Y",
  platformRole: "user",
  memberships: [],
  ...over,
});
const memberOfA = person({ memberships: [{ companyId: A, companyName: "A", role: "member" }] });
const adminOfA = person({ memberships: [{ companyId: A, companyName: "A", role: "admin" }] });
const staff = person({ platformRole: "staff" });

const seen: unknown[] = [];
const schema = z.object({ note: z.string().max(10) }).strict();
const form = (note = "ok") => {
  const fd = new FormData();
  fd.set("note", note);
  return fd;
};

beforeEach(() => {
  seen.length = 0;
  session.actor = null;
});

describe("userAction", () => {
  const act = userAction(schema, async (input, { actor }) => {
    seen.push([input.note, actor.userId]);
    return { ok: true, message: "fait" };
  });

  it("asks an anonymous visitor to sign in, without running the handler", async () => {
    expect(await act({ ok: false }, form())).toMatchObject({ ok: false, message: "Connectez-vous pour continuer." });
    expect(seen).toEqual([]);
  });

  it("hands a signed-in actor to the handler", async () => {
    session.actor = staff;
    expect(await act({ ok: false }, form("abc"))).toEqual({ ok: true, message: "fait" });
    expect(seen).toEqual([["abc", "u1"]]);
  });
});

describe("memberAction", () => {
  const act = memberAction(
    "company:edit-profile",
    schema,
    async (_input, { actor, company }) => {
      seen.push([actor.userId, company.companyId]);
    },
    { noCompany: "Seul l'administrateur d'une entreprise modifie sa fiche." },
  );

  it("refuses anonymous visitors, accounts without company (its own words) and members without the permission", async () => {
    expect((await act({ ok: false }, form())).message).toBe("Connectez-vous pour continuer.");
    session.actor = staff;
    expect((await act({ ok: false }, form())).message).toBe("Seul l'administrateur d'une entreprise modifie sa fiche.");
    session.actor = memberOfA;
    expect((await act({ ok: false }, form())).message).toBe("Vous n'avez pas les droits nécessaires pour cette action.");
    expect(seen).toEqual([]);
  });

  it("hands the actor and its company to the handler when allowed", async () => {
    session.actor = adminOfA;
    expect(await act({ ok: false }, form())).toEqual({ ok: true });
    expect(seen).toEqual([["u1", A]]);
  });

  it("parses the form before checking the actor (field errors for everyone)", async () => {
    expect((await act({ ok: false }, form("x".repeat(11)))).fieldErrors).toHaveProperty("note");
  });
});

describe("boundMemberAction", () => {
  const act = boundMemberAction(
    "company:use-space",
    schema,
    async (_input, { company, id }) => {
      seen.push([company.companyId, id]);
    },
    { notFound: "Événement introuvable." },
  );

  it("parses the bound id (a forged one is « introuvable ») and hands it with the company", async () => {
    session.actor = memberOfA;
    expect((await act("pas-un-id", { ok: false }, form())).message).toBe("Événement introuvable.");
    expect(await act(A, { ok: false }, form())).toEqual({ ok: true });
    expect(seen).toEqual([[A, A]]);
  });
});
