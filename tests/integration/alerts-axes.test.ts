/**
 * Alerts of the two other axes through the real services, the outbox and the alerts' one fan-out: a challenge
 * approved by staff, and a skills offer or request published, queue their alert job in the same transaction;
 * the job tells the companies they fit (the platform's ranking) and not the others, within each person's
 * preferences (immediate / digest / off, the kinds they chose), the one daily cap, and the unsubscribe link.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { Logger, runOnce } from "graphile-worker";
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { companies, emails, needAlerts } from "@/db/schema";
import { alertChallengePublishedTask } from "@/lib/challenges/alerts";
import { sendDailyDigests } from "@/lib/alerts/digest";
import { fanOutNeedAlerts } from "@/lib/alerts/fan-out";
import { savePreferences, unsubscribe, ZPreferencesInput } from "@/lib/alerts/preferences";
import { alertSkillPostPublishedTask } from "@/lib/skills/alerts";
import { createSkillOffer, createSkillRequest } from "@/lib/skills/service";
import { companyWithTeam, staffActor } from "../factories/actors";
import { publishedNeed } from "../factories/answers";
import { CONFIDENTIAL, publishedChallenge } from "./challenges-fixtures";
import { db, resetDatabase } from "./db";
import { offerInput, requestInput } from "./skills-fixtures";

beforeAll(() => {
  process.env.AUTH_SECRET ??= "test-secret-for-signed-links";
});
beforeEach(resetDatabase);

const runAlertJobs = () =>
  runOnce({
    connectionString: inject("databaseUrl"),
    taskList: { alert_challenge_published: alertChallengePublishedTask, alert_skill_post_published: alertSkillPostPublishedTask },
    logger: new Logger(() => () => {}),
  });
const DAY = 86_400_000;
type Team = Awaited<ReturnType<typeof companyWithTeam>>;

/** A verified company of Aubagne (where the fixtures' groups are) whose profile says what it does. */
async function companyDoing(description: string, over: Partial<typeof companies.$inferInsert> = {}) {
  const team = await companyWithTeam(db());
  await db()
    .update(companies)
    .set({ description, communeCode: "13005", nafCode: "71.12B", ...over })
    .where(eq(companies.id, team.companyId));
  return team;
}
const WATER =
  "Traitement et recyclage de l'eau des lignes de lavage industriel : filtration membranaire, capteurs de consommation, réutilisation de l'eau en boucle fermée.";
const BAKERY = "Boulangerie, pâtisserie et viennoiserie artisanales, livraison de pain aux restaurants.";

const mailsTo = async (userId: string, template: string) =>
  db()
    .select()
    .from(emails)
    .where(and(eq(emails.toUserId, userId), eq(emails.template, template)));
const alertOf = async (userId: string) =>
  (
    await db()
      .select()
      .from(needAlerts)
      .where(and(eq(needAlerts.userId, userId), isNotNull(needAlerts.challengeId)))
  )[0];
const prefs = (over: Record<string, unknown>) =>
  ZPreferencesInput.parse({ mode: "immediate", dailyCap: "5", minScore: "", kinds: ["challenges", "skills"], ...over });

describe("alerts of a challenge published", () => {
  it("queues its job with the approval, then alerts the company it fits and not the unrelated one, once", async () => {
    const fits = await companyDoing(WATER);
    const unrelated = await companyDoing(BAKERY, { nafCode: "10.71C" });
    const { challenge, group } = await publishedChallenge();
    const jobs = await db().execute<{ key: string }>(sql`select key from graphile_worker.jobs where task_identifier = 'alert_challenge_published'`);
    expect(jobs.rows.map((j) => j.key)).toEqual([`alert-challenge:${challenge.id}`]);

    await runAlertJobs();
    const [mail] = await mailsTo(fits.admin.userId, "alert.challenge");
    expect(mail.subject).toBe(`Défi d'innovation : ${challenge.title}`);
    expect(mail.textBody).toContain("Grand Groupe Énergie lance un défi d'innovation qui correspond à votre entreprise");
    expect(mail.textBody).toContain(`/defis/${challenge.id}`);
    expect(mail.textBody).toContain("votre fiche d'entreprise reprend les mots du défi");
    expect(mail.htmlBody).toContain("/alertes/desabonnement?jeton=unsubscribe.");
    // No « Pas intéressé » link: there is no buyer to tell.
    expect(mail.textBody).not.toContain("pas-interesse");
    expect(await mailsTo(fits.member.userId, "alert.challenge")).toHaveLength(1);
    expect(await mailsTo(unrelated.admin.userId, "alert.challenge")).toEqual([]);
    // The group itself is not told of its own challenge.
    expect(await mailsTo(group.admin.userId, "alert.challenge")).toEqual([]);

    // Run again (a retry): nobody is told twice.
    await db().execute(sql`select graphile_worker.add_job('alert_challenge_published', json_build_object('challengeId', ${challenge.id}::text))`);
    await runAlertJobs();
    expect(await mailsTo(fits.admin.userId, "alert.challenge")).toHaveLength(1);
  });

  it("a confidential challenge's protected text neither picks recipients nor reaches the e-mail", async () => {
    // Only the protected text speaks of membranes: a company doing that alone is not told.
    const membranes = await companyDoing("Fabrication de membranes d'osmose inverse brevetées et de modules Hydrolys.");
    const fits = await companyDoing(WATER);
    await publishedChallenge({ ...CONFIDENTIAL, expectedSolution: "Osmose inverse et membranes Hydrolys brevetées." });
    await runAlertJobs();
    const [mail] = await mailsTo(fits.admin.userId, "alert.challenge");
    expect(mail.textBody).not.toMatch(/SECRET|usine B|Hydrolys|osmose/i);
    expect(await mailsTo(membranes.admin.userId, "alert.challenge")).toEqual([]);
  });

  it("follows each person's choices: challenges unticked, daily digest, unsubscribed, and the one daily cap with need alerts", async () => {
    const [a, b] = [await companyDoing(WATER), await companyDoing(WATER)];
    await savePreferences(db(), a.admin.userId, prefs({ kinds: ["skills"] }));
    await savePreferences(db(), a.member.userId, prefs({ mode: "daily" }));
    await unsubscribe(db(), b.admin.userId);
    // B's member already had one need alert today, and allows one a day.
    await savePreferences(db(), b.member.userId, prefs({ dailyCap: "1" }));
    const buyer = await companyWithTeam(db());
    const need = await publishedNeed(db(), buyer.admin, buyer.companyId, await staffActor(db()));
    await db().transaction((tx) =>
      fanOutNeedAlerts(
        tx,
        { id: need.id, title: need.title, companyName: "Acheteur", communeName: "Aubagne", responseDeadline: new Date(Date.now() + 9 * DAY) },
        [{ companyId: b.companyId, score: 0.9, reasons: [] }],
        0.5,
      ),
    );
    await db().delete(emails);

    const { challenge } = await publishedChallenge();
    await runAlertJobs();
    expect((await alertOf(a.admin.userId)).status).toBe("skipped");
    expect((await alertOf(a.member.userId)).status).toBe("digest");
    expect((await alertOf(b.admin.userId)).status).toBe("skipped");
    expect((await alertOf(b.member.userId)).status).toBe("capped");
    const told = await db().select({ to: emails.toUserId }).from(emails).where(eq(emails.template, "alert.challenge"));
    expect(told).toEqual([]);

    // The digest lists the challenge in its own words, once.
    expect(await sendDailyDigests(db())).toBe(1);
    const [digest] = await mailsTo(a.member.userId, "alert.digest");
    expect(digest.textBody).toContain(`Défi d'innovation : ${challenge.title} — Grand Groupe Énergie, candidatures jusqu'au`);
    expect(digest.textBody).toContain(`/defis/${challenge.id}`);
    expect(await sendDailyDigests(db())).toBe(0);
  });
});

