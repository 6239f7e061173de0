/**
 * The door matrix of partner networks and their relays, API tokens (the « Accès API » page's actions, and a token
 * used on another company's data) and webhooks (the « Webhooks » page's actions), through their real pages, server
 * actions and route handlers, for every role of authorization-doors-roles.ts. Each refusal must leave the business
 * tables unchanged.
 */
import { session } from "./authorization-doors-mocks";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { memberships, needs, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { createApiToken, revokeApiToken } from "@/lib/api/token-service";
import { createWebhookEndpoint } from "@/lib/webhooks/service";
import { companyWithTeam, loneUser } from "../factories/actors";
import { publishedNeed } from "../factories/answers";
import { submittedAnswer } from "../factories/awards";
import { fingerprint } from "../fuzz/fingerprint";
import { action, fd, none, nothing, page, params, req, route, runMatrix, type Operation } from "./authorization-doors-kit";
import {
  A,
  actors,
  B,
  C,
  DAY,
  fp,
  fpBesideTokens,
  op,
  partnerId,
  ROLES,
  setUpRoles,
  siretOf,
  staff,
  STAFF_ONLY_ACTION,
  STAFF_ONLY_PAGE,
  type Team,
} from "./authorization-doors-roles";
import { db } from "./db";

const pages = {
  staffPartners: (await import("@/app/cci/partenaires/page")).default,
  partnerSpace: (await import("@/app/partenaires/[id]/page")).default,
  apiTokens: (await import("@/app/mon-entreprise/api/page")).default,
  webhooks: (await import("@/app/mon-entreprise/webhooks/page")).default,
};
const partenaires = await import("@/app/partenaires/[id]/actions");
const cciPartenaires = await import("@/app/cci/partenaires/actions");
const apiTokens = await import("@/app/mon-entreprise/api/actions");
const webhooks = await import("@/app/mon-entreprise/webhooks/actions");
const relayRoute = await import("@/app/relais/ouvrir/route");
const ownNeedsRoute = await import("@/app/api/v1/company/needs/route");
const needAnswersRoute = await import("@/app/api/v1/company/needs/[id]/answers/route");

beforeAll(setUpRoles);

// ---- fixtures (fresh per cell where an allowed write changes them) ---------------------------------------------

/** A published need of A, for the partner's relay. */
const publishedOfA = async () => (await publishedNeed(db(), A.admin, A.companyId, staff)).id;

const tokenOf = async (team: Team, scope: "read" | "write" = "read") => createApiToken(db(), team.admin, team.companyId, { name: "Connecteur ERP", scope });

/** A webhook endpoint of the team's company, with one delivery in its log (the company's older endpoints go: a company keeps 10 at most). */
async function webhookOf(team: Team) {
  await db().delete(webhookEndpoints).where(eq(webhookEndpoints.companyId, team.companyId));
  const { endpoint } = await createWebhookEndpoint(db(), team.admin, team.companyId, {
    url: "https://erp.exemple.fr/hooks",
    events: ["answer.received"],
    minScorePercent: 60,
  });
  const [delivery] = await db()
    .insert(webhookDeliveries)
    .values({ endpointId: endpoint.id, eventType: "answer.received", eventId: `answer.received:${endpoint.id}`, payload: {} })
    .returning();
  return { endpointId: endpoint.id, deliveryId: delivery.id };
}

// ---- the matrix -------------------------------------------------------------------------------------------------

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const MATRIX: Record<string, Operation<any>> = {
  // Partner networks: CCI staff create them and name their staff; the partner's staff relay needs to its members.
  "page /cci/partenaires (partner:manage)": op(STAFF_ONLY_PAGE, nothing, () => page(() => pages.staffPartners())),
  "create a partner network (partner:manage)": op(STAFF_ONLY_ACTION, nothing, () =>
    action(() =>
      cciPartenaires.createPartnerAction(none, fd({ name: `Réseau ${Math.random().toString(36).slice(2, 8)}`, kind: "cress", sectors: [], communes: [] })),
    ),
  ),
  "name a person to the partner's staff (partner:manage)": op(
    STAFF_ONLY_ACTION,
    () => loneUser(db()),
    (person) => action(() => cciPartenaires.addStaffAction(partnerId, none, fd({ email: person.email }))),
  ),
  "partner space (its staff, CCI staff)": op(["signin", "404", "404", "404", "404", "404", "ok", "ok"], nothing, () =>
    page(() => pages.partnerSpace(params({ id: partnerId }))),
  ),
  "forward A's need to member B (the partner's staff)": op(["401", "404", "404", "404", "404", "404", "ok", "ok"], publishedOfA, (needId) =>
    action(() => partenaires.forwardAction(partnerId, none, fd({ needId, companyIds: [B.companyId], note: "" }))),
  ),
  "import C as a member (the partner's staff)": op(
    ["401", "404", "404", "404", "404", "404", "ok", "ok"],
    () => siretOf(C.companyId),
    (siret) => action(() => partenaires.memberImportAction(partnerId, none, fd({ sirets: siret, mode: "import" }))),
  ),
  "GET /relais/ouvrir with a forged link": op(["404", "404", "404", "404", "404", "404", "404", "404"], nothing, () =>
    route(() => relayRoute.GET(req("/relais/ouvrir?jeton=faux.jeton"))),
  ),

  // API tokens: the company's admins create and revoke them; another company's admin finds none of A's.
  "page « Accès API » (company:manage-api)": op(["signin", "home", "403", "ok", "403", "ok", "cci", "home"], nothing, () => page(() => pages.apiTokens())),
  "create an API token (company:manage-api)": op(["401", "403", "403", "ok", "403", "ok", "403", "403"], nothing, () =>
    action(() => apiTokens.createTokenAction(none, fd({ name: "Connecteur ERP", scope: "read" }))),
  ),
  "revoke A's API token (company:manage-api)": op(
    ["401", "403", "403", "ok", "403", "404", "403", "403"],
    () => tokenOf(A),
    ({ token }) => action(() => apiTokens.revokeTokenAction(none, fd({ tokenId: token.id }))),
  ),

  // Webhooks: the same admins manage them; another company's admin finds none of A's endpoints or deliveries.
  "page « Webhooks » (company:manage-api)": op(["signin", "home", "403", "ok", "403", "ok", "cci", "home"], nothing, () => page(() => pages.webhooks())),
  "create a webhook endpoint (company:manage-api)": op(
    ["401", "403", "403", "ok", "403", "ok", "403", "403"],
    async () => {
      await db().delete(webhookEndpoints);
    },
    () =>
      action(() =>
        webhooks.createWebhookAction(none, fd({ url: "https://erp.exemple.fr/hooks", events: ["answer.received", "award.decided"], minScorePercent: "60" })),
      ),
  ),
  "turn off A's webhook endpoint (company:manage-api)": op(
    ["401", "403", "403", "ok", "403", "404", "403", "403"],
    () => webhookOf(A),
    (w) => action(() => webhooks.setWebhookEnabledAction(none, fd({ endpointId: w.endpointId, enabled: "false" }))),
  ),
  "delete A's webhook endpoint (company:manage-api)": op(
    ["401", "403", "403", "ok", "403", "404", "403", "403"],
    () => webhookOf(A),
    (w) => action(() => webhooks.deleteWebhookAction(none, fd({ endpointId: w.endpointId }))),
  ),
  "replay a delivery of A's webhook (company:manage-api)": op(
    ["401", "403", "403", "ok", "403", "404", "403", "403"],
    () => webhookOf(A),
    (w) => action(() => webhooks.replayDeliveryAction(none, fd({ deliveryId: w.deliveryId }))),
  ),
};

describe("authorization matrix of partner networks, API tokens and webhooks through the real doors", () => {
  it(`has at least 100 cells (${Object.keys(MATRIX).length} operations × ${ROLES.length} roles)`, () => {
    expect(Object.keys(MATRIX).length * ROLES.length).toBeGreaterThanOrEqual(100);
  });

  runMatrix(
    MATRIX,
    ROLES,
    (role) => {
      session.actor = actors[role];
    },
    () => fp,
  );
});

// ---- API tokens at the public API's doors -------------------------------------------------------------------------

describe("a token acts for its own company only, and only while valid", () => {
  const bearer = (secret: string) => ({ headers: { authorization: `Bearer ${secret}` } });
  /** A's published need with B's submitted answer: what A's token may read and B's token must not. */
  async function answeredNeedOfA() {
    const needId = await publishedOfA();
    await submittedAnswer(db(), needId, B.companyId);
    return needId;
  }
  const answersOf = (needId: string, init?: { headers: Record<string, string> }) =>
    route(() => needAnswersRoute.GET(req(`/api/v1/company/needs/${needId}/answers`, init), params({ id: needId })));

  it("A's token reads the answers to A's need; B's token, a forged one and none are refused", async () => {
    session.actor = null;
    const needId = await answeredNeedOfA();
    expect(await answersOf(needId, bearer((await tokenOf(A)).secret))).toBe("ok");
    expect(await answersOf(needId, bearer((await tokenOf(B, "write")).secret))).toBe("404");
    expect(await answersOf(needId, bearer(`cc_${"x".repeat(43)}`))).toBe("401");
    expect(await answersOf(needId)).toBe("401");
  });

  it("a revoked token, and the token of an admin who left the company, are refused", async () => {
    session.actor = null;
    const needId = await answeredNeedOfA();
    const revoked = await tokenOf(A);
    await revokeApiToken(db(), A.admin, A.companyId, revoked.token.id);
    expect(await answersOf(needId, bearer(revoked.secret))).toBe("401");
    // The token keeps its creator's rights, never more: a creator no longer admin of A opens nothing.
    const D = await companyWithTeam(db());
    const ofLeaver = await tokenOf(D);
    await db().update(memberships).set({ role: "member" }).where(eq(memberships.userId, D.admin.userId));
    const list = (init: { headers: Record<string, string> }) => route(() => ownNeedsRoute.GET(req("/api/v1/company/needs", init)));
    expect(await list(bearer(ofLeaver.secret))).toBe("401");
  });

  it("a read token writes nothing; B's write token creates a draft for B, never for A", async () => {
    session.actor = null;
    const body = JSON.stringify({
      title: "Nettoyage des vitres du siège",
      description: "Nettoyage trimestriel des vitres, 2 000 m² sur trois étages.",
      kind: "services",
      nafCodes: ["81.22Z"],
      communeCode: "13005",
      responseDeadline: new Date(Date.now() + 20 * DAY).toISOString().slice(0, 10),
    });
    const post = (secret: string) =>
      route(() =>
        ownNeedsRoute.POST(
          req("/api/v1/company/needs", {
            method: "POST",
            headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
            body,
          }),
        ),
      );
    const readOnly = await tokenOf(A, "read");
    const before = await fingerprint(db(), fpBesideTokens);
    expect(await post(readOnly.secret)).toBe("403");
    expect(await fingerprint(db(), fpBesideTokens)).toBe(before);
    const needsOf = async (companyId: string) => (await db().select({ id: needs.id }).from(needs).where(eq(needs.companyId, companyId))).length;
    const [ofA, ofB] = [await needsOf(A.companyId), await needsOf(B.companyId)];
    expect(await post((await tokenOf(B, "write")).secret)).toBe("ok");
    expect([await needsOf(A.companyId), await needsOf(B.companyId)]).toEqual([ofA, ofB + 1]);
  });
});