describe("alerts of a skills post", () => {
  const skillAlerts = async (team: Team) =>
    db()
      .select()
      .from(needAlerts)
      .where(
        and(
          inArray(needAlerts.userId, [team.admin.userId, team.member.userId]),
          sql`(${needAlerts.skillOfferId} is not null or ${needAlerts.skillRequestId} is not null)`,
        ),
      );

  it("a new expert offer reaches the companies whose request it fits, with a link to their own request; not the others", async () => {
    const [sme, webShop, group] = [await companyWithTeam(db()), await companyWithTeam(db()), await companyWithTeam(db())];
    const request = await createSkillRequest(db(), sme.admin, sme.companyId, requestInput());
    await createSkillRequest(
      db(),
      webShop.admin,
      webShop.companyId,
      requestInput({ skill: "Développeur web", purpose: "Refaire notre boutique en ligne et son tunnel de paiement pour la vente aux particuliers." }),
    );
    await runAlertJobs();
    await db().delete(emails);

    const offer = await createSkillOffer(db(), group.admin, group.companyId, offerInput());
    await runAlertJobs();
    const [mail] = await mailsTo(sme.admin.userId, "alert.skills");
    expect(mail.subject).toBe("Mécénat de compétences : un expert pour votre demande « Actuaire »");
    expect(mail.textBody).toContain(`/mecenat/rapprochements?demande=${request.id}`);
    // The expert is a trade, never a person nor a cost.
    expect(mail.textBody).not.toContain("650");
    expect((await skillAlerts(sme)).map((a) => a.skillOfferId)).toEqual([offer.id, offer.id]);
    expect(await skillAlerts(webShop)).toEqual([]);
    expect(await mailsTo(group.admin.userId, "alert.skills")).toEqual([]);
  });

  it("a new request reaches the companies whose expert fits it, within their choices", async () => {
    const [group, sme] = [await companyWithTeam(db()), await companyWithTeam(db())];
    const offer = await createSkillOffer(db(), group.admin, group.companyId, offerInput());
    await runAlertJobs();
    await savePreferences(db(), group.member.userId, prefs({ kinds: ["challenges"] }));

    await createSkillRequest(db(), sme.admin, sme.companyId, requestInput());
    await runAlertJobs();
    const [mail] = await mailsTo(group.admin.userId, "alert.skills");
    expect(mail.textBody).toContain(`/mecenat/rapprochements?offre=${offer.id}`);
    expect(mail.textBody).toContain("Son objectif : « Structurer la tarification de nos contrats de prévoyance");
    const byUser = new Map((await skillAlerts(group)).map((a) => [a.userId, a.status]));
    expect(byUser.get(group.admin.userId)).toBe("sent");
    expect(byUser.get(group.member.userId)).toBe("skipped");
    expect(await mailsTo(group.member.userId, "alert.skills")).toEqual([]);
  });

  it("a post of a company suspended before its job runs alerts no one", async () => {
    const [group, sme] = [await companyWithTeam(db()), await companyWithTeam(db())];
    await createSkillRequest(db(), sme.admin, sme.companyId, requestInput());
    await runAlertJobs();
    await createSkillOffer(db(), group.admin, group.companyId, offerInput());
    await db().update(companies).set({ suspendedAt: new Date() }).where(eq(companies.id, group.companyId));
    await runAlertJobs();
    expect(await skillAlerts(sme)).toEqual([]);
  });
});
